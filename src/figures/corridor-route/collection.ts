/** The route as a content collection: one record (its legs, steps and countries), stored as one entry. */
import { defineCollection } from 'astro:content';
import { loadLedger } from '../../lib/content-dir.ts';
import { yamlListLoader } from '../../lib/data-loader.ts';
import { loadPlaces } from '../../lib/places.ts';
import { parseRoute } from './data.ts';

const corridorRouteCollection = defineCollection({
  loader: yamlListLoader({
    file: 'data/corridor-route.yaml',
    watch: ['data/places.yaml', 'data/sources.yaml'],
    parse: ({ file, dir }) => [
      { id: 'corridor-route', ...parseRoute(file, loadPlaces(dir), loadLedger(dir)) },
    ],
  }),
});

export const collections = { corridorRoute: corridorRouteCollection };
