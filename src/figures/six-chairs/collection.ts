/** The organisations Kazakhstan chaired, as a content collection, checked against the ledger. */
import { defineCollection } from 'astro:content';
import { loadLedger } from '../../lib/content-dir.ts';
import { yamlListLoader } from '../../lib/data-loader.ts';
import { loadOrganisations } from './organisations.ts';

const organisationsCollection = defineCollection({
  loader: yamlListLoader({
    file: 'data/organisations.yaml',
    watch: ['data/facts.yaml', 'data/sources.yaml'],
    parse: ({ dir }) => loadOrganisations(loadLedger(dir), dir),
  }),
});

export const collections = { organisations: organisationsCollection };
