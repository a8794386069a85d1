/** corridor-route.yaml: its schema, and parsing it into errors that name the file, line, entry and fix. */
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'astro/zod';
import { closest, ContentError } from '../../lib/errors.ts';
import type { Ledger } from '../../lib/ledger.ts';
import type { Place } from '../../lib/places.ts';
import { OVERVIEW, STATES, type RouteState } from './states.ts';

export const ROUTE_FILE = 'content/data/corridor-route.yaml';

export { OVERVIEW, STATES, type RouteState };

export const ACTORS = ['kazakhstan', 'china', 'caucasus', 'west', 'russia', 'neutral'] as const;
export type Actor = (typeof ACTORS)[number];
export const SIDES = ['right', 'left', 'above', 'below', 'above-right', 'above-left', 'below-right', 'below-left'] as const;
export type Side = (typeof SIDES)[number];
export const ONWARD = ['west', 'northwest'] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = (name: string, example: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `missing. Add a line: ${name}: ${example}` : `must be text, e.g. ${name}: ${example}`) })
    .regex(ID, { error: `must be lower-case words joined by hyphens, e.g. ${name}: ${example}` });
const text = (name: string, example: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `missing. Add a line: ${name}: ${example}` : `must be text, e.g. ${name}: ${example}`) })
    .trim()
    .min(1, { error: `is empty. Write it, e.g. ${name}: ${example}` });
const oneOf = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? `missing. Add a line: ${name}: ${values[0]}` : `"${String(issue.input)}" is not allowed. Use one of: ${values.join(', ')}`) });
const strict = <S extends z.ZodRawShape>(shape: S) =>
  z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}. Allowed fields: ${Object.keys(shape).join(', ')}. Check the spelling` : undefined),
  });

const legSchema = strict({
  id: id('id', 'dostyk-aktau'),
  state: oneOf('state', STATES),
  mode: oneOf('mode', ['rail', 'ferry'] as const),
  actor: oneOf('actor', ACTORS),
  places: z.array(id('places', '[dostyk, aktau]'), { error: 'must be a list of place ids, e.g. places: [dostyk, aktau]' }).min(1, { error: 'is empty. Name the places the leg joins, e.g. places: [dostyk, aktau]' }),
  onward: oneOf('onward', ONWARD).optional(),
  schematic: z.boolean({ error: 'must be true or false' }).optional(),
  label: text('label', 'Europe').optional(),
}).refine((leg) => leg.places.length >= 2 || leg.onward !== undefined, {
  path: ['places'],
  error: 'names only one place. Add the place the leg goes to, e.g. places: [dostyk, aktau], or give a direction to the map edge: onward: west',
});

const labelSchema = strict({
  place: id('place', 'aktau'),
  side: oneOf('side', SIDES).default('right'),
  text: text('text', 'Aktau').optional(),
  leader: z.number({ error: 'must be a number of map units, e.g. leader: 20' }).min(0, { error: 'must be 0 or more, e.g. leader: 20' }).optional(),
});

const stepSchema = strict({
  state: oneOf('state', STATES),
  frame: z.union([z.literal('whole'), z.array(id('frame', '[aktau, kuryk]')).min(1)], { error: 'must be whole, or a list of the places to frame the view on, e.g. frame: [aktau, kuryk]' }),
  labels: z.array(labelSchema, { error: 'must be a list, e.g. labels: [{ place: aktau, side: right }]' }).default([]),
  countries: z.array(id('countries', '[kazakhstan]'), { error: 'must be a list of country ids from the countries list, e.g. countries: [kazakhstan]' }).default([]),
  zoom: z.number({ error: 'must be a number, e.g. zoom: 3 (how far the view may zoom in at most; 1 is the whole map)' }).min(1, { error: 'must be 1 or more, e.g. zoom: 3 (1 is the whole map)' }).optional(),
});

const countrySchema = strict({
  id: id('id', 'kazakhstan'),
  name: text('name', 'Kazakhstan'),
  atlas: text('atlas', '"398"'),
});

const fileSchema = strict({
  sources: z.array(id('sources', '[interfax-2024-01-24]'), { error: 'must be a list of source ids, e.g. sources: [interfax-2024-01-24]' }).min(1, { error: 'is empty. Name the sources for the route, e.g. sources: [interfax-2024-01-24]' }),
  countries: z.array(countrySchema, { error: 'must be a list of countries, e.g. countries: [{ id: kazakhstan, name: Kazakhstan, atlas: "398" }]' }).default([]),
  legs: z.array(legSchema, { error: 'must be a list of legs' }).min(1, { error: 'is empty. Add the legs of the route' }),
  steps: z.array(stepSchema, { error: 'must be a list with one entry per state of the figure' }),
});

type RouteFile = z.output<typeof fileSchema>;
export type LegEntry = z.output<typeof legSchema>;
export type StepEntry = z.output<typeof stepSchema>;
export type LabelEntry = z.output<typeof labelSchema>;
export type CountryEntry = z.output<typeof countrySchema>;

function splitMessage(message: string): [string, string] {
  const cut = message.search(/\. (?=[A-Z])/);
  return cut > 0 ? [message.slice(0, cut), message.slice(cut + 2)] : [message, 'See the comment at the top of the file for the format.'];
}

/** Where an entry sits in the file, e.g. legs[3] → `leg "btk"` at its line. */
function describe(doc: Document, lines: LineCounter, path: PropertyKey[], raw: unknown): { entry: string; line: number | undefined } {
  const [section, index] = path;
  let line: number | undefined;
  let entry = String(section ?? 'entry');
  if (typeof section === 'string' && typeof index === 'number') {
    const node = doc.getIn([section, index], true) as { range?: [number, number, number] } | undefined;
    if (node?.range) line = lines.linePos(node.range[0]).line;
    const item = (raw as Record<string, unknown[]> | null)?.[section]?.[index] as Record<string, unknown> | undefined;
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
export function parseRoute(file: { path: string; text: string }, places: Place[], ledger: Ledger): RouteFile {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new ContentError({ file: file.path, line: yamlError.linePos?.[0]?.line, field: 'YAML syntax', problem: yamlError.message.split('\n')[0] ?? 'cannot be read', fix: 'Check the indentation and quoting on that line; text containing ": " or "#" needs quotes.' });
  }
  if (!isMap(doc.contents)) {
    throw new ContentError({ file: file.path, field: 'top level', problem: 'is not a set of fields', fix: 'Start the file with the fields sources:, countries:, legs: and steps:.' });
  }
  const raw: unknown = doc.toJSON();
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const { entry, line } = describe(doc, lines, issue.path, raw);
    const rest = issue.path.slice(typeof issue.path[1] === 'number' ? 2 : 1).map(String).join('.');
    const [problem, fix] = splitMessage(issue.message);
    throw new ContentError({ file: file.path, line, field: rest ? `${entry} → ${rest}` : entry, problem, fix });
  }
  const route = parsed.data;
  const fail = (path: PropertyKey[], field: string, problem: string, fix: string): never => {
    const { entry, line } = describe(doc, lines, path, raw);
    throw new ContentError({ file: file.path, line, field: `${entry} → ${field}`, problem, fix });
  };
  const checkPlace = (path: PropertyKey[], field: string, placeId: string) => {
    if (places.some((p) => p.id === placeId)) return;
    const hint = closest(placeId, places.map((p) => p.id));
    fail(path, field, `names the place "${placeId}", which is not in content/data/places.yaml`, hint ? `Did you mean "${hint}"? Otherwise add the place, with its source, to content/data/places.yaml.` : 'Add the place, with its source, to content/data/places.yaml, or correct the id.');
  };

  route.sources.forEach((sourceId, i) => {
    if (ledger.sources.has(sourceId)) return;
    const hint = closest(sourceId, ledger.sources.keys());
    const node = doc.getIn(['sources', i], true) as { range?: [number, number, number] } | undefined;
    throw new ContentError({ file: file.path, line: node?.range ? lines.linePos(node.range[0]).line : undefined, field: 'sources', problem: `names the source "${sourceId}", which is not in content/data/sources.yaml`, fix: hint ? `Did you mean "${hint}"?` : 'Add it to content/data/sources.yaml, or correct the id.' });
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
    if (seenStates.has(step.state)) fail(['steps', i], 'state', 'is listed twice', 'Give each state of the figure one entry under steps.');
    seenStates.add(step.state);
    if (step.frame !== 'whole') step.frame.forEach((p, j) => checkPlace(['steps', i], `frame.${j}`, p));
    step.labels.forEach((label, j) => checkPlace(['steps', i], `labels.${j}.place`, label.place));
    step.countries.forEach((c, j) => {
      if (countryIds.has(c)) return;
      const hint = closest(c, countryIds);
      fail(['steps', i], `countries.${j}`, `names the country "${c}", which is not in the countries list at the top of the file`, hint ? `Did you mean "${hint}"?` : 'Add it to the countries list, or correct the id.');
    });
  });
  const missing = STATES.filter((s) => !seenStates.has(s));
  if (missing.length) {
    throw new ContentError({ file: file.path, field: 'steps', problem: `has no entry for the state${missing.length > 1 ? 's' : ''} ${missing.map((s) => `"${s}"`).join(', ')}`, fix: `Add an entry for each state of the figure (${STATES.join(', ')}), e.g.\n  - state: ${missing[0]}\n    frame: whole` });
  }
  return route;
}
