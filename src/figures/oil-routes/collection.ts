/** The oil export routes as a content collection: one entry per leg, checked against the ledger and the places. */
import { defineCollection } from 'astro:content';
import { loadLedger } from '../../lib/content-dir.ts';
import { yamlListLoader } from '../../lib/data-loader.ts';
import { loadPlaces } from '../../lib/places.ts';
import { parseOilRoutes } from './data.ts';

const oilRoutesCollection = defineCollection({
  loader: yamlListLoader({
    file: 'data/oil-routes.yaml',
    watch: ['data/facts.yaml', 'data/places.yaml', 'data/sources.yaml'],
    parse: ({ file, dir }) => parseOilRoutes(file, loadLedger(dir), loadPlaces(dir)),
  }),
});

export const collections = { oilRoutes: oilRoutesCollection };
