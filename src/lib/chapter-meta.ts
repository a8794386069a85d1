import { getCollection, type CollectionEntry } from 'astro:content';
import { orderChapters } from './chapters.ts';
import { loadCorrections, loadUpdates } from './content-dir.ts';
import { readingTime } from './reading.ts';
import { SITE_PAGES } from './site-pages.ts';
import { buildUpdateLog, type UpdateLog } from './update-log.ts';

export type Chapter = CollectionEntry<'chapters'>;

/** All published chapters in order, with reading time; fails on a duplicate order. */
export async function publishedChapters(): Promise<Array<Chapter & { reading: { words: number; minutes: number } }>> {
  const ordered = orderChapters(await getCollection('chapters'));
  return ordered.map((chapter) => ({ ...chapter, reading: readingTime(chapter.body ?? '') }));
}

/** Every update in the published chapters and every correction, newest first: /updates/ and its feed. */
export async function siteUpdateLog(): Promise<UpdateLog> {
  const all = await getCollection('chapters');
  const pageIds = [...all.map((c) => c.id), ...SITE_PAGES.map((p) => p.key)];
  const chapters = orderChapters(all).map((c) => ({ id: c.id, title: c.data.title, order: c.data.order }));
  return buildUpdateLog({ updates: loadUpdates(), chapters, corrections: loadCorrections(pageIds), pages: SITE_PAGES });
}
