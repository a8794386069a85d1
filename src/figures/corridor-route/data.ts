/** corridor-route.yaml: its schema, and parsing it into errors that name the file, line, entry and fix. */
import { isMap } from 'yaml';
import { z } from 'astro/zod';
import { id, idList, oneOf, strict, text } from '../../lib/schema.ts';
import { ContentError, unknownId } from '../../lib/errors.ts';
import { SOURCES_FILE, type Ledger } from '../../lib/ledger.ts';
import { PLACES_FILE, type Place } from '../../lib/places.ts';
import { readDocument, splitMessage, type DataFile, type YamlFile } from '../../lib/yaml-list.ts';
import { OVERVIEW, STATES, type RouteState } from './states.ts';

export const ROUTE_FILE = 'content/data/corridor-route.yaml';

export { OVERVIEW, STATES, type RouteState };

export const ACTORS = ['kazakhstan', 'china', 'caucasus', 'west', 'russia', 'neutral'] as const;
export type Actor = (typeof ACTORS)[number];
export const SIDES = [
  'right',
  'left',
  'above',
  'below',
  'above-right',
  'above-left',
  'below-right',
  'below-left',
] as const;
export type Side = (typeof SIDES)[number];
export const ONWARD = ['west', 'northwest'] as const;

const legSchema = strict({
  id: id('id', 'dostyk-aktau'),
  state: oneOf('state', STATES, 'states of the figure'),
  mode: oneOf('mode', ['rail', 'ferry'] as const, 'modes'),
  actor: oneOf('actor', ACTORS, 'actors'),
  places: idList('places', '[dostyk, aktau]', 'place ids'),
  onward: oneOf('onward', ONWARD, 'directions').optional(),
  schematic: z.boolean({ error: 'must be true or false' }).optional(),
  label: text('label', 'Europe').optional(),
}).refine((leg) => leg.places.length >= 2 || leg.onward !== undefined, {
  path: ['places'],
  error:
    'names only one place. Add the place the leg goes to, e.g. places: [dostyk, aktau], or give a direction to the map edge: onward: west',
});

const labelSchema = strict({
  place: id('place', 'aktau'),
  side: oneOf('side', SIDES, 'sides').default('right'),
  text: text('text', 'Aktau').optional(),
  leader: z
    .number({ error: 'must be a number of map units, e.g. leader: 20' })
    .min(0, { error: 'must be 0 or more, e.g. leader: 20' })
    .optional(),
});

const stepSchema = strict({
  state: oneOf('state', STATES, 'states of the figure'),
  frame: z.union([z.literal('whole'), z.array(id('frame', '[aktau, kuryk]')).min(1)], {
    error:
      'must be whole, or a list of the places to frame the view on, e.g. frame: [aktau, kuryk]',
  }),
  labels: z
    .array(labelSchema, { error: 'must be a list, e.g. labels: [{ place: aktau, side: right }]' })
    .default([]),
  countries: z
    .array(id('countries', '[kazakhstan]'), {
      error: 'must be a list of country ids from the countries list, e.g. countries: [kazakhstan]',
    })
    .default([]),
  zoom: z
    .number({
      error:
        'must be a number, e.g. zoom: 3 (how far the view may zoom in at most; 1 is the whole map)',
    })
    .min(1, { error: 'must be 1 or more, e.g. zoom: 3 (1 is the whole map)' })
    .optional(),
});

const countrySchema = strict({
  id: id('id', 'kazakhstan'),
  name: text('name', 'Kazakhstan'),
  atlas: text('atlas', '"398"'),
});

/** The whole file, as the build checks it (and scripts/schemas.ts turns into its JSON Schema). */
export const routeFileSchema = strict({
  sources: idList('sources', '[interfax-2024-01-24]', 'source ids'),
  countries: z
    .array(countrySchema, {
      error:
        'must be a list of countries, e.g. countries: [{ id: kazakhstan, name: Kazakhstan, atlas: "398" }]',
    })
    .default([]),
  legs: z
    .array(legSchema, { error: 'must be a list of legs' })
    .min(1, { error: 'is empty. Add the legs of the route' }),
  steps: z.array(stepSchema, { error: 'must be a list with one entry per state of the figure' }),
});

type RouteFile = z.output<typeof routeFileSchema>;
export type LegEntry = z.output<typeof legSchema>;
export type StepEntry = z.output<typeof stepSchema>;
export type LabelEntry = z.output<typeof labelSchema>;
export type CountryEntry = z.output<typeof countrySchema>;

/** Where an entry sits in the file, e.g. legs[3] → `leg "btk"` at its line. */
function describe(
  yaml: YamlFile,
  path: PropertyKey[],
  raw: unknown,
): { entry: string; line: number | undefined } {
  const [section, index] = path;
  let line: number | undefined;
  let entry = String(section ?? 'entry');
  if (typeof section === 'string' && typeof index === 'number') {
    line = yaml.lineOf([section, index]);
    const item = (raw as Record<string, unknown[]> | null)?.[section]?.[index] as
      Record<string, unknown> | undefined;
    const name = item?.id ?? item?.state ?? item?.place;
    const kind = { legs: 'leg', steps: 'step', countries: 'country' }[section] ?? section;
    entry = `${kind} ${name === undefined ? `#${index + 1}` : `"${String(name)}"`}`;
  }
  return { entry, line };
}

/**
 * Parses and checks corridor-route.yaml against the places and the sources.
 * Every mistake names the file, the line, the entry (leg or step), the field and the fix.
 */
export function parseRoute(file: DataFile, places: Place[], ledger: Ledger): RouteFile {
  const yaml = readDocument(file);
  const { doc } = yaml;
  if (!isMap(doc.contents)) {
    throw new ContentError({
      file: file.path,
      field: 'top level',
      problem: 'is not a set of fields',
      fix: 'Start the file with the fields sources:, countries:, legs: and steps:.',
    });
  }
  const raw: unknown = doc.toJSON();
  const parsed = routeFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const { entry, line } = describe(yaml, issue.path, raw);
    const rest = issue.path
      .slice(typeof issue.path[1] === 'number' ? 2 : 1)
      .map(String)
      .join('.');
    const [problem, fix] = splitMessage(issue.message);
    throw new ContentError({
      file: file.path,
      line,
      field: rest ? `${entry} → ${rest}` : entry,
      problem,
      fix,
    });
  }
  const route = parsed.data;
  const fail = (path: PropertyKey[], field: string, problem: string, fix: string): never => {
    const { entry, line } = describe(yaml, path, raw);
    throw new ContentError({ file: file.path, line, field: `${entry} → ${field}`, problem, fix });
  };
  const checkPlace = (path: PropertyKey[], field: string, placeId: string) => {
    if (places.some((p) => p.id === placeId)) return;
    const { problem, fix } = unknownId(
      'place',
      placeId,
      places.map((p) => p.id),
      PLACES_FILE,
    );
    fail(path, field, problem, fix);
  };

  route.sources.forEach((sourceId, i) => {
    if (ledger.sources.has(sourceId)) return;
    throw new ContentError({
      file: file.path,
      line: yaml.lineOf(['sources', i]),
      field: 'sources',
      ...unknownId('source', sourceId, ledger.sources.keys(), SOURCES_FILE),
    });
  });
  const legIds = new Set<string>();
  route.legs.forEach((leg, i) => {
    if (legIds.has(leg.id)) fail(['legs', i], 'id', 'is used twice', 'Give each leg its own id.');
    legIds.add(leg.id);
    leg.places.forEach((p, j) => checkPlace(['legs', i], `places.${j}`, p));
  });
  const countryIds = new Set(route.countries.map((c) => c.id));
  const seenStates = new Set<string>();
  route.steps.forEach((step, i) => {
    if (seenStates.has(step.state))
      fail(
        ['steps', i],
        'state',
        'is listed twice',
        'Give each state of the figure one entry under steps.',
      );
    seenStates.add(step.state);
    if (step.frame !== 'whole')
      step.frame.forEach((p, j) => checkPlace(['steps', i], `frame.${j}`, p));
    step.labels.forEach((label, j) => checkPlace(['steps', i], `labels.${j}.place`, label.place));
    step.countries.forEach((c, j) => {
      if (countryIds.has(c)) return;
      const { problem, fix } = unknownId(
        'country',
        c,
        countryIds,
        'the countries list at the top of the file',
      );
      fail(['steps', i], `countries.${j}`, problem, fix);
    });
  });
  const missing = STATES.filter((s) => !seenStates.has(s));
  if (missing.length) {
    throw new ContentError({
      file: file.path,
      field: 'steps',
      problem: `has no entry for the state${missing.length > 1 ? 's' : ''} ${missing.map((s) => `"${s}"`).join(', ')}`,
      fix: `Add an entry for each state of the figure (${STATES.join(', ')}), e.g.\n  - state: ${missing[0]}\n    frame: whole`,
    });
  }
  return route;
}
