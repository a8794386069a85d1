/**
 * The facts ledger and the sources list, read from content/data and checked as
 * a whole: ids unique, every reference resolved, derived numbers computed.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { closest, ContentError } from './errors.ts';
import { applyFormula, type FormulaName } from './derived.ts';
import { formatValue, roundForDisplay, type FactValue, type Qualifier, type Unit } from './format.ts';
import { factSchema, sourceSchema, type FactEntry, type Source } from './schema.ts';

export interface Fact {
  id: string;
  /** What the number measures, in a few words. */
  label: string;
  value: FactValue;
  unit: Unit;
  qualifier?: Qualifier;
  /** What the site prints, qualifier included. */
  display: string;
  asOf: string;
  /** Source ids; for a derived fact, those of its inputs. */
  sources: string[];
  note?: string;
  derived?: { formula: FormulaName; from: string[] };
}

export interface Ledger {
  facts: Map<string, Fact>;
  sources: Map<string, Source>;
}

export interface DataFile {
  /** Path as authors see it, e.g. content/data/facts.yaml */
  path: string;
  text: string;
}

interface Located<T> {
  entry: T;
  line: number;
}

/** Parses a YAML list of records, keeping the line of each so errors can point at it. */
function readList(file: DataFile, example: string): Array<{ raw: unknown; line: number }> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, prettyErrors: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = firstError.linePos?.[0]?.line;
    throw new ContentError({ file: file.path, line, field: 'YAML syntax', problem: firstError.message.split('\n')[0] ?? 'cannot be read', fix: 'Check the indentation and quoting on that line; text containing ": " or "#" needs quotes.' });
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    throw new ContentError({ file: file.path, field: 'top level', problem: 'is not a list', fix: `Start every entry with "- id: …", e.g.\n  - id: ${example}` });
  }
  return doc.contents.items.map((item) => ({
    raw: (item as YamlNode).toJSON(),
    line: isMap(item) && item.range ? lineCounter.linePos(item.range[0]).line : 0,
  }));
}

function validate<T>(file: DataFile, items: Array<{ raw: unknown; line: number }>, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, kind: string): Array<Located<T>> {
  const seen = new Map<string, number>();
  return items.map(({ raw, line }) => {
    const rawId = typeof raw === 'object' && raw && 'id' in raw ? String((raw as { id: unknown }).id) : undefined;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length ? issue.path.map(String).join('.') : 'entry';
      const [problem, fix] = splitMessage(issue.message);
      throw new ContentError({ file: file.path, line, field: `${kind} "${rawId ?? '(no id)'}" → ${field}`, problem, fix });
    }
    const id = (parsed.data as { id: string }).id;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw new ContentError({ file: file.path, line, field: `${kind} "${id}" → id`, problem: `is used twice (first at line ${earlier})`, fix: 'Give one of them a different id, or merge the two entries.' });
    }
    seen.set(id, line);
    return { entry: parsed.data, line };
  });
}

/** Our schema messages read "problem. Fix…"; split them so the error can show both. */
function splitMessage(message: string): [string, string] {
  const cut = message.search(/\. (?=[A-Z])/);
  return cut > 0 ? [message.slice(0, cut), message.slice(cut + 2)] : [message, 'See AUTHORING.md for the format.'];
}

export function parseLedger(files: { facts: DataFile; sources: DataFile }): Ledger {
  const sourceList = validate<Source>(files.sources, readList(files.sources, 'astanatimes-2024-02-27'), sourceSchema, 'source');
  const sources = new Map(sourceList.map(({ entry }) => [entry.id, entry]));

  const factList = validate<FactEntry>(files.facts, readList(files.facts, 'corridor-2023'), factSchema, 'fact');
  const entries = new Map(factList.map((located) => [located.entry.id, located]));

  for (const { entry, line } of factList) {
    for (const sourceId of entry.sources ?? []) {
      if (!sources.has(sourceId)) {
        const hint = closest(sourceId, sources.keys());
        throw new ContentError({ file: files.facts.path, line, field: `fact "${entry.id}" → sources`, problem: `names the source "${sourceId}", which is not in ${files.sources.path}`, fix: hint ? `Did you mean "${hint}"? Otherwise add the source to ${files.sources.path}.` : `Add the source to ${files.sources.path}, or correct the id.` });
      }
    }
  }

  const facts = new Map<string, Fact>();
  const resolving = new Set<string>();
  const resolve = (id: string): Fact => {
    const done = facts.get(id);
    if (done) return done;
    const { entry, line } = entries.get(id)!;
    if (resolving.has(id)) {
      throw new ContentError({ file: files.facts.path, line, field: `fact "${id}" → derived.from`, problem: 'depends on itself through its inputs', fix: 'Derive it only from reported facts.' });
    }
    resolving.add(id);
    const fact = entry.derived ? resolveDerived(entry, line) : toFact(entry, entry.value!, entry.sources!);
    resolving.delete(id);
    facts.set(id, fact);
    return fact;
  };
  const resolveDerived = (entry: FactEntry, line: number): Fact => {
    const { formula, from } = entry.derived!;
    const inputs = from.map((inputId) => {
      if (!entries.has(inputId)) {
        const hint = closest(inputId, entries.keys());
        throw new ContentError({ file: files.facts.path, line, field: `fact "${entry.id}" → derived.from`, problem: `names the fact "${inputId}", which does not exist`, fix: hint ? `Did you mean "${hint}"?` : 'Use the id of a fact in this file.' });
      }
      const input = resolve(inputId);
      if (typeof input.value !== 'number') {
        throw new ContentError({ file: files.facts.path, line, field: `fact "${entry.id}" → derived.from`, problem: `"${inputId}" is not a single number`, fix: 'Derive numbers only from facts whose value is one number.' });
      }
      return input;
    });
    let value: number;
    try {
      value = applyFormula(formula as FormulaName, inputs.map((f) => f.value as number));
    } catch (error) {
      throw new ContentError({ file: files.facts.path, line, field: `fact "${entry.id}" → derived`, problem: (error as Error).message, fix: 'List as many input facts as the formula takes (see src/lib/derived.ts).' });
    }
    const rounded = entry.unit === '%' ? Math.round(value) : roundForDisplay(value);
    const sourceIds = [...new Set(inputs.flatMap((f) => f.sources))];
    return { ...toFact(entry, rounded, sourceIds), derived: { formula: formula as FormulaName, from } };
  };

  for (const id of entries.keys()) resolve(id);
  return { facts, sources };
}

function toFact(entry: FactEntry, value: FactValue, sources: string[]): Fact {
  return {
    id: entry.id,
    label: entry.label,
    value,
    unit: entry.unit,
    ...(entry.qualifier && { qualifier: entry.qualifier }),
    display: entry.display ?? formatValue(value, entry.unit, entry.qualifier),
    asOf: entry.asOf,
    sources,
    ...(entry.note && { note: entry.note }),
  };
}

/** Looks a fact up, or fails with the file that asked for it and the nearest real id. */
export function getFact(ledger: Ledger, id: string, where = 'a chapter'): Fact {
  const fact = ledger.facts.get(id);
  if (fact) return fact;
  const hint = closest(id, ledger.facts.keys());
  throw new ContentError({ file: where, field: `<Fact id="${id}">`, problem: 'no fact has this id', fix: hint ? `Did you mean "${hint}"? Otherwise add it to content/data/facts.yaml.` : 'Add it to content/data/facts.yaml, or correct the id.' });
}

export function getSource(ledger: Ledger, id: string, where = 'a chapter'): Source {
  const source = ledger.sources.get(id);
  if (source) return source;
  const hint = closest(id, ledger.sources.keys());
  throw new ContentError({ file: where, field: `<Cite id="${id}">`, problem: 'no source has this id', fix: hint ? `Did you mean "${hint}"? Otherwise add it to content/data/sources.yaml.` : 'Add it to content/data/sources.yaml, or correct the id.' });
}
