/**
 * The card's text as satori elements: plain `{ type, props }` objects, each planned line its own
 * element, with its Cyrillic runs in the Cyrillic families and Latin accents decomposed (why: below).
 */
import { cyrillicStack } from './fonts.ts';

export type CardStyle = Record<string, string | number>;
export interface CardNode {
  type: string;
  props: { style: CardStyle; children?: CardChild | CardChild[] };
}
export type CardChild = CardNode | string;

export const el = (
  type: string,
  style: CardStyle,
  children?: CardChild | CardChild[],
): CardNode => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** Cyrillic words, with the plain spaces between them (the Cyrillic files have the space, not the no-break one). */
const CYRILLIC_RUN = /[\u0400-\u052f\u0301]+(?: [\u0400-\u052f\u0301]+)*/g;

/**
 * A line's text, its Cyrillic runs in spans of the Cyrillic family (see fonts.ts for why), so
 * satori lays out and draws each run with the file that has its glyphs. Latin text stays a string.
 */
export function scriptRuns(text: string, family: string): CardChild | CardChild[] {
  if (!/[\u0400-\u052f]/.test(text)) return text;
  // satori trims the spaces at a span's ends unless told to keep them; the line is planned already.
  const span = (part: string, style: CardStyle = {}) =>
    el('span', { whiteSpace: 'pre', ...style }, part);
  const runs: CardChild[] = [];
  let at = 0;
  for (const match of text.matchAll(CYRILLIC_RUN)) {
    if (match.index > at) runs.push(span(text.slice(at, match.index)));
    runs.push(span(match[0], { fontFamily: cyrillicStack(family) }));
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push(span(text.slice(at)));
  return runs;
}

export const lineBlock = (lines: string[], style: CardStyle & { fontFamily: string }): CardNode =>
  el(
    'div',
    { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', ...style },
    lines.map((line) =>
      el('div', { display: 'flex', whiteSpace: 'nowrap' }, scriptRuns(line, style.fontFamily)),
    ),
  );

/**
 * satori draws Golos's precomposed accented letters (ć in Antić) with a misplaced accent; base letter
 * plus combining mark comes out right. Only Latin letters: й and ё are whole glyphs in the Cyrillic
 * files, while their combining marks live in the Latin ones, and a word split across two files is
 * laid out wider than it is drawn.
 */
export const decompose = (text: string) =>
  text.replace(/[\u00c0-\u024f\u1e00-\u1eff]/g, (letter) => letter.normalize('NFD'));
