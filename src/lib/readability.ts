/**
 * Flesch–Kincaid grade level, computed from a chapter's text at build time so
 * teachers see the level of the words actually on the page.
 */
import { syllable } from 'syllable';
import { proseText } from './reading.ts';

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** Syllables in an English word, from the `syllable` package (rules plus a list of exceptions). */
export function syllables(word: string): number {
  return /\p{L}/u.test(word) ? Math.max(1, syllable(word)) : 0;
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** US school grade; 9–12 is the brief's target for chapter prose. */
  grade: number;
}

/** Sentences end at . ! ? or at a paragraph break, so headings do not run into the next line. */
export function readability(text: string): Readability {
  const sentences = text
    .split(/[.!?]+(?=\s|$)|\n\s*\n/)
    .filter((s) => WORD.test(s) && (WORD.lastIndex = 0) === 0);
  const words = text.match(WORD) ?? [];
  const syllableCount = words.reduce((sum, w) => sum + syllables(w), 0);
  const n = Math.max(1, words.length);
  const s = Math.max(1, sentences.length);
  const grade = 0.39 * (n / s) + 11.8 * (syllableCount / n) - 15.59;
  return {
    words: words.length,
    sentences: sentences.length,
    syllables: syllableCount,
    grade: Math.round(grade * 10) / 10,
  };
}

/** The grade of a chapter's prose, read from its MDX syntax tree (see proseText). */
export function chapterReadability(mdx: string): Readability {
  return readability(proseText(mdx));
}

/** Syllables in a Russian word: one per vowel letter. */
export function russianSyllables(word: string): number {
  return word.toLowerCase().match(/[аеёиоуыэюя]/g)?.length ?? 0;
}

export interface RussianReadability {
  words: number;
  sentences: number;
  syllables: number;
  /** Oborneva's Flesch reading ease for Russian: 206.835 − 1.3 × words/sentences − 60.1 × syllables/words; higher is easier. */
  ease: number;
}

/** Flesch–Kincaid is calibrated on English; Russian words are longer, so Oborneva (2006) rescaled Flesch's reading ease. */
export function russianReadability(text: string): RussianReadability {
  const sentences = text.split(/[.!?…]+(?=\s|$)|\n\s*\n/).filter((s) => /\p{L}/u.test(s));
  const words = text.match(WORD) ?? [];
  const syllableCount = words.reduce((sum, w) => sum + Math.max(1, russianSyllables(w)), 0);
  const n = Math.max(1, words.length);
  const s = Math.max(1, sentences.length);
  const ease = 206.835 - 1.3 * (n / s) - 60.1 * (syllableCount / n);
  return {
    words: words.length,
    sentences: sentences.length,
    syllables: syllableCount,
    ease: Math.round(ease * 10) / 10,
  };
}

/** A chapter's readability in its edition's measure: the grade (English) or Oborneva's ease (Russian). */
export function editionReadability(
  locale: string,
  mdx: string,
): { value: number; kind: 'grade' | 'ease' } {
  return locale === 'ru'
    ? { value: russianReadability(proseText(mdx)).ease, kind: 'ease' }
    : { value: chapterReadability(mdx).grade, kind: 'grade' };
}
