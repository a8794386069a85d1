/**
 * What /updates/ and its feed list: every dated update in the published
 * chapters and every correction, newest first. Pure, so it is tested without a build.
 */
import { en } from '../i18n/ui/en.ts';
import type { Ui } from '../i18n/ui/index.ts';
import { chapterPath } from './chapters.ts';
import type { Correction } from './corrections.ts';
import { formatPartialDate, parsePartialDate } from './dates.ts';
import { compareNewestFirst, type ChapterUpdate } from './updates.ts';

export interface PageRef {
  id: string;
  title: string;
  /** Site path, without the base: /china/ */
  path: string;
}

export interface LoggedUpdate {
  date: string;
  chapter: PageRef;
  summary: string;
  /** Where the box is: /china/#update-2026 */
  path: string;
}

export interface LoggedCorrection {
  id: string;
  date: string;
  pages: PageRef[];
  wrong: string;
  now: string;
  /** Its entry on /updates/: /updates/#correction-<id> */
  path: string;
}

export interface UpdateLog {
  updates: LoggedUpdate[];
  corrections: LoggedCorrection[];
}

export const UPDATES_PATH = '/updates/';
export const FEED_PATH = '/updates.xml';
export const correctionAnchor = (id: string) => `correction-${id}`;

/** Joins updates and corrections to the pages they belong to; drafts' updates are left out. */
export function buildUpdateLog(input: {
  updates: ChapterUpdate[];
  chapters: Array<{ id: string; title: string; order: number }>;
  corrections: Correction[];
  pages: ReadonlyArray<{ key: string; path: string; label: string }>;
}): UpdateLog {
  const chapters = new Map(input.chapters.map((c) => [c.id, c]));
  const ref = (id: string): PageRef => {
    const chapter = chapters.get(id);
    if (chapter) return { id, title: chapter.title, path: chapterPath(id) };
    const page = input.pages.find((p) => p.key === id);
    return page
      ? { id, title: page.label, path: page.path }
      : { id, title: id, path: chapterPath(id) };
  };
  const updates = input.updates
    .filter((u) => chapters.has(u.chapter))
    .sort(
      (a, b) =>
        compareNewestFirst(a.date, b.date) ||
        chapters.get(a.chapter)!.order - chapters.get(b.chapter)!.order ||
        (a.line ?? 0) - (b.line ?? 0),
    )
    .map((u) => ({
      date: u.date,
      chapter: ref(u.chapter),
      summary: u.summary,
      path: `${chapterPath(u.chapter)}#${u.anchor}`,
    }));
  const corrections = [...input.corrections]
    .sort((a, b) => compareNewestFirst(a.date, b.date))
    .map((c) => ({
      id: c.id,
      date: c.date,
      pages: c.chapter.map(ref),
      wrong: c.wrong,
      now: c.now,
      path: `${UPDATES_PATH}#${correctionAnchor(c.id)}`,
    }));
  return { updates, corrections };
}

/** A partial date as a Date for the feed: its first day, at midnight UTC. */
export function startOfPartialDate(text: string): Date {
  const d = parsePartialDate(text);
  if (!d) throw new RangeError(`Not a date in the form YYYY, YYYY-MM or YYYY-MM-DD: "${text}"`);
  return new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** The words around each item, from the edition's dictionary, and how it writes a date. */
export type FeedWords = Omit<Ui['feed'], 'description'> & { date: (iso: string) => string };

const ENGLISH: FeedWords = { ...en.feed, date: formatPartialDate };

/** The feed's items, newest first; `absolute` turns a site path into a full address (base and SITE_URL). */
export function feedItems(
  log: UpdateLog,
  absolute: (path: string) => string,
  words: FeedWords = ENGLISH,
): FeedItem[] {
  const updates = log.updates.map((u) => ({
    title: words.update(u.chapter.title, words.date(u.date)),
    link: absolute(u.path),
    pubDate: startOfPartialDate(u.date),
    description: u.summary,
    categories: [words.updateCategory],
  }));
  const corrections = log.corrections.map((c) => ({
    title: words.correction(c.pages.map((p) => p.title).join('; ')),
    link: absolute(c.path),
    pubDate: startOfPartialDate(c.date),
    description: words.correctionText(c.wrong, c.now),
    categories: [words.correctionCategory],
  }));
  return [...corrections, ...updates].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}
