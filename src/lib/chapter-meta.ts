import { getCollection, type CollectionEntry } from 'astro:content';
import { editionCorrections, editionLedger } from '../i18n/edition.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { isLocale } from '../i18n/routes.ts';
import { orderChapters } from './chapters.ts';
import { loadCorrections, loadUpdates } from './content-dir.ts';
import { readingTime } from './reading.ts';
import { SITE_PAGES } from './site-pages.ts';
import { buildUpdateLog, type UpdateLog } from './update-log.ts';

export type Chapter = CollectionEntry<'chapters'>;

export type PublishedChapter = Chapter & {
  reading: { words: number; minutes: number };
  slug: string;
  locale: Locale;
};

/** An entry's edition and its locale-neutral name: "ru/china" is the Russian "china". */
export function chapterEdition(id: string): { locale: Locale; slug: string } {
  const [head, ...rest] = id.split('/');
  return rest.length && isLocale(head)
    ? { locale: head, slug: rest.join('/') }
    : { locale: DEFAULT_LOCALE, slug: id };
}

/** One edition's chapters (English by default) in order, with reading time; fails on a duplicate order. */
export async function publishedChapters(
  locale: Locale = DEFAULT_LOCALE,
): Promise<PublishedChapter[]> {
  const mine = (await getCollection('chapters')).filter(
    (c) => chapterEdition(c.id).locale === locale,
  );
  return orderChapters(mine).map((chapter) => ({
    ...chapter,
    reading: readingTime(chapter.body ?? ''),
    slug: chapterEdition(chapter.id).slug,
    locale,
  }));
}

/** Every update in the published chapters and every correction, newest first: /updates/ and its feed. */
export async function siteUpdateLog(
  locale: Locale = DEFAULT_LOCALE,
  pageLabels?: Record<string, string>,
): Promise<UpdateLog> {
  const english = (await getCollection('chapters')).filter(
    (c) => chapterEdition(c.id).locale === DEFAULT_LOCALE,
  );
  const pageIds = [...english.map((c) => c.id), ...SITE_PAGES.map((p) => p.key)];
  // The edition's own chapters and update boxes; corrections name English ids, which every edition shares.
  const mine = await publishedChapters(locale);
  const chapters = mine.map((c) => ({ id: c.slug, title: c.data.title, order: c.data.order }));
  const pages = SITE_PAGES.map((p) => ({ ...p, label: pageLabels?.[p.key] ?? p.label }));
  return buildUpdateLog({
    updates: loadUpdates(undefined, locale, (id) => editionLedger(locale).facts.get(id)?.display),
    chapters,
    corrections: editionCorrections(locale, loadCorrections(pageIds)),
    pages,
  });
}
