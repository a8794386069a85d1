/** What each social card says. Pure: the endpoint passes in the chapters and the original's credit. */
import type { CardContent } from './card.ts';
import { curlyQuotes } from '../typography.ts';
import { countInWords, en } from '../../i18n/ui/en.ts';
import type { Ui } from '../../i18n/ui/index.ts';

/** Cards for the pages that are neither home nor a chapter; the key is the page's path. Their words are each dictionary's `card.pages`. */
export const OG_PAGES = en.card.pages;

export type OgPageKey = keyof typeof OG_PAGES;

export { countInWords };

/** The words of one edition's cards, and how its text is typeset (quotes, no-break spaces). */
export interface CardWords {
  words: Ui['card'];
  typeset: (text: string) => string;
}
const ENGLISH: CardWords = { words: en.card, typeset: curlyQuotes };

/** "Retold from Stefan Antić’s spring 2024 article", from the original's entry in the sources list. */
export function creditLine(
  original: { author?: string | undefined; date?: string | undefined },
  { words }: CardWords = ENGLISH,
): string {
  return words.credit(original.author, original.date?.slice(0, 4));
}

interface Site {
  title: string;
  tagline: string;
}

export function homeCard(
  site: Site,
  chapterCount: number,
  credit: string,
  { words }: CardWords = ENGLISH,
): CardContent {
  return {
    kicker: words.home(chapterCount),
    title: site.title,
    dek: site.tagline,
    siteTitle: site.title,
    credit,
  };
}

export function chapterCard(
  site: Site,
  chapter: { data: { order: number; title: string; dek: string } },
  total: number,
  credit: string,
  { words, typeset }: CardWords = ENGLISH,
): CardContent {
  return {
    kicker: words.chapter(chapter.data.order, total),
    title: typeset(chapter.data.title),
    dek: typeset(chapter.data.dek),
    siteTitle: site.title,
    credit,
  };
}

export function pageCard(
  site: Site,
  key: OgPageKey,
  credit: string,
  { words }: CardWords = ENGLISH,
): CardContent {
  return { ...words.pages[key], siteTitle: site.title, credit };
}
