import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { chapterSchema } from './lib/schema.ts';

// Only the chapters are a content collection. The data files (facts, sources, glossary,
// teacher guide, places, organisations, the corridor route) are read from disk with yaml
// and zod, by src/lib/content-dir.ts and the figures' own loaders, so the remark checks,
// the components and the tests share one parse and one set of errors for each file.
// English chapters at the top (ids like "china"), each translation in its edition's folder ("ru/china").
const chapters = defineCollection({
  loader: glob({ pattern: ['*.mdx', '*/*.mdx'], base: `${contentDir()}/chapters` }),
  schema: chapterSchema,
});

export const collections = { chapters };
