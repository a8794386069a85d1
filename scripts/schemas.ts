/**
 * `npm run schemas`: a JSON Schema for each data file, generated from the zod schema the build
 * validates it with, so an editor (VS Code with redhat.vscode-yaml) completes and checks the
 * fields as you type. Each YAML file points at its schema in its first line:
 *   # yaml-language-server: $schema=../../schemas/facts.schema.json
 * tests/unit/schemas.test.ts fails when a committed schema is out of date with its zod schema.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { factSchema, sourceSchema } from '../src/lib/schema.ts';
import { termSchema } from '../src/lib/glossary.ts';
import { placeSchema } from '../src/lib/places.ts';
import { teacherGuideSchema } from '../src/lib/teacher-guide.ts';
import { organisationSchema } from '../src/figures/six-chairs/schema.ts';
import { eventSchema } from '../src/lib/events.ts';
import { routeFileSchema } from '../src/figures/corridor-route/data.ts';
import { oilLegSchema } from '../src/figures/oil-routes/data.ts';
import { correctionSchema } from '../src/lib/corrections.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface DataSchema {
  /** schemas/<name>.schema.json */
  name: string;
  /** The data file, from the project root. */
  file: string;
  description: string;
  schema: z.ZodType;
}

/** Every data file with a zod schema. */
export const DATA_SCHEMAS: DataSchema[] = [
  {
    name: 'facts',
    file: 'content/data/facts.yaml',
    description:
      'The facts ledger: every number or dated claim the site states. See AUTHORING.md, "Add or edit a fact".',
    schema: z.array(factSchema),
  },
  {
    name: 'sources',
    file: 'content/data/sources.yaml',
    description:
      'Every source the site relies on, one entry per URL. See AUTHORING.md, "Add or edit a source".',
    schema: z.array(sourceSchema),
  },
  {
    name: 'glossary',
    file: 'content/data/glossary.yaml',
    description: 'Glossary terms, each with its own entry on /glossary/.',
    schema: z.array(termSchema),
  },
  {
    name: 'places',
    file: 'content/data/places.yaml',
    description: 'Places drawn on the maps, one entry per point.',
    schema: z.array(placeSchema),
  },
  {
    name: 'organisations',
    file: 'content/data/organisations.yaml',
    description: 'The organisations Kazakhstan chaired in 2024, for the six-chairs figure.',
    schema: z.array(organisationSchema),
  },
  {
    name: 'events',
    file: 'content/data/events.yaml',
    description:
      'Top-level meetings of 2022–2026, one lane per partner, for the balancing calendar.',
    schema: z.array(eventSchema),
  },
  {
    name: 'corridor-route',
    file: 'content/data/corridor-route.yaml',
    description:
      'The Middle Corridor map: its countries, the legs of the route and what each step frames and labels.',
    schema: routeFileSchema,
  },
  {
    name: 'oil-routes',
    file: 'content/data/oil-routes.yaml',
    description: 'Kazakhstan’s oil export routes, leg by leg, for the oil-routes figure.',
    schema: z.array(oilLegSchema),
  },
  {
    name: 'corrections',
    file: 'content/data/corrections.yaml',
    description: 'The corrections log on /updates/: what was wrong, and what the site says now.',
    schema: z.array(correctionSchema),
  },
  {
    name: 'guide',
    file: 'content/teaching/guide.yaml',
    description: 'The teacher guide behind /teachers/ and its handout.',
    schema: teacherGuideSchema,
  },
];

export const schemaPath = (name: string) => `schemas/${name}.schema.json`;

/** The JSON Schema text for one data file: what an author may write (zod's input side). */
export function renderSchema({ name, description, schema }: DataSchema): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' });
  return `${JSON.stringify({ ...json, title: `${name}.yaml`, description }, null, 2)}\n`;
}

/** The line each YAML file starts with, pointing at its schema. */
export function schemaLine({ name, file }: DataSchema): string {
  const depth = file.split('/').length - 1;
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}${schemaPath(name)}`;
}

function main(): void {
  mkdirSync(`${ROOT}/schemas`, { recursive: true });
  for (const entry of DATA_SCHEMAS) {
    writeFileSync(`${ROOT}/${schemaPath(entry.name)}`, renderSchema(entry));
    const firstLine = readFileSync(`${ROOT}/${entry.file}`, 'utf8').split('\n', 1)[0];
    const note =
      firstLine === schemaLine(entry) ? '' : ` (its first line should be: ${schemaLine(entry)})`;
    console.log(`${schemaPath(entry.name)} ← ${entry.file}${note}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
