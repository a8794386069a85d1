/**
 * Line breaking for the social cards, done before satori draws them, so every line is known:
 * titles pick the largest size that fits and are balanced like the site's headings
 * (`text-wrap: balance`); text that still does not fit is cut at a word and ends in an ellipsis.
 * Pure: a `width(text)` function in pixels stands in for the font.
 */

export type Width = (text: string) => number;

export const ELLIPSIS = '…';

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);

/** Splits a word wider than the line into pieces that fit (a long address, say). */
function splitWord(word: string, max: number, width: Width): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && width(piece + ch) > max) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Greedy wrapping: as many words on each line as fit in `max` pixels. */
export function wrapLines(text: string, max: number, width: Width): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words(text)) {
    const pieces = width(word) > max ? splitWord(word, max, width) : [word];
    for (const piece of pieces) {
      const candidate = line ? `${line} ${piece}` : piece;
      if (line && width(candidate) > max) {
        lines.push(line);
        line = piece;
      } else line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The same number of lines as greedy wrapping, but as even as possible (no lonely last word). */
export function balanceLines(text: string, max: number, width: Width): string[] {
  const greedy = wrapLines(text, max, width);
  if (greedy.length < 2) return greedy;
  let lo = Math.max(...words(text).map((w) => Math.min(width(w), max)));
  let hi = max;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (wrapLines(text, mid, width).length <= greedy.length) hi = mid;
    else lo = mid;
  }
  return wrapLines(text, hi, width);
}

/** Keeps at most `maxLines`; if text was dropped, the last line ends in an ellipsis and still fits. */
export function clampLines(
  lines: string[],
  maxLines: number,
  max: number,
  width: Width,
): { lines: string[]; clamped: boolean } {
  if (lines.length <= maxLines) return { lines, clamped: false };
  const kept = lines.slice(0, maxLines);
  // Start from everything that was cut, so the ellipsis replaces words rather than padding a short line.
  let last = words(lines.slice(maxLines - 1).join(' '));
  const ending = () => `${last.join(' ').replace(/[\s,;:.–—-]+$/, '')}${ELLIPSIS}`;
  while (last.length > 1 && width(ending()) > max) last = last.slice(0, -1);
  let final = ending();
  // One word that alone is too wide (already split by wrapLines): cut it by characters.
  while (width(final) > max && final.length > 1)
    final = `${[...final].slice(0, -2).join('')}${ELLIPSIS}`;
  kept[maxLines - 1] = final;
  return { lines: kept, clamped: true };
}

export interface FitOptions {
  /** Font sizes to try, largest first. */
  sizes: readonly number[];
  /** Line width in pixels. */
  max: number;
  maxLines: number;
  /** Width of a run of text at a font size. */
  measure: (text: string, fontSize: number) => number;
  balance?: boolean;
}

export interface Fitted {
  fontSize: number;
  lines: string[];
  clamped: boolean;
}

/** The largest size at which the text fits in `maxLines` without cutting a word; failing that, the smallest size, clamped. */
export function fitText(
  text: string,
  { sizes, max, maxLines, measure, balance = false }: FitOptions,
): Fitted {
  if (sizes.length === 0) throw new RangeError('fitText needs at least one font size');
  for (const fontSize of sizes) {
    const width: Width = (s) => measure(s, fontSize);
    // A word cut in two reads worse than a smaller size; only the smallest size may cut one.
    const whole = fontSize === sizes.at(-1) || words(text).every((w) => width(w) <= max);
    const lines = balance ? balanceLines(text, max, width) : wrapLines(text, max, width);
    if (whole && lines.length <= maxLines) return { fontSize, lines, clamped: false };
  }
  const fontSize = sizes[sizes.length - 1]!;
  const width: Width = (s) => measure(s, fontSize);
  return { fontSize, ...clampLines(wrapLines(text, max, width), maxLines, max, width) };
}
