import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { chapterSchema } from './lib/schema.ts';

// Facts and sources are read by src/lib/content-dir.ts, so the remark checks,
// the components and the tests all share one loader and one set of errors.
// English chapters at the top (ids like "china"), each translation in its edition's folder ("ru/china").
const chapters = defineCollection({
  loader: glob({ pattern: ['*.mdx', '*/*.mdx'], base: `${contentDir()}/chapters` }),
  schema: chapterSchema,
});

export const collections = { chapters };
