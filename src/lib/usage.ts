/**
 * Which chapters cite which sources and facts, read from the chapters' MDX.
 * Used by the sources page and by the "every source is used" check.
 */
import type { Ledger } from './ledger.ts';

export interface ChapterText {
  id: string;
  body: string;
}

const FACT = /<Fact\s+id="([^"]+)"/g;
const CITE = /<Cite\s+id="([^"]+)"/g;
const DIFFER = /<SourcesDiffer[^>]*\bfacts="([^"]+)"/g;
const TERM = /<Term\s+id="([^"]+)"/g;

export function factIdsIn(body: string): string[] {
  const ids = [...body.matchAll(FACT)].map((m) => m[1]!);
  for (const m of body.matchAll(DIFFER)) ids.push(...m[1]!.split(/\s+/).filter(Boolean));
  return ids;
}

export function termIdsIn(body: string): string[] {
  return [...body.matchAll(TERM)].map((m) => m[1]!);
}

export function citeIdsIn(body: string): string[] {
  return [...body.matchAll(CITE)].map((m) => m[1]!);
}

/** Source id → chapter ids that rely on it, directly or through a fact. */
export function sourceUsage(
  ledger: Ledger,
  chapters: ChapterText[],
  alwaysUsed: string[] = [],
): Map<string, Set<string>> {
  const usage = new Map<string, Set<string>>(
    [...ledger.sources.keys()].map((id) => [id, new Set<string>()]),
  );
  for (const id of alwaysUsed) usage.get(id)?.add('(site)');
  for (const chapter of chapters) {
    for (const id of citeIdsIn(chapter.body)) usage.get(id)?.add(chapter.id);
    for (const factId of factIdsIn(chapter.body)) {
      for (const sourceId of ledger.facts.get(factId)?.sources ?? [])
        usage.get(sourceId)?.add(chapter.id);
    }
  }
  return usage;
}
