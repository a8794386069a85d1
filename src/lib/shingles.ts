/**
 * Eight-word shingles, hashed, for the own-words check. The repo stores only the
 * hashes of the source article's shingles, never its text.
 */
import { createHash } from 'node:crypto';

export const SHINGLE_SIZE = 8;

export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[a-z0-9$%.,']+/g) ?? []
  );
}

export function hashShingle(shingle: string[]): string {
  return createHash('sha1').update(shingle.join(' ')).digest('hex').slice(0, 12);
}

export function shingles(
  text: string,
  size = SHINGLE_SIZE,
): Array<{ hash: string; words: string[] }> {
  const w = words(text);
  const out: Array<{ hash: string; words: string[] }> = [];
  for (let i = 0; i + size <= w.length; i++) {
    const run = w.slice(i, i + size);
    out.push({ hash: hashShingle(run), words: run });
  }
  return out;
}

/** Runs of the text that also stand in the source, given the source's shingle hashes. */
export function sharedRuns(text: string, sourceHashes: ReadonlySet<string>): string[] {
  return shingles(text)
    .filter((s) => sourceHashes.has(s.hash))
    .map((s) => s.words.join(' '));
}
