/**
 * Data for the corridor-route figure: the Middle Corridor drawn leg by leg.
 *
 * - `corridorRoute(ledger)` reads content/data/corridor-route.yaml (which places each leg joins and
 *   which step draws it) and the places it names (content/data/places.yaml), and returns them with
 *   the figure's data table and sources.
 * - `corridorRouteLayout(data)` projects all of it for the SVG: the map (Natural Earth at 1:50m,
 *   simplified to what the closest view needs), a "camera" for each step, and the attribute frames
 *   the scrolly island tweens between steps. Pure: no DOM, run at build time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'astro/zod';
import { geoArea, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { contentDir } from '../content-dir.ts';
import { closest, ContentError } from '../errors.ts';
import type { Ledger } from '../ledger.ts';
import { checkPlaceSources, getPlace, loadPlaces, type Place } from '../places.ts';
import { FIGURES } from './registry.ts';
import type { DataTable } from './table.ts';

export const ROUTE_FILE = 'content/data/corridor-route.yaml';

export const STATES = FIGURES['corridor-route'].states;
export type RouteState = (typeof STATES)[number];
export const OVERVIEW: RouteState = STATES[0];

export const ACTORS = ['kazakhstan', 'china', 'caucasus', 'west', 'russia', 'neutral'] as const;
export type Actor = (typeof ACTORS)[number];
export const SIDES = ['right', 'left', 'above', 'below', 'above-right', 'above-left', 'below-right', 'below-left'] as const;
export type Side = (typeof SIDES)[number];
const ONWARD = ['west', 'northwest'] as const;

// ---------------------------------------------------------------------------
// The data file
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Figure data: places, legs, steps, table, sources
// ---------------------------------------------------------------------------

export interface RoutePlace extends Place {
  /** The first state in which a leg reaches this place (or its label first appears). */
  firstState: RouteState;
}

export interface RouteLeg extends LegEntry {
  /** The places the leg joins, in order. */
  points: RoutePlace[];
}

export interface RouteStep extends Omit<StepEntry, 'state'> {
  state: RouteState;
}

export interface CorridorRouteData {
  places: RoutePlace[];
  legs: RouteLeg[];
  steps: RouteStep[];
  countries: CountryEntry[];
  sources: string[];
  table: DataTable;
}

/** Position of a state in the figure's order; the overview comes first. */
export const stateIndex = (state: string): number => (STATES as readonly string[]).indexOf(state);

/** What the table says each state shows, in reader's words. */
const STATE_LABELS: Record<RouteState, string> = {
  overview: 'Whole route',
  border: 'Border crossings',
  kazakhstan: 'Across Kazakhstan',
  'caspian-ports': 'Caspian ports',
  caspian: 'Caspian crossing',
  baku: 'Port of Baku',
  tbilisi: 'Rail to Tbilisi',
  'black-sea': 'Black Sea ports',
  kars: 'Baku–Tbilisi–Kars line',
  europe: 'On to Europe',
  'northern-route': 'Northern route',
};

export function corridorRoute(ledger: Ledger, options: { dir?: string; places?: Place[] } = {}): CorridorRouteData {
  const dir = options.dir ?? contentDir();
  const path = join(dir, 'data/corridor-route.yaml');
  const allPlaces = options.places ?? loadPlaces(dir);
  const route = parseRoute({ path: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') }, allPlaces, ledger);

  const steps = [...route.steps].sort((a, b) => stateIndex(a.state) - stateIndex(b.state)) as RouteStep[];
  // A place enters the figure with the first leg that reaches it, or the first step that names it.
  const first = new Map<string, RouteState>();
  const enter = (placeId: string, state: RouteState) => {
    const now = first.get(placeId);
    if (now === undefined || (stateIndex(state) < stateIndex(now) && state !== OVERVIEW)) first.set(placeId, state);
  };
  for (const leg of route.legs) for (const p of leg.places) enter(p, leg.state);
  for (const step of steps) if (step.state !== OVERVIEW) for (const l of step.labels) enter(l.place, step.state);
  // Within a step, places come in the order of the legs that reach them; places no leg reaches come last.
  const legOrder = (placeId: string) => {
    const index = route.legs.findIndex((l) => l.places.includes(placeId));
    return index < 0 ? route.legs.length : index;
  };
  const places: RoutePlace[] = [...first.entries()]
    .map(([placeId, firstState]) => ({ ...getPlace(allPlaces, placeId, ROUTE_FILE), firstState }))
    .sort((a, b) => stateIndex(a.firstState) - stateIndex(b.firstState) || legOrder(a.id) - legOrder(b.id));
  const byId = new Map(places.map((p) => [p.id, p]));
  const legs: RouteLeg[] = route.legs.map((leg) => ({ ...leg, points: leg.places.map((p) => byId.get(p)!) }));

  // Every position's source must be in the sources list, so the figure's source line can link it.
  checkPlaceSources(places, ledger);
  const sources = [...new Set([...route.sources, ...places.flatMap((p) => p.sources)])];
  const sourceName = (s: string) => ledger.sources.get(s)?.publisher ?? s;
  const schematic = legs.filter((l) => l.schematic);

  const table: DataTable = {
    caption: 'Places on the Middle Corridor map, in route order',
    columns: ['Place', 'Latitude', 'Longitude', 'Step', 'Status', 'Source of position'],
    rows: [
      ...places.map((p) => [p.name, p.lat, p.lon, STATE_LABELS[p.firstState], p.approximate ? 'approximate' : 'reported', p.sources.length ? p.sources.map(sourceName).join('; ') : 'none: well-known or unverified position']),
      ...schematic.map((l) => [`${STATE_LABELS[l.state]} from ${l.points.map((p) => p.name).join(', ')}${l.label ? ` (${l.label})` : ''}`, '', '', STATE_LABELS[l.state], 'schematic', 'no coordinates: drawn schematically']),
    ],
    notes: [
      'Legs are drawn as straight lines between the places listed; they show the order of the route, not the path of the track.',
      `Approximate positions (${places.filter((p) => p.approximate).map((p) => p.name).join(', ')}) are well-known or unverified rather than taken from a cited source; the map shows them as hollow markers.`,
      ...schematic.map((l) => `${l.label ?? l.id}: drawn schematically from ${l.points.map((p) => p.name).join(', ')} toward Europe, for contrast; the sources give no coordinates for it.`),
      'Europe lies beyond the left edge of the map; the arrow shows the direction only.',
    ],
  };
  return { places, legs, steps, countries: route.countries, sources, table };
}

// ---------------------------------------------------------------------------
// Layout: projection, map, cameras and frames
// ---------------------------------------------------------------------------

/** The map's frame in SVG units; font sizes are in the same units (520 wide ≈ 360 px on a phone). */
export const SIZE = { width: 520, height: 300 } as const;
/** The region the overview shows: the route from the Bosporus to Xinjiang, in degrees. */
const EXTENT = { west: 22, east: 85, south: 36, north: 52 } as const;
/** Standard parallels of the conic projection: about a sixth of the span in from each edge. */
const PARALLELS: [number, number] = [38.5, 49.5];

export const STYLE = {
  marker: 4.5,
  markerStroke: 1.5,
  rail: 3,
  ferry: 2.5,
  /** Ferry dashes, in screen units. */
  dash: [6, 4] as [number, number],
  font: 16,
  countryFont: 15,
  legendFont: 15,
  /** Height of the legend strip along the bottom edge. */
  legendBand: 26,
  halo: 3.5,
  arrow: 9,
  /** Room around the framed places, for their labels. */
  pad: { x: 96, y: 52 },
  maxZoom: 6,
  /** Largest simplification error, in screen units at the closest zoom of each area. */
  tolerance: 0.35,
} as const;

export function routeProjection(width: number = SIZE.width, height: number = SIZE.height): GeoProjection {
  const { west, east, south, north } = EXTENT;
  const edge: Array<[number, number]> = [];
  for (let i = 0; i <= 8; i++) edge.push([west + ((east - west) * i) / 8, south], [west + ((east - west) * i) / 8, north]);
  return geoConicEqualArea()
    .parallels(PARALLELS)
    .rotate([-(west + east) / 2, 0])
    .fitExtent([[0, 0], [width, height]], { type: 'MultiPoint', coordinates: edge });
}

export interface Camera {
  k: number;
  x: number;
  y: number;
}

const round = (n: number, digits = 1) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

/** Frames a set of projected points, zoomed in as far as the labels' padding allows, and kept inside the map. */
export function fitCamera(points: Array<[number, number]>, width: number = SIZE.width, height: number = SIZE.height, maxZoom: number = STYLE.maxZoom): Camera {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.max(1, Math.min(maxZoom, STYLE.maxZoom, (width - 2 * STYLE.pad.x) / Math.max(x1 - x0, 1e-6), (height - 2 * STYLE.pad.y - STYLE.legendBand) / Math.max(y1 - y0, 1e-6)));
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const x = clamp(width / 2 - k * (x0 + x1) / 2, width - k * width, 0);
  const y = clamp((height - STYLE.legendBand) / 2 - k * (y0 + y1) / 2, height - k * height, 0);
  return { k: round(k, 3), x: round(x, 2), y: round(y, 2) };
}

/** The part of the base map a camera shows, in base units. */
const viewOf = (c: Camera, width: number = SIZE.width, height: number = SIZE.height) => ({ x0: -c.x / c.k, y0: -c.y / c.k, x1: (width - c.x) / c.k, y1: (height - c.y) / c.k });

// --- map geometry ---

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function loadTopology(): CountriesTopology {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as CountriesTopology;
}

/** Twice the signed area of a planar ring. */
function ringArea(ring: Array<[number, number]>): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return sum;
}

/** Douglas–Peucker on one projected arc, with a tolerance that depends on where the segment lies. */
function simplifyArc(xy: Array<[number, number]>, tolerance: (x: number, y: number) => number): boolean[] {
  const last = xy.length - 1;
  const keep = xy.map((_, i) => i === 0 || i === last);
  const stack: Array<[number, number]> = [[0, last]];
  // Every arc keeps at least one inner point, and a ring made of one arc two, so that no ring can
  // collapse to a line: d3-geo would read a flat ring as covering the rest of the globe.
  if (last >= 3 && xy[0]![0] === xy[last]![0] && xy[0]![1] === xy[last]![1]) {
    const [i, j] = [Math.round(last / 3), Math.round((2 * last) / 3)];
    keep[i] = keep[j] = true;
    stack.length = 0;
    stack.push([0, i], [i, j], [j, last]);
  } else if (last >= 2) {
    const i = Math.round(last / 2);
    keep[i] = true;
    stack.length = 0;
    stack.push([0, i], [i, last]);
  }
  while (stack.length) {
    const [a, b] = stack.pop()!;
    if (b - a < 2) continue;
    const [ax, ay] = xy[a]!;
    const [bx, by] = xy[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    let worst = -1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = xy[i]!;
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > worst) {
        worst = d;
        index = i;
      }
    }
    if (worst > Math.min(tolerance(ax, ay), tolerance(bx, by))) {
      keep[index] = true;
      stack.push([a, index], [index, b]);
    }
  }
  return keep;
}

/**
 * Natural Earth 1:50m, with each shared arc simplified once (so borders stay seamless), finer
 * where a step zooms in and coarser elsewhere. Returns lon/lat topology without quantisation.
 */
function simplifiedTopology(projection: GeoProjection, tolerance: (x: number, y: number) => number, near: (x: number, y: number) => boolean): CountriesTopology {
  const topology = loadTopology();
  const { scale, translate } = topology.transform ?? { scale: [1, 1], translate: [0, 0] };
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const lonlat = arc.map(([dx, dy]) => {
      x += dx!;
      y += dy!;
      return topology.transform ? ([x * scale[0] + translate[0], y * scale[1] + translate[1]] as [number, number]) : ([dx!, dy!] as [number, number]);
    });
    const xy = lonlat.map((p) => (projection(p) ?? [Number.NaN, Number.NaN]) as [number, number]);
    // Arcs far off the map are left alone: they are clipped away, and the projection distorts them too much to simplify.
    if (xy.some(([px, py]) => !Number.isFinite(px) || !Number.isFinite(py) || !near(px, py))) return lonlat;
    const keep = simplifyArc(xy, tolerance);
    const kept = xy.filter((_, i) => keep[i]);
    // A small island drawn as one arc keeps its full outline if simplifying would flatten or turn it over.
    const closed = xy.length > 3 && xy[0]![0] === xy.at(-1)![0] && xy[0]![1] === xy.at(-1)![1];
    if (closed && (Math.sign(ringArea(kept)) !== Math.sign(ringArea(xy)) || Math.abs(ringArea(kept)) < 1e-3)) return lonlat;
    return lonlat.filter((_, i) => keep[i]);
  });
  const { transform: _omit, ...rest } = topology;
  void _omit;
  return { ...rest, arcs } as CountriesTopology;
}

// --- frames ---

export type Attrs = Record<string, string | number>;
/** Attribute values per state; "*" is the overview, which is also what the server renders. */
export type Frames = Record<string, Attrs>;

/** Builds frames from a function of the state: "*" holds the overview, other states only where they differ. */
export function framesOf(attrs: (state: RouteState) => Attrs): Frames {
  const base = attrs(OVERVIEW);
  const frames: Frames = { '*': base };
  for (const state of STATES) {
    if (state === OVERVIEW) continue;
    const value = attrs(state);
    if (Object.keys(value).some((key) => value[key] !== base[key])) frames[state] = value;
  }
  return frames;
}

export interface LegLayout {
  id: string;
  state: RouteState;
  actor: Actor;
  mode: 'rail' | 'ferry';
  schematic: boolean;
  /** Longest the line gets on screen, over all steps. */
  length: number;
  dasharray: string;
  /** Per state: d (the line on screen) and stroke-dashoffset (drawn or not). */
  frames: Frames;
  arrow?: Frames;
  label?: { text: string; anchor: 'start' | 'middle' | 'end'; frames: Frames };
}

export interface MarkerLayout {
  id: string;
  name: string;
  approximate: boolean;
  on: RouteState[];
  frames: Frames;
}

export interface LabelLayout {
  place: string;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  states: RouteState[];
  frames: Frames;
  leader?: Frames;
}

export interface CountryLabelLayout {
  id: string;
  text: string;
  states: RouteState[];
  frames: Frames;
}

/** A label's box in screen units (the SVG's viewBox), for collision checks. */
export interface Box {
  id: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface CorridorRouteLayout {
  width: number;
  height: number;
  /** Land and borders, in base units: the only things the camera transform scales. */
  land: string;
  borders: string;
  cameras: Record<RouteState, Camera>;
  cameraFrames: Frames;
  /** Everything else is placed in screen units for each step, so text and lines keep their size while the view zooms. */
  legs: LegLayout[];
  markers: MarkerLayout[];
  labels: LabelLayout[];
  countryLabels: CountryLabelLayout[];
  /** Screen boxes of every label shown in a state: labels, country names and leg labels. */
  boxes: (state: RouteState) => Box[];
  /** Screen boxes of the markers shown in a state. */
  markerBoxes: (state: RouteState) => Box[];
  /** Whether a box lies inside the map, clear of the legend. */
  inside: (box: Box) => boolean;
}

/** Golos Text's average advance is a little over half an em; used to keep labels apart. */
export const textWidth = (s: string, size: number) => s.length * size * 0.56;

const DIRECTION: Record<Side, [number, number]> = {
  right: [1, 0],
  left: [-1, 0],
  above: [0, -1],
  below: [0, 1],
  'above-right': [0.8, -0.8],
  'above-left': [-0.8, -0.8],
  'below-right': [0.8, 0.8],
  'below-left': [-0.8, 0.8],
};
const ANCHOR: Record<Side, 'start' | 'middle' | 'end'> = {
  right: 'start',
  left: 'end',
  above: 'middle',
  below: 'middle',
  'above-right': 'start',
  'above-left': 'end',
  'below-right': 'start',
  'below-left': 'end',
};

/** Where a label goes relative to its point, in screen units: the text's anchor point (baseline), and its leader line. */
function labelOffset(side: Side, leader: number, size: number): { dx: number; dy: number; lead: [number, number, number, number] | undefined } {
  const [ux, uy] = DIRECTION[side];
  const gap = STYLE.marker + 3 + leader;
  const dx = ux * gap;
  const dy = uy === 0 ? size * 0.35 : uy < 0 ? uy * gap - size * 0.22 : uy * gap + size * 0.75;
  const lead = leader > 0 ? ([ux * (STYLE.marker + 1.5), uy * (STYLE.marker + 1.5), ux * (gap - 2), uy * (gap - 2)] as [number, number, number, number]) : undefined;
  return { dx, dy, lead };
}

const ONWARD_DIRECTION: Record<(typeof ONWARD)[number], [number, number]> = { west: [-1, -0.18], northwest: [-1, -0.6] };

type XY = [number, number];
const fmt = (p: XY) => `${round(p[0], 1)},${round(p[1], 1)}`;

export function corridorRouteLayout(data: CorridorRouteData, width: number = SIZE.width, height: number = SIZE.height): CorridorRouteLayout {
  const projection = routeProjection(width, height);
  const placeXY = new Map(data.places.map((p) => [p.id, projection([p.lon, p.lat]) as XY]));
  const step = (state: RouteState) => data.steps.find((s) => s.state === state)!;

  const cameras = Object.fromEntries(
    STATES.map((state) => {
      const { frame, zoom } = step(state);
      return [state, frame === 'whole' ? { k: 1, x: 0, y: 0 } : fitCamera(frame.map((id) => placeXY.get(id) ?? (projection([getPlace(data.places, id).lon, getPlace(data.places, id).lat]) as XY)), width, height, zoom)];
    }),
  ) as Record<RouteState, Camera>;
  const k = (state: RouteState) => cameras[state].k;
  /**
   * Base units to screen units in a state. d3 tweens the camera's translate and scale linearly, so
   * a map point moves linearly on screen too: tweening these screen positions keeps labels, markers
   * and lines fixed to the map all through a zoom.
   */
  const screen = (state: RouteState, [x, y]: XY): XY => [cameras[state].x + cameras[state].k * x, cameras[state].y + cameras[state].k * y];
  const cameraFrames = framesOf((s) => ({ transform: `translate(${cameras[s].x},${cameras[s].y}) scale(${cameras[s].k})` }));

  // Map: detail where a step zooms in, coarse elsewhere; clipped to the frame.
  const views = STATES.map((s) => ({ k: k(s), ...viewOf(cameras[s], width, height) }));
  const zoomAt = (x: number, y: number) => Math.max(1, ...views.filter((v) => x >= v.x0 - 20 && x <= v.x1 + 20 && y >= v.y0 - 20 && y <= v.y1 + 20).map((v) => v.k));
  const margin = Math.max(width, height) / 4;
  const near = (x: number, y: number) => x > -margin && y > -margin && x < width + margin && y < height + margin;
  const topology = simplifiedTopology(routeProjection(width, height), (x, y) => STYLE.tolerance / zoomAt(x, y), near);
  const clipped = routeProjection(width, height).clipExtent([[0, 0], [width, height]]);
  const mapPath = geoPath(clipped).digits(1);
  const countryFeatures = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
  // Only the countries in the frame: far-off shapes (Antarctica above all) would wrap the whole map once merged.
  const inFrame = new Set(
    countryFeatures
      .filter((f) => {
        const [[x0, y0], [x1, y1]] = mapPath.bounds(f);
        if (!(x1 > 0 && y1 > 0 && x0 < width && y0 < height)) return false;
        if (geoArea(f) > 2 * Math.PI) throw new Error(`corridor-route map: ${f.properties.name} turned inside out when simplified; lower STYLE.tolerance.`);
        return true;
      })
      .map((f) => String(f.id)),
  );
  const geometries = topology.objects.countries.geometries.filter((g) => inFrame.has(String(g.id)));
  const land = mapPath(merge(topology, geometries.filter((g): g is Polygon<{ name: string }> | MultiPolygon<{ name: string }> => g.type === 'Polygon' || g.type === 'MultiPolygon'))) ?? '';
  const borders = mapPath(mesh(topology, { type: 'GeometryCollection', geometries }, (a, b) => a !== b)) ?? '';

  const drawnIn = (leg: RouteLeg, state: RouteState) => state === OVERVIEW || stateIndex(state) >= stateIndex(leg.state);

  // Legs: straight lines between the projected places (the schematic one a curve), redrawn on screen for each step.
  const legs: LegLayout[] = data.legs.map((leg) => {
    const base: XY[] = leg.points.map((p) => placeXY.get(p.id)!);
    let shape: { kind: 'line'; points: XY[] } | { kind: 'curve'; points: [XY, XY, XY, XY] };
    let tangent: XY;
    if (leg.schematic) {
      // No coordinates exist for it: a smooth curve from its first place, north and then west off the map.
      const start = base[0]!;
      const c1: XY = [start[0] - width * 0.02, height * 0.06];
      const c2: XY = [width * 0.42, height * 0.02];
      const end: XY = [0, height * 0.12];
      shape = { kind: 'curve', points: [start, c1, c2, end] };
      tangent = [end[0] - c2[0], end[1] - c2[1]];
    } else {
      const points = [...base];
      tangent = [1, 0];
      if (leg.onward) {
        // On to the left edge of the map, for a destination with no coordinates.
        const [dx, dy] = ONWARD_DIRECTION[leg.onward];
        const last = points.at(-1)!;
        points.push([0, last[1] + (dy * last[0]) / -dx]);
        tangent = [dx, dy];
      }
      shape = { kind: 'line', points };
    }
    const baseLength = shape.kind === 'curve' ? bezierLength(...shape.points) : shape.points.slice(1).reduce((sum, p, i) => sum + Math.hypot(p[0] - shape.points[i]![0], p[1] - shape.points[i]![1]), 0);
    const d = (s: RouteState) => {
      const pts = shape.points.map((p) => screen(s, p));
      return shape.kind === 'curve' ? `M${fmt(pts[0]!)}C${fmt(pts[1]!)} ${fmt(pts[2]!)} ${fmt(pts[3]!)}` : `M${pts.map(fmt).join('L')}`;
    };
    // One dash pattern for every step, in screen units: long enough for the line at its closest zoom.
    const length = round(baseLength * Math.max(...STATES.map(k)) + 1, 1);
    let dasharray: string;
    let hidden: number;
    if (leg.mode === 'ferry') {
      // A dashed line that can still be drawn in: the dashes, then a gap as long as the line.
      const [dash, gap] = STYLE.dash;
      const n = Math.ceil(length / (dash + gap));
      dasharray = `${Array.from({ length: n }, () => `${dash} ${gap}`).join(' ')} 0 ${length}`;
      hidden = n * (dash + gap);
    } else {
      dasharray = `${length} ${length}`;
      hidden = length;
    }
    const layout: LegLayout = { id: leg.id, state: leg.state, actor: leg.actor, mode: leg.mode, schematic: !!leg.schematic, length, dasharray, frames: framesOf((s) => ({ d: d(s), 'stroke-dashoffset': drawnIn(leg, s) ? 0 : hidden })) };
    if (leg.onward || leg.schematic) {
      const n = Math.hypot(tangent[0], tangent[1]);
      const [ux, uy] = [tangent[0] / n, tangent[1] / n];
      const a = STYLE.arrow;
      layout.arrow = framesOf((s) => {
        const end = screen(s, shape.points.at(-1)!);
        const back: XY = [end[0] - ux * a, end[1] - uy * a];
        return { d: `M${fmt(end)}L${fmt([back[0] - uy * a * 0.55, back[1] + ux * a * 0.55])}L${fmt([back[0] + uy * a * 0.55, back[1] - ux * a * 0.55])}Z`, opacity: drawnIn(leg, s) ? 1 : 0 };
      });
    }
    if (leg.label) {
      // Beside the line, in the whole-map view only: under the schematic curve a third of the way across, above the arrow's tip otherwise.
      const anchor = leg.schematic ? 'middle' : 'start';
      const x = leg.schematic ? width * 0.3 : 4;
      const y = shape.kind === 'curve' ? bezierAt(...shape.points, x) + STYLE.font * 1.4 : shape.points.at(-1)![1] - STYLE.font * 0.7;
      layout.label = { text: leg.label, anchor, frames: framesOf((s) => ({ x: round(x), y: round(y), opacity: drawnIn(leg, s) && k(s) === 1 ? 1 : 0 })) };
    }
    return layout;
  });

  // Markers: shown once a leg reaches the place (everything in the overview), highlighted where a step names it.
  const labelled = (state: RouteState, placeId: string) => step(state).labels.some((l) => l.place === placeId);
  const markers: MarkerLayout[] = data.places.map((p) => {
    const xy = placeXY.get(p.id)!;
    const visible = (s: RouteState) => s === OVERVIEW || stateIndex(s) >= stateIndex(p.firstState);
    return {
      id: p.id,
      name: p.name,
      approximate: p.approximate,
      on: STATES.filter((s) => s !== OVERVIEW && labelled(s, p.id)),
      frames: framesOf((s) => {
        const [cx, cy] = screen(s, xy);
        return { cx: round(cx, 1), cy: round(cy, 1), r: visible(s) ? STYLE.marker : 0 };
      }),
    };
  });

  // Labels: one element per place, side and wording; shown only in the steps that name it.
  const labelKey = (l: LabelEntry) => `${l.place}|${l.side}|${l.leader ?? 0}|${l.text ?? ''}`;
  const labelGroups = new Map<string, { entry: LabelEntry; states: RouteState[] }>();
  for (const s of data.steps) {
    for (const l of s.labels) {
      const key = labelKey(l);
      const group = labelGroups.get(key) ?? { entry: l, states: [] };
      group.states.push(s.state);
      labelGroups.set(key, group);
    }
  }
  const labels: LabelLayout[] = [...labelGroups.values()].map(({ entry, states }) => {
    const xy = placeXY.get(entry.place)!;
    const { dx, dy, lead } = labelOffset(entry.side, entry.leader ?? 0, STYLE.font);
    const shown = (s: RouteState) => (states.includes(s) ? 1 : 0);
    const layout: LabelLayout = {
      place: entry.place,
      text: entry.text ?? getPlace(data.places, entry.place).name,
      anchor: ANCHOR[entry.side],
      states,
      frames: framesOf((s) => {
        const [px, py] = screen(s, xy);
        return { x: round(px + dx, 1), y: round(py + dy, 1), opacity: shown(s) };
      }),
    };
    if (lead) {
      layout.leader = framesOf((s) => {
        const [px, py] = screen(s, xy);
        return { x1: round(px + lead[0], 1), y1: round(py + lead[1], 1), x2: round(px + lead[2], 1), y2: round(py + lead[3], 1), opacity: shown(s) };
      });
    }
    return layout;
  });

  const at = (f: Frames, state: RouteState) => (f[state] ?? f['*'])!;
  const textBox = (boxId: string, t: string, anchor: 'start' | 'middle' | 'end', x: number, y: number, size: number, spacing = 0): Box => {
    const w = textWidth(t, size) + t.length * size * spacing;
    const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    return { id: boxId, x0, y0: y - size * 0.78, x1: x0 + w, y1: y + size * 0.22 };
  };
  const placeBoxes = (state: RouteState): Box[] => [
    ...labels.filter((l) => at(l.frames, state).opacity === 1).map((l) => textBox(`label:${l.place}`, l.text, l.anchor, Number(at(l.frames, state).x), Number(at(l.frames, state).y), STYLE.font)),
    ...legs.filter((leg) => leg.label && at(leg.label.frames, state).opacity === 1).map((leg) => textBox(`leg:${leg.id}`, leg.label!.text, leg.label!.anchor, Number(at(leg.label!.frames, state).x), Number(at(leg.label!.frames, state).y), STYLE.font)),
  ];
  const markerBoxes = (state: RouteState): Box[] =>
    markers
      .filter((m) => Number(at(m.frames, state).r) > 0)
      .map((m) => {
        const { cx, cy } = at(m.frames, state);
        const r = STYLE.marker + 1;
        return { id: `marker:${m.id}`, x0: Number(cx) - r, y0: Number(cy) - r, x1: Number(cx) + r, y1: Number(cy) + r };
      });
  const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const inside = (a: Box) => a.x0 >= 2 && a.y0 >= 2 && a.x1 <= width - 2 && a.y1 <= height - STYLE.legendBand;

  // Country names: at the middle of the country's part of each view, nudged clear of the place labels.
  const countryLabels: CountryLabelLayout[] = [];
  const countryBox = (c: { id: string; text: string }, x: number, y: number) => textBox(`country:${c.id}`, c.text, 'middle', x, y, STYLE.countryFont, 0.14);
  const NUDGES: XY[] = [[0, 0]];
  for (let r = 14; r <= 84; r += 14) NUDGES.push([0, -r], [0, r], [-2 * r, 0], [2 * r, 0], [-2 * r, -r], [2 * r, -r], [-2 * r, r], [2 * r, r]);
  for (const country of data.countries) {
    const f = countryFeatures.find((c) => String(c.id) === country.atlas);
    if (!f) throw new ContentError({ file: ROUTE_FILE, field: `country "${country.id}" → atlas`, problem: `"${country.atlas}" is not a country code in Natural Earth (world-atlas)`, fix: 'Use the ISO 3166 numeric code as world-atlas writes it, e.g. atlas: "398" for Kazakhstan.' });
    const byView = new Map<string, { xy: XY; states: RouteState[] }>();
    for (const s of data.steps) {
      if (!s.countries.includes(country.id)) continue;
      const v = viewOf(cameras[s.state], width, height);
      const key = `${v.x0},${v.y0},${v.x1},${v.y1}`;
      let group = byView.get(key);
      if (!group) {
        const inView = routeProjection(width, height).clipExtent([[v.x0, v.y0], [v.x1, v.y1]]);
        group = { xy: largestPartCentroid(f, inView), states: [] };
        byView.set(key, group);
      }
      group.states.push(s.state);
    }
    const text = country.name.toUpperCase();
    for (const { xy, states } of byView.values()) {
      // All states of a group share one view, so one screen position (and one nudge) serves them all.
      const [cx, cy] = screen(states[0]!, xy);
      const baseline = cy + STYLE.countryFont * 0.35;
      const fits = ([dx, dy]: XY) =>
        states.every((s) => {
          const box = countryBox({ id: country.id, text }, cx + dx, baseline + dy);
          const others = [...placeBoxes(s), ...markerBoxes(s), ...countryLabels.filter((c) => c.states.includes(s)).map((c) => countryBox(c, Number(at(c.frames, s).x), Number(at(c.frames, s).y)))];
          return inside(box) && others.every((o) => !overlaps(box, o));
        });
      const [dx, dy] = NUDGES.find(fits) ?? [0, 0];
      // In other steps the name rides along with the map, hidden.
      const offset: XY = [(cx + dx - cameras[states[0]!].x) / k(states[0]!), (baseline + dy - cameras[states[0]!].y) / k(states[0]!)];
      countryLabels.push({
        id: country.id,
        text,
        states,
        frames: framesOf((s) => {
          const [x, y] = screen(s, offset);
          return { x: round(x, 1), y: round(y, 1), opacity: states.includes(s) ? 1 : 0 };
        }),
      });
    }
  }

  const boxes = (state: RouteState): Box[] => [
    ...placeBoxes(state),
    ...countryLabels.filter((c) => at(c.frames, state).opacity === 1).map((c) => countryBox(c, Number(at(c.frames, state).x), Number(at(c.frames, state).y))),
  ];

  return { width, height, land, borders, cameras, cameraFrames, legs, markers, labels, countryLabels, boxes, markerBoxes, inside };
}

/** The centroid of a country's largest visible polygon, in base units. */
function largestPartCentroid(f: Feature<Geometry>, projection: GeoProjection): XY {
  const path = geoPath(projection);
  const parts: Feature[] = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.map((coordinates) => ({ type: 'Feature', geometry: { type: 'Polygon', coordinates }, properties: {} })) : [f as Feature];
  let best: Feature | undefined;
  let bestArea = 0;
  for (const part of parts) {
    const area = path.area(part);
    if (area > bestArea) {
      bestArea = area;
      best = part;
    }
  }
  const [x, y] = best ? path.centroid(best) : [Number.NaN, Number.NaN];
  return [x, y];
}

const bezierPoint = (p0: XY, p1: XY, p2: XY, p3: XY, t: number): XY => {
  const u = 1 - t;
  return [u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0], u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1]];
};

/** The y of a cubic Bézier where it crosses x (the curve runs right to left, once). */
function bezierAt(p0: XY, p1: XY, p2: XY, p3: XY, x: number): number {
  let best = p0[1];
  let bestDx = Infinity;
  for (let i = 0; i <= 200; i++) {
    const [bx, by] = bezierPoint(p0, p1, p2, p3, i / 200);
    if (Math.abs(bx - x) < bestDx) {
      bestDx = Math.abs(bx - x);
      best = by;
    }
  }
  return best;
}

function bezierLength(p0: XY, p1: XY, p2: XY, p3: XY): number {
  let length = 0;
  let previous = p0;
  for (let i = 1; i <= 64; i++) {
    const point = bezierPoint(p0, p1, p2, p3, i / 64);
    length += Math.hypot(point[0] - previous[0], point[1] - previous[1]);
    previous = point;
  }
  return length;
}

/** The figure's text summary (its SVG <desc>): every leg in order, in words. */
export function describeRoute(data: CorridorRouteData): string {
  const names = (leg: RouteLeg) => leg.points.map((p) => `${p.name}${p.approximate ? ' (approximate position)' : ''}`);
  const sentence = (leg: RouteLeg) => {
    const stops = names(leg);
    const how = leg.mode === 'ferry' ? 'by ferry' : 'by rail';
    if (leg.schematic) return `${leg.label ?? leg.id}: a schematic line from ${stops.join(', ')} toward Europe, for contrast`;
    const via = stops.slice(1, -1);
    const path = stops.length > 1 ? `from ${stops[0]}${via.length ? ` via ${via.join(', ')}` : ''} to ${stops.at(-1)}` : `from ${stops[0]}`;
    return `${STATE_LABELS[leg.state]}: ${path}${leg.onward ? ` and on to ${leg.label ?? 'the edge of the map'}` : ''}, ${how}`;
  };
  const main = data.legs.filter((l) => !l.schematic).map(sentence);
  const other = data.legs.filter((l) => l.schematic).map(sentence);
  return `Map of the Middle Corridor from the Chinese border to the Bosporus, leg by leg. ${main.join('. ')}. ${other.join('. ')}. Legs are straight lines between the places named, not the track itself.`;
}

/** Loads the route data and its layout together, for the component. */
export function loadCorridorRoute(ledger: Ledger): { data: CorridorRouteData; layout: CorridorRouteLayout } {
  const data = corridorRoute(ledger);
  return { data, layout: corridorRouteLayout(data) };
}

