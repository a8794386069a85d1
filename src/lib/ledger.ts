/**
 * The facts ledger and the sources list, read from content/data and checked as
 * a whole: ids unique, every reference resolved, derived numbers computed.
 */
import { ContentError, unknownId } from './errors.ts';
import { parsePartialDate } from './dates.ts';
import { applyFormula, type FormulaName } from './derived.ts';
import {
  formatValue,
  roundForDisplay,
  type FactValue,
  type Qualifier,
  type Unit,
} from './format.ts';
import { factSchema, sourceSchema, type FactEntry, type Source } from './schema.ts';
import { checkIds, readList, validate, type DataFile, type IdList } from './yaml-list.ts';

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

export type { DataFile };

/** Where authors add a fact or a source, as error messages name them. */
export const FACTS_FILE = 'content/data/facts.yaml';
export const SOURCES_FILE = 'content/data/sources.yaml';

export interface Ledger {
  facts: Map<string, Fact>;
  sources: Map<string, Source>;
}

/** The ledger's sources as a list of ids other data files cite, for `checkIds`. */
export const sourceIds = (ledger: Ledger): IdList => ({
  known: ledger.sources,
  kind: 'source',
  file: SOURCES_FILE,
});

export function parseLedger(files: { facts: DataFile; sources: DataFile }): Ledger {
  const sourceList = validate<Source>(
    files.sources,
    readList(files.sources, 'astanatimes-2024-02-27'),
    sourceSchema,
    'source',
  );
  const sources = new Map(sourceList.map(({ entry }) => [entry.id, entry]));

  const factList = validate<FactEntry>(
    files.facts,
    readList(files.facts, 'corridor-2023'),
    factSchema,
    'fact',
  );
  const entries = new Map(factList.map((located) => [located.entry.id, located]));

  const citable: IdList = { known: sources, kind: 'source', file: files.sources.path };
  for (const item of factList) checkIds(files.facts, 'fact', item, 'sources', citable);

  const facts = new Map<string, Fact>();
  const resolving = new Set<string>();
  const resolve = (id: string): Fact => {
    const done = facts.get(id);
    if (done) return done;
    const { entry, line } = entries.get(id)!;
    if (resolving.has(id)) {
      throw new ContentError({
        file: files.facts.path,
        line,
        field: `fact "${id}" → derived.from`,
        problem: 'depends on itself through its inputs',
        fix: 'Derive it only from reported facts.',
      });
    }
    resolving.add(id);
    const fact = entry.derived
      ? resolveDerived(entry, line)
      : toFact(entry, entry.value!, entry.sources!);
    resolving.delete(id);
    facts.set(id, fact);
    return fact;
  };
  const resolveDerived = (entry: FactEntry, line: number): Fact => {
    const { formula, from } = entry.derived!;
    const inputs = from.map((inputId): NumberFact => {
      if (!entries.has(inputId)) {
        const { hint } = unknownId('fact', inputId, entries.keys(), files.facts.path);
        throw new ContentError({
          file: files.facts.path,
          line,
          field: `fact "${entry.id}" → derived.from`,
          problem: `names the fact "${inputId}", which does not exist`,
          fix: hint ? `Did you mean "${hint}"?` : 'Use the id of a fact in this file.',
        });
      }
      const input = resolve(inputId);
      if (!isNumberFact(input)) {
        throw new ContentError({
          file: files.facts.path,
          line,
          field: `fact "${entry.id}" → derived.from`,
          problem: `"${inputId}" is not a single number`,
          fix: 'Derive numbers only from facts whose value is one number.',
        });
      }
      return input;
    });
    let value: number;
    try {
      value = applyFormula(
        formula as FormulaName,
        inputs.map((f) => f.value),
      );
    } catch (error) {
      throw new ContentError({
        file: files.facts.path,
        line,
        field: `fact "${entry.id}" → derived`,
        problem: (error as Error).message,
        fix: 'List as many input facts as the formula takes (see src/lib/derived.ts).',
      });
    }
    const rounded = entry.unit === '%' ? Math.round(value) : roundForDisplay(value);
    const sourceIds = [...new Set(inputs.flatMap((f) => f.sources))];
    return {
      ...toFact(entry, rounded, sourceIds),
      derived: { formula: formula as FormulaName, from },
    };
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

/**
 * Looks a fact up, or fails with the file that asked for it and the nearest real id. `where` is
 * required, so the error names the right place: a chapter, or a figure's data module.
 */
export function getFact(
  ledger: Ledger,
  id: string,
  where: string,
  field = `<Fact id="${id}">`,
): Fact {
  const fact = ledger.facts.get(id);
  if (fact) return fact;
  throw new ContentError({
    file: where,
    field,
    problem: 'no fact has this id',
    fix: unknownId('fact', id, ledger.facts.keys(), FACTS_FILE).fix,
  });
}

/** A fact whose value is one number. */
export type NumberFact = Fact & { value: number };
/** A fact whose value is a date (2024-04-13, 2024-04, 2024) or a range of dates (2023-06-08/2023-06-09). */
export type DateFact = Fact & { value: string };

/** Whether a fact's value is one number. */
export const isNumberFact = (fact: Fact): fact is NumberFact => typeof fact.value === 'number';

/** Whether a fact's value is a date or a date range (checked with parsePartialDate). */
export function isDateFact(fact: Fact): fact is DateFact {
  const parts = typeof fact.value === 'string' ? fact.value.split('/') : [];
  return parts.length >= 1 && parts.length <= 2 && parts.every((p) => parsePartialDate(p));
}

/** A fact that code draws or computes with must be one number; otherwise the error names the fact, who needs it, and the fix. */
export function numberFact(ledger: Ledger, id: string, where: string): NumberFact {
  const fact = getFact(ledger, id, where, `fact "${id}"`);
  if (isNumberFact(fact)) return fact;
  throw new ContentError({
    file: FACTS_FILE,
    field: `fact "${id}" → value`,
    problem: `is ${JSON.stringify(fact.value)}, not a single number, so ${where} cannot use it`,
    fix: `Give "${id}" one number as its value, e.g. value: 31.4`,
  });
}

/** A fact whose value is a date or a date range (checked with parsePartialDate). */
export function dateFact(ledger: Ledger, id: string, where: string): DateFact {
  const fact = getFact(ledger, id, where, `fact "${id}"`);
  if (isDateFact(fact)) return fact;
  throw new ContentError({
    file: FACTS_FILE,
    field: `fact "${id}" → value`,
    problem: `is ${JSON.stringify(fact.value)}, not a date, so ${where} cannot place it`,
    fix: 'Write it as 2024-04-13 (or 2024-04, or 2024), or 2023-06-08/2023-06-09 for a range.',
  });
}

/** The source ids of some facts, each once, in order. */
export function factSources(...facts: Fact[]): string[] {
  return [...new Set(facts.flatMap((f) => f.sources))];
}

/** "Astana Times; Interfax": who published the sources of some facts (or of some source ids), each once. */
export function publishers(ledger: Ledger, ...items: Array<Fact | string>): string {
  const ids = items.flatMap((item) => (typeof item === 'string' ? [item] : item.sources));
  return [...new Set(ids.map((id) => ledger.sources.get(id)?.publisher ?? id))].join('; ');
}

export function getSource(ledger: Ledger, id: string, where = 'a chapter'): Source {
  const source = ledger.sources.get(id);
  if (source) return source;
  throw new ContentError({
    file: where,
    field: `<Cite id="${id}">`,
    problem: 'no source has this id',
    fix: unknownId('source', id, ledger.sources.keys(), SOURCES_FILE).fix,
  });
}
