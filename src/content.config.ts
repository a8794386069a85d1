import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { loadGlossary, loadLedger, loadTeacherGuide, contentDir } from './lib/content-dir.ts';
import { parseCorrections } from './lib/corrections.ts';
import { chapterIds, yamlListLoader } from './lib/data-loader.ts';
import { loadEvents } from './lib/events.ts';
import { loadPlaces } from './lib/places.ts';
import { chapterSchema } from './lib/schema.ts';
import { SITE_PAGES } from './lib/site-pages.ts';
import { todayUtc } from './lib/updates.ts';
import { parseRoute } from './figures/corridor-route/data.ts';
import { loadOrganisations } from './figures/six-chairs/organisations.ts';

// The chapters are MDX files; every data file is a collection too, loaded by one loader that runs the
// same parse as the remark plugins and the figures (src/lib/data-loader.ts), so its errors keep the
// file, the line, the field and "Did you mean". Code that runs outside Astro's runtime (the remark
// plugins, figure prepare(), scripts and tests) calls those parse functions directly.
// English chapters at the top (ids like "china"), each translation in its edition's folder ("ru/china").
const chapters = defineCollection({
  loader: glob({ pattern: ['*.mdx', '*/*.mdx'], base: `${contentDir()}/chapters` }),
  schema: chapterSchema,
});

const facts = defineCollection({
  loader: yamlListLoader({ file: 'data/facts.yaml', watch: ['data/sources.yaml'], parse: ({ dir }) => loadLedger(dir).facts.values() }),
});

const sources = defineCollection({
  loader: yamlListLoader({ file: 'data/sources.yaml', watch: ['data/facts.yaml'], parse: ({ dir }) => loadLedger(dir).sources.values() }),
});

const glossary = defineCollection({
  loader: yamlListLoader({ file: 'data/glossary.yaml', watch: ['data/sources.yaml'], parse: ({ dir }) => loadGlossary(dir).values() }),
});

const places = defineCollection({
  loader: yamlListLoader({ file: 'data/places.yaml', parse: ({ dir }) => loadPlaces(dir) }),
});

const organisations = defineCollection({
  loader: yamlListLoader({ file: 'data/organisations.yaml', watch: ['data/facts.yaml', 'data/sources.yaml'], parse: ({ dir }) => loadOrganisations(loadLedger(dir), dir) }),
});

/** The Middle Corridor route is one record (its legs, steps and countries), stored as one entry. */
const corridorRoute = defineCollection({
  loader: yamlListLoader({
    file: 'data/corridor-route.yaml',
    watch: ['data/places.yaml', 'data/sources.yaml'],
    parse: ({ file, dir }) => [{ id: 'corridor-route', ...parseRoute(file, loadPlaces(dir), loadLedger(dir)) }],
  }),
});

const events = defineCollection({
  loader: yamlListLoader({ file: 'data/events.yaml', watch: ['data/sources.yaml'], parse: ({ dir }) => loadEvents(dir) }),
});

/** Corrections may name any chapter (drafts too) or any other page of the site. */
const corrections = defineCollection({
  loader: yamlListLoader({
    file: 'data/corrections.yaml',
    optional: true,
    parse: ({ file, dir }) => parseCorrections(file, { pages: [...chapterIds(dir, { drafts: true }), ...SITE_PAGES.map((p) => p.key)], today: todayUtc() }),
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

export const collections = { chapters, facts, sources, glossary, places, organisations, corridorRoute, events, corrections, teacherGuide };
