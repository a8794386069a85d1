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

/**
 * The full stop a reference puts after one of its parts, unless the part ends in a stop of its
 * own: a title that asks a question, or a Russian date ("4 июля 2024 г.").
 */
export const stopAfter = (part: string): string => (/[.?!…]["»”’]?$/.test(part.trim()) ? '' : '.');

/** The part with its full stop (stopAfter). */
export const withStop = (part: string): string => `${part}${stopAfter(part)}`;

/** The full reference, as on the sources page. */
export function sourceReference(source: Source): string {
  const date = source.date ? formatPartialDate(source.date) : 'n.d.';
  const author = source.author ? `${source.author}${stopAfter(source.author)} ` : '';
  return `${author}${source.title}${stopAfter(source.title)} ${source.publisher}, ${withStop(date)}`;
}
