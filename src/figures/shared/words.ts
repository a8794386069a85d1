/**
 * A figure's own words per edition: each figure keeps an object per locale with the same keys
 * (English first, so TypeScript makes every other edition give every key), and picks the
 * page's with wordsOf. An edition without its own set draws the English.
 */
import { formatNumber } from '../../lib/format.ts';
import type { FigureEdition } from '../define.ts';

export type EditionWords<T> = { en: T } & Record<string, T>;

export const wordsOf = <T>(words: EditionWords<T>, edition?: FigureEdition): T =>
  words[edition?.locale ?? 'en'] ?? words.en;

const RU_NUMBER = new Intl.NumberFormat('ru', { maximumFractionDigits: 2 });

/** Numbers an SVG prints: the house style in English (format.ts), Intl in other editions. */
export const numberIn = (edition?: FigureEdition): ((n: number) => string) =>
  !edition || edition.locale === 'en' ? formatNumber : (n) => RU_NUMBER.format(n);
