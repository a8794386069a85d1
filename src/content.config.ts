import { defineCollection } from 'astro:content';
import { checkedGlob } from './lib/checked-loader.ts';
import { loadGlossary, loadLedger, loadTeacherGuide, contentDir } from './lib/content-dir.ts';
import { parseCorrections } from './lib/corrections.ts';
import { chapterIds, yamlListLoader } from './lib/data-loader.ts';
import { loadEvents } from './lib/events.ts';
import { loadPlaces } from './lib/places.ts';
import { chapterSchema } from './lib/schema.ts';
import { SITE_PAGES } from './lib/site-pages.ts';
import { todayUtc } from './lib/updates.ts';

// The chapters are MDX files; every data file is a collection too, loaded by one loader that runs the
// same parse as the remark plugins and the figures (src/lib/data-loader.ts), so its errors keep the
// file, the line, the field and "Did you mean". Code that runs outside Astro's runtime (the remark
// plugins, figure prepare(), scripts and tests) calls those parse functions directly.
// English chapters at the top (ids like "china"), each translation in its edition's folder ("ru/china").
const chapters = defineCollection({
  // The frontmatter is checked first, so a bad value names its own line (src/lib/checked-loader.ts).
  loader: checkedGlob(
    { pattern: ['*.mdx', '*/*.mdx'], base: `${contentDir()}/chapters` },
    chapterSchema,
  ),
  schema: chapterSchema,
});

const facts = defineCollection({
  loader: yamlListLoader({
    file: 'data/facts.yaml',
    watch: ['data/sources.yaml'],
    parse: ({ dir }) => loadLedger(dir).facts.values(),
  }),
});

const sources = defineCollection({
  loader: yamlListLoader({
    file: 'data/sources.yaml',
    watch: ['data/facts.yaml'],
    parse: ({ dir }) => loadLedger(dir).sources.values(),
  }),
});

const glossary = defineCollection({
  loader: yamlListLoader({
    file: 'data/glossary.yaml',
    watch: ['data/sources.yaml'],
    parse: ({ dir }) => loadGlossary(dir).values(),
  }),
});

const places = defineCollection({
  loader: yamlListLoader({ file: 'data/places.yaml', parse: ({ dir }) => loadPlaces(dir) }),
});

const events = defineCollection({
  loader: yamlListLoader({
    file: 'data/events.yaml',
    watch: ['data/sources.yaml'],
    parse: ({ dir }) => loadEvents(dir),
  }),
});

/** Corrections may name any chapter (drafts too) or any other page of the site. */
const corrections = defineCollection({
  loader: yamlListLoader({
    file: 'data/corrections.yaml',
    optional: true,
    parse: ({ file, dir }) =>
      parseCorrections(file, {
        pages: [...chapterIds(dir, { drafts: true }), ...SITE_PAGES.map((p) => p.key)],
        today: todayUtc(),
      }),
  }),
});

/** The teacher guide is one record, checked against the published chapters and the glossary. */
const teacherGuide = defineCollection({
  loader: yamlListLoader({
    file: 'teaching/guide.yaml',
    watch: ['data/glossary.yaml'],
    parse: ({ dir }) => [{ id: 'guide', ...loadTeacherGuide(chapterIds(dir), dir) }],
  }),
});

// A figure with a data file of its own brings its collection, in src/figures/<id>/collection.ts, so
// no figure is named here. Typed as {} on purpose: the site's pages read those files through the
// figure's own parse, never through getCollection, and the core collections keep their types.
const figureCollections: {} = Object.assign(
  {},
  ...Object.values(
    import.meta.glob<{ collections: Record<string, unknown> }>('./figures/*/collection.ts', {
      eager: true,
    }),
  ).map((module) => module.collections),
);

export const collections = {
  chapters,
  facts,
  sources,
  glossary,
  places,
  events,
  corrections,
  teacherGuide,
  ...figureCollections,
};
