/** What each social card says. Pure: the endpoint passes in the chapters and the original's credit. */
import type { CardContent } from './card.ts';
import { curlyQuotes } from '../typography.ts';

/** Cards for the pages that are neither home nor a chapter; the key is the page's path. */
export const OG_PAGES = {
  sources: {
    kicker: 'Reference',
    title: 'Sources',
    dek: 'Every report, statement and study the explainer relies on, grouped and linked.',
  },
  facts: {
    kicker: 'Reference',
    title: 'Facts ledger',
    dek: 'Every number and dated claim in the explainer, with its date, its sources and notes.',
  },
  about: {
    kicker: 'About',
    title: 'About this explainer',
    dek: 'Who wrote the original article, what this site changed, and how every fact is checked.',
  },
  glossary: {
    kicker: 'Reference',
    title: 'Glossary',
    dek: 'Plain explanations of the places, groups and terms the chapters use.',
  },
  teachers: {
    kicker: 'For the classroom',
    title: 'Teacher guide',
    dek: 'Lesson plans, questions, activities and a student handout for teaching the explainer.',
  },
  print: {
    kicker: 'Read offline',
    title: 'Print edition',
    dek: 'The whole explainer on one page, laid out for paper or a PDF.',
  },
  updates: {
    kicker: 'Follow the story',
    title: 'Updates and corrections',
    dek: 'Every dated update since the article, newest first, and every correction we have made.',
  },
  search: {
    kicker: 'Find',
    title: 'Search',
    dek: 'Look up any chapter, fact, source or term in the explainer.',
  },
} as const satisfies Record<string, { kicker: string; title: string; dek: string }>;

export type OgPageKey = keyof typeof OG_PAGES;

const WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
/** Small counts in words, as the prose style asks. */
export const countInWords = (n: number): string => WORDS[n] ?? String(n);

/** "Retold from Stefan Antić’s spring 2024 article", from the original's entry in the sources list. */
export function creditLine(original: {
  author?: string | undefined;
  date?: string | undefined;
}): string {
  const year = original.date?.slice(0, 4);
  return `Retold from ${original.author ?? 'the original author'}’s ${year ? `spring ${year} ` : ''}article`;
}

interface Site {
  title: string;
  tagline: string;
}

export function homeCard(site: Site, chapterCount: number, credit: string): CardContent {
  return {
    kicker: `An explainer in ${countInWords(chapterCount)} chapters`,
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
): CardContent {
  return {
    kicker: `Chapter ${chapter.data.order} of ${total}`,
    title: curlyQuotes(chapter.data.title),
    dek: curlyQuotes(chapter.data.dek),
    siteTitle: site.title,
    credit,
  };
}

export function pageCard(site: Site, key: OgPageKey, credit: string): CardContent {
  return { ...OG_PAGES[key], siteTitle: site.title, credit };
}
