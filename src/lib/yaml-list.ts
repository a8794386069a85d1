/** YAML lists of records in content/data, read with the line of each entry so errors can point at it. */
import {
  isMap,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { ContentError, splitMessage, unknownId } from './errors.ts';

export { splitMessage };

export interface DataFile {
  /** Path as authors see it, e.g. content/data/facts.yaml */
  path: string;
  text: string;
}

/** A field's path inside an entry: `incidents.0.at` as ['incidents', 0, 'at']. */
export type FieldPath = ReadonlyArray<PropertyKey>;

export interface Located<T> {
  entry: T;
  /** The entry's first line. */
  line: number;
  /** The line of one of its fields (the entry's line when the field is missing), so a message points at what to change. */
  lineOf(field: FieldPath | string): number;
}

/** A list item as read: its raw value, its line, and the lines of its fields. */
export interface ListItem {
  raw: unknown;
  line: number;
  lineOf(field: FieldPath | string): number;
}

const fieldPath = (field: FieldPath | string): Array<string | number> =>
  (typeof field === 'string' ? field.split('.') : field).map((part) =>
    typeof part === 'number' || /^\d+$/.test(String(part)) ? Number(part) : String(part),
  );

/** A parsed YAML file, with a way to find the line of any entry in it. */
export interface YamlFile {
  doc: Document;
  /** The line of the node at `path` (or of its nearest parent that has one). */
  lineOf(path: Array<string | number>): number | undefined;
}

/** Parses a YAML file; a syntax error fails with the file and its line. `tolerant` returns null instead. */
export function readDocument(file: DataFile): YamlFile;
export function readDocument(file: DataFile, opts: { tolerant: true }): YamlFile | null;
export function readDocument(file: DataFile, opts: { tolerant?: boolean } = {}): YamlFile | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, prettyErrors: true });
  const firstError = doc.errors[0];
  if (firstError) {
    if (opts.tolerant) return null;
    throw yamlSyntaxError(file, firstError.linePos?.[0]?.line, firstError.message, firstError.code);
  }
  const lineOf = (path: Array<string | number>): number | undefined => {
    for (let cut = path.length; cut >= 0; cut--) {
      const node = (cut === 0 ? doc.contents : doc.getIn(path.slice(0, cut), true)) as
        { range?: [number, number, number] } | null | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { doc, lineOf };
}

/** Parses a YAML list of records, keeping the line of each so errors can point at it. */
export function readList(file: DataFile, example: string): ListItem[] {
  const { doc, lineOf } = readDocument(file);
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    throw new ContentError({
      file: file.path,
      field: 'top level',
      problem: 'is not a list',
      fix: `Start every entry with "- id: …", e.g.\n  - id: ${example}`,
    });
  }
  return doc.contents.items.map((item, i) => {
    const line = isMap(item) ? (lineOf([i]) ?? 0) : 0;
    return {
      raw: (item as YamlNode).toJSON(),
      line,
      lineOf: (field) => (line ? (lineOf([i, ...fieldPath(field)]) ?? line) : 0),
    };
  });
}

export function validate<T>(
  file: DataFile,
  items: ListItem[],
  schema: {
    safeParse(v: unknown):
      | { success: true; data: T }
      | {
          success: false;
          error: { issues: Array<{ code?: string; path: PropertyKey[]; message: string }> };
        };
  },
  kind: string,
): Array<Located<T>> {
  const seen = new Map<string, number>();
  return items.map(({ raw, line, lineOf }) => {
    const rawId =
      typeof raw === 'object' && raw && 'id' in raw
        ? String((raw as { id: unknown }).id)
        : undefined;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      // A misspelt field also shows up as a missing one; the spelling hint is the more useful message.
      const issue =
        parsed.error.issues.find((i) => i.code === 'unrecognized_keys') ?? parsed.error.issues[0]!;
      const field = issue.path.length ? issue.path.map(String).join('.') : 'entry';
      const [problem, fix] = splitMessage(issue.message);
      throw new ContentError({
        file: file.path,
        line: lineOf(issue.path),
        field: `${kind} "${rawId ?? '(no id)'}" → ${field}`,
        problem,
        fix,
      });
    }
    const id = (parsed.data as { id: string }).id;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw new ContentError({
        file: file.path,
        line,
        field: `${kind} "${id}" → id`,
        problem: `is used twice (first at line ${earlier})`,
        fix: 'Give one of them a different id, or merge the two entries.',
      });
    }
    seen.set(id, line);
    return { entry: parsed.data, line, lineOf };
  });
}

/** What a list of ids in an entry must name: the ids that exist, what they are, and where authors add one. */
export interface IdList {
  known: ReadonlyMap<string, unknown>;
  kind: string;
  file: string;
}

/** The fields of T that hold a list of ids. */
type IdListField<T> = {
  [K in keyof T]: T[K] extends ReadonlyArray<string> | undefined ? K : never;
}[keyof T] &
  string;

/**
 * Fails at the first id in `entry[field]` that `target` does not know, pointing at
 * that id's own line and suggesting the nearest real one.
 */
export function checkIds<T extends { id: string }>(
  file: DataFile,
  kind: string,
  { entry, lineOf }: Located<T>,
  field: IdListField<T>,
  target: IdList,
): void {
  const ids = (entry[field] as ReadonlyArray<string> | undefined) ?? [];
  for (const [i, id] of ids.entries()) {
    if (target.known.has(id)) continue;
    throw new ContentError({
      file: file.path,
      line: lineOf([field, i]),
      field: `${kind} "${entry.id}" → ${field}`,
      ...unknownId(target.kind, id, target.known.keys(), target.file),
    });
  }
}

/** How far a line's text is indented, counting a list item's "- " as indentation. */
function indentOf(line: string): number {
  return /^[ ]*(?:- +)?/.exec(line)![0].length;
}

/**
 * A YAML syntax error at the line an author must change. The parser reports an
 * over-indented field at the line above it (the entry it seems to nest in), so when
 * the next line is indented differently from the one reported, that line is the culprit.
 */
export function yamlSyntaxError(
  file: DataFile,
  reported: number | undefined,
  message: string,
  code?: string,
): ContentError {
  const problem = (message.split('\n')[0] ?? 'cannot be read').replace(
    / at line \d+, column \d+:?$/,
    '',
  );
  const lines = file.text.split('\n');
  if (reported !== undefined && code === 'BLOCK_AS_IMPLICIT_KEY') {
    const here = lines[reported - 1] ?? '';
    const next = lines[reported] ?? '';
    const field = /^\s*(?:- +)?[\w-]+:/;
    if (
      field.test(here) &&
      field.test(next) &&
      !/^\s*- /.test(next) &&
      indentOf(next) > indentOf(here)
    ) {
      return new ContentError({
        file: file.path,
        line: reported + 1,
        field: 'YAML indentation',
        problem: `this line is indented ${indentOf(next)} spaces, but the field above it ${indentOf(here)}`,
        fix: `Indent every field of an entry by the same amount (${indentOf(here)} spaces here), with no tabs.`,
      });
    }
  }
  // A field out of line, not an unclosed bracket or quote (which the parser also reports under these codes).
  const outOfLine =
    /same column|without - indicator|indent/i.test(message) && !/end with a|closing/i.test(message);
  if ((code === 'BAD_INDENT' || code === 'MISSING_CHAR') && outOfLine) {
    return new ContentError({
      file: file.path,
      line: reported,
      field: 'YAML indentation',
      problem: `this line is not indented like the fields around it (${problem})`,
      fix: 'Indent every field of an entry by the same amount as the others (two spaces under "- id:"), with no tabs.',
    });
  }
  return new ContentError({
    file: file.path,
    line: reported,
    field: 'YAML syntax',
    problem,
    fix: 'Check the indentation and quoting on that line; text containing ": " or "#" needs quotes.',
  });
}
