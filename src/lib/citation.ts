import { formatPartialDate } from './dates.ts';
import type { Source } from './schema.ts';

/** "The Astana Times, 27 Feb 2024" — the short form shown inline. */
export function sourceLabel(source: Pick<Source, 'publisher' | 'date'>): string {
  return `${shortPublisher(source.publisher)}, ${source.date ? formatPartialDate(source.date, { short: true }) : 'n.d.'}`;
}

/** Drops parenthetical detail such as "(repost on localglob.com)" for inline use. */
export function shortPublisher(publisher: string): string {
  return publisher.replace(/\s*\([^)]*\)\s*$/, '');
}

/** The full reference, as on the sources page. */
export function sourceReference(source: Source): string {
  const date = source.date ? formatPartialDate(source.date) : 'n.d.';
  const author = source.author ? `${source.author}. ` : '';
  return `${author}${source.title}. ${source.publisher}, ${date}.`;
}
