/**
 * A content mistake an author can fix. The message always names the file,
 * the field (or line) and the fix, because authors read it in a build log.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string;
  readonly fix: string;
  readonly line: number | undefined;

  constructor(opts: { file: string; field: string; problem: string; fix: string; line?: number | undefined }) {
    const where = opts.line ? `${opts.file}:${opts.line}` : opts.file;
    super(`${where} — ${opts.field}: ${opts.problem}\n  Fix: ${opts.fix}`);
    this.name = 'ContentError';
    this.file = opts.file;
    this.field = opts.field;
    this.fix = opts.fix;
    this.line = opts.line;
  }
}

/**
 * The "not found" message for an id that names something in another file: what it names, where it
 * should be, and the nearest real id. Callers put it in a ContentError with their own file, line and field:
 *   throw new ContentError({ file, line, field: 'fact "x" → sources', ...unknownId('source', id, ledger.sources.keys(), 'content/data/sources.yaml') });
 */
export function unknownId(kind: string, id: string, known: Iterable<string>, file: string): { problem: string; fix: string; hint: string | undefined } {
  const hint = closest(id, known);
  return {
    problem: `names the ${kind} "${id}", which is not in ${file}`,
    fix: hint ? `Did you mean "${hint}"? Otherwise add the ${kind} to ${file}.` : `Add the ${kind} to ${file}, or correct the id.`,
    hint,
  };
}

/** Suggests the closest known id, so a typo's fix is one glance away. */
export function closest(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of known) {
    const score = editDistance(id, candidate);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best !== undefined && bestScore <= Math.max(3, Math.floor(id.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
