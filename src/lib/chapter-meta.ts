import { getCollection, type CollectionEntry } from 'astro:content';
import { orderChapters } from './chapters.ts';
import { readingTime } from './reading.ts';

export type Chapter = CollectionEntry<'chapters'>;

/** All published chapters in order, with reading time; fails on a duplicate order. */
export async function publishedChapters(): Promise<Array<Chapter & { reading: { words: number; minutes: number } }>> {
  const ordered = orderChapters(await getCollection('chapters'));
  return ordered.map((chapter) => ({ ...chapter, reading: readingTime(chapter.body ?? '') }));
}
