import { defineCollection } from 'astro:content';
import { checkedGlob } from './lib/checked-loader.ts';
import { contentDir } from './lib/content-dir.ts';
import { chapterSchema } from './lib/schema.ts';

// Facts and sources are read by src/lib/content-dir.ts, so the remark checks,
// the components and the tests all share one loader and one set of errors.
const chapters = defineCollection({
  loader: checkedGlob({ pattern: '*.mdx', base: `${contentDir()}/chapters` }, chapterSchema),
  schema: chapterSchema,
});

export const collections = { chapters };
