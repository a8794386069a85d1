/**
 * Data and layout for the locator-map figure: Eurasia, then Kazakhstan, its
 * border with Russia, China, the Central Asian states, and the Europe–Asia span
 * from Istanbul through Astana to Khorgos. Countries are Natural Earth outlines;
 * the three places come from content/data/places.yaml.
 */
import { geoConicEqualArea, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import { COUNTRY, countryPaths, loadCountries, sharedBorder, type Resolution } from '../geo.ts';
import type { Ledger } from '../ledger.ts';
import { checkPlaceSources, getPlace, loadPlaces, type Place } from '../places.ts';
import { FIGURES, type FigureState } from './registry.ts';
import type { DataTable } from './table.ts';

const WHERE = 'src/lib/figures/locator-map.ts';

export type LocatorState = FigureState<'locator-map'>;
export const STATES = FIGURES['locator-map'].states as readonly LocatorState[];

/** How each step is named in the data table. */
export const STATE_LABEL: Record<LocatorState, string> = {
  eurasia: 'Eurasia',
  kazakhstan: 'Kazakhstan',
  'russia-border': 'The border with Russia',
  china: 'China',
  'central-asia': 'Central Asia',
  'europe-asia': 'From Europe to China',
};

export type CountryKey = keyof typeof COUNTRY;
/** The site's actor colours (src/styles/tokens.css). */
export type Actor = 'kazakhstan' | 'russia' | 'china' | 'central-asia';

export interface HighlightedCountry {
  key: CountryKey;
  /** ISO 3166 numeric code, as Natural Earth (world-atlas) gives it. */
  id: string;
  /** The Natural Earth name. */
  name: string;
  actor: Actor;
  /** The steps that colour it. */
  states: LocatorState[];
  /** Whether it shares a land border with Kazakhstan, read from the Natural Earth outlines. */
  bordersKazakhstan: boolean;
}

export interface BorderLine {
  /** The neighbour whose border with Kazakhstan is drawn. */
  with: CountryKey;
  actor: Actor;
  states: LocatorState[];
  line: MultiLineString;
}

export interface LocatorMapData {
  countries: HighlightedCountry[];
  borders: BorderLine[];
  /** The Europe–Asia span, west to east: Istanbul, Astana, Khorgos. */
  span: Place[];
  spanStates: LocatorState[];
  /** Which countries each step colours. */
  highlighted: Record<LocatorState, CountryKey[]>;
  resolution: Resolution;
  sources: string[];
  table: DataTable;
}

/** Natural Earth at 1:110m: coarse, but enough at these zooms and light on the page. */
const RESOLUTION: Resolution = '110m';

const COUNTRIES: Array<{ key: CountryKey; actor: Actor; states: LocatorState[] }> = [
  { key: 'kazakhstan', actor: 'kazakhstan', states: ['kazakhstan', 'russia-border', 'china', 'central-asia', 'europe-asia'] },
  { key: 'russia', actor: 'russia', states: ['russia-border'] },
  { key: 'china', actor: 'china', states: ['china', 'europe-asia'] },
  { key: 'kyrgyzstan', actor: 'central-asia', states: ['central-asia'] },
  { key: 'uzbekistan', actor: 'central-asia', states: ['central-asia'] },
  { key: 'turkmenistan', actor: 'central-asia', states: ['central-asia'] },
  { key: 'tajikistan', actor: 'central-asia', states: ['central-asia'] },
];

const BORDERS: Array<{ with: CountryKey; actor: Actor; states: LocatorState[] }> = [
  { with: 'russia', actor: 'russia', states: ['russia-border'] },
  { with: 'china', actor: 'china', states: ['china'] },
];

/**
 * How strongly Kazakhstan is filled in each step: quiet in the overview, full in its own
 * step and the last, and held back while a neighbour is the subject.
 */
export const KAZAKHSTAN_OPACITY: Record<LocatorState, number> = {
  eurasia: 0.45,
  kazakhstan: 1,
  'russia-border': 0.5,
  china: 0.5,
  'central-asia': 0.5,
  'europe-asia': 1,
};

const SPAN = ['istanbul', 'astana', 'khorgos'] as const;
const SPAN_STATES: LocatorState[] = ['europe-asia'];

function bordersKazakhstan(id: string): boolean {
  return id !== COUNTRY.kazakhstan && sharedBorder(COUNTRY.kazakhstan, id, RESOLUTION).coordinates.length > 0;
}

export function locatorMap(ledger: Ledger): LocatorMapData {
  const names = new Map(loadCountries(RESOLUTION).map((c) => [c.id, c.properties.name]));
  const countries: HighlightedCountry[] = COUNTRIES.map(({ key, actor, states }) => ({
    key,
    id: COUNTRY[key],
    name: names.get(COUNTRY[key]) ?? key,
    actor,
    states,
    bordersKazakhstan: bordersKazakhstan(COUNTRY[key]),
  }));
  const borders: BorderLine[] = BORDERS.map((b) => ({ ...b, line: sharedBorder(COUNTRY.kazakhstan, COUNTRY[b.with], RESOLUTION) }));
  const places = loadPlaces();
  const span = SPAN.map((id) => getPlace(places, id, WHERE));
  const highlighted = Object.fromEntries(STATES.map((s) => [s, countries.filter((c) => c.states.includes(s)).map((c) => c.key)])) as Record<LocatorState, CountryKey[]>;

  checkPlaceSources(places, ledger);
  const sources = ['antic-2024', ...new Set(span.flatMap((p) => p.sources))];

  const stepsOf = (states: LocatorState[]) => states.map((s) => STATE_LABEL[s]).join('; ');
  const blank = '';
  const table: DataTable = {
    caption: 'Countries and places on the locator map, by step',
    columns: ['Name', 'Kind', 'Highlighted in', 'Borders Kazakhstan', 'Latitude', 'Longitude', 'Status'],
    rows: [
      ...countries.map((c) => [
        c.name,
        'country',
        c.key === 'kazakhstan' ? 'Every step (lightly in the overview)' : stepsOf(c.states),
        c.key === 'kazakhstan' ? blank : c.bordersKazakhstan ? 'yes' : 'no',
        blank,
        blank,
        'Natural Earth outline',
      ]),
      ...span.map((p) => [p.name, 'place', stepsOf(SPAN_STATES), blank, p.lat, p.lon, p.approximate ? 'approximate' : 'from source']),
    ],
    notes: [
      'Country outlines and borders: Natural Earth (1:110m), via the world-atlas package; whether a country borders Kazakhstan is read from these outlines. Conic equal-area projection centred on Kazakhstan. The borders with Russia and China are drawn in their steps.',
      'Positions are in decimal degrees. Those marked approximate are well-known positions that we did not take from a cited source. Khorgos is the Chinese border city (Horgos); the Kazakh dry port and Altynkol station lie just across the border.',
      'The line from Istanbul through Astana to Khorgos shows how Kazakhstan sits between Europe and China; it is not a route.',
    ],
  };
  return { countries, borders, span, spanStates: SPAN_STATES, highlighted, resolution: RESOLUTION, sources, table };
}

// ── Layout ──────────────────────────────────────────────────────────────────

/** A view of the map: the map group is drawn at translate(x, y) scale(k). */
export interface View {
  k: number;
  x: number;
  y: number;
}

export type Point = [number, number];

/** A conic equal-area projection centred on Kazakhstan, fitted to Eurasia from the Atlantic to the Pacific. */
export function locatorProjection(width: number, height: number): GeoProjection {
  return geoConicEqualArea()
    .rotate([-70, 0])
    .center([0, 47])
    .parallels([38, 58])
    .fitExtent(
      [
        [4, 4],
        [width - 4, height - 4],
      ],
      { type: 'MultiPoint', coordinates: [[-10, 36], [-9, 56], [28, 71], [142, 50], [128, 34], [104, 6], [78, 8], [45, 13]] },
    );
}

type Bounds = [[number, number], [number, number]];

function union(list: Bounds[]): Bounds {
  return [
    [Math.min(...list.map((b) => b[0][0])), Math.min(...list.map((b) => b[0][1]))],
    [Math.max(...list.map((b) => b[1][0])), Math.max(...list.map((b) => b[1][1]))],
  ];
}

/** The view that fits a box into the frame, leaving `pad` (a share of the box) around it. */
export function fitView(box: Bounds, width: number, height: number, pad = 0.1): View {
  const [[x0, y0], [x1, y1]] = box;
  const w = (x1 - x0) * (1 + 2 * pad);
  const h = (y1 - y0) * (1 + 2 * pad);
  const k = Math.min(width / w, height / h);
  return { k, x: width / 2 - k * ((x0 + x1) / 2), y: height / 2 - k * ((y0 + y1) / 2) };
}

export const toTransform = (v: View) => `translate(${round(v.x)},${round(v.y)}) scale(${round(v.k, 3)})`;
export const apply = (v: View, [px, py]: Point): Point => [round(v.x + v.k * px), round(v.y + v.k * py)];
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export interface Label {
  key: string;
  text: string;
  /** Second, smaller line, e.g. a qualification. */
  sub?: string;
  kind: 'country' | 'region' | 'place';
  actor?: Actor;
  /** Set on a country filled in its full colour: the label is printed in the paper colour. */
  solid?: boolean;
  /** The states that show it. */
  shown: LocatorState[];
  /** Where it sits in every state, hidden ones included, so a label fading out moves with the map. */
  at: Record<LocatorState, Point>;
  anchor: 'start' | 'middle' | 'end';
}

export interface PlaceMark {
  place: Place;
  shown: LocatorState[];
  at: Record<LocatorState, Point>;
}

export interface LocatorLayout {
  width: number;
  height: number;
  views: Record<LocatorState, View>;
  countries: Array<{ id: string; name: string; d: string }>;
  fills: Array<HighlightedCountry & { d: string }>;
  borders: Array<BorderLine & { d: string; length: number }>;
  span: { d: string; length: number };
  marks: PlaceMark[];
  labels: Label[];
}

/**
 * Where each label goes: a point [lon, lat] on the map, per state. These are
 * layout choices (open ground inside or beside a country), not data.
 */
const COUNTRY_LABELS: Array<{ key: string; text: string; sub?: string; kind: Label['kind']; actor?: Actor; solid?: boolean; at: Partial<Record<LocatorState, Point>> }> = [
  { key: 'kazakhstan', text: 'Kazakhstan', kind: 'country', actor: 'kazakhstan', at: { eurasia: [67, 48], 'russia-border': [67, 48], china: [66, 48], 'central-asia': [66, 46.4], 'europe-asia': [65, 46.6] } },
  { key: 'kazakhstan-solid', text: 'Kazakhstan', kind: 'country', actor: 'kazakhstan', solid: true, at: { kazakhstan: [67, 48] } },
  { key: 'russia', text: 'Russia', kind: 'country', actor: 'russia', at: { 'russia-border': [84, 60] } },
  { key: 'china', text: 'China', kind: 'country', actor: 'china', at: { china: [92, 37], 'europe-asia': [92, 38] } },
  { key: 'kyrgyzstan', text: 'Kyrgyzstan', kind: 'country', actor: 'central-asia', at: { 'central-asia': [75, 41.6] } },
  { key: 'uzbekistan', text: 'Uzbekistan', kind: 'country', actor: 'central-asia', at: { 'central-asia': [61, 42.4] } },
  { key: 'turkmenistan', text: 'Turkmenistan', kind: 'country', actor: 'central-asia', at: { 'central-asia': [59, 38.8] } },
  { key: 'tajikistan', text: 'Tajikistan', sub: 'no border with Kazakhstan', kind: 'country', actor: 'central-asia', at: { 'central-asia': [70.5, 38.2] } },
  { key: 'europe', text: 'Europe', kind: 'region', at: { eurasia: [15, 51], 'europe-asia': [20, 50] } },
  { key: 'asia', text: 'Asia', kind: 'region', at: { eurasia: [100, 58] } },
];

/** The part of the map each zoomed step frames: [[west, south], [east, north]] in degrees (a layout choice). */
const VIEW_BOX: Record<'russia-border' | 'china' | 'central-asia' | 'europe-asia', [Point, Point]> = {
  'russia-border': [[42, 38], [112, 66]],
  china: [[50, 22], [122, 54]],
  'central-asia': [[50, 35], [82, 48]],
  'europe-asia': [[14, 32], [104, 56]],
};

/** Where each span place's name sits relative to its marker, in screen units. */
const PLACE_LABEL_OFFSET: Record<(typeof SPAN)[number], { dx: number; dy: number; anchor: Label['anchor'] }> = {
  istanbul: { dx: 0, dy: 22, anchor: 'middle' },
  astana: { dx: 0, dy: -11, anchor: 'middle' },
  khorgos: { dx: -9, dy: 20, anchor: 'end' },
};

/** Projects the map and works out every view, path and label position, for a frame of width × height. */
export function locatorLayout(data: LocatorMapData, width: number, height: number): LocatorLayout {
  const projection = locatorProjection(width, height);
  const path = geoPath(projection).digits(1);
  const byId = new Map(loadCountries(data.resolution).map((c) => [c.id, c]));
  const bounds = (key: CountryKey) => path.bounds(byId.get(COUNTRY[key])!) as Bounds;
  const project = (lon: number, lat: number): Point => projection([lon, lat]) ?? [0, 0];
  const spanPoints = data.span.map((p) => project(p.lon, p.lat));
  /** The projected bounds of a box of longitudes and latitudes (its edges curve in a conic projection). */
  const geoBox = ([[w, s], [e, n]]: [Point, Point]): Bounds => {
    const edge: Point[] = [];
    for (let i = 0; i <= 8; i++) {
      const lon = w + ((e - w) * i) / 8;
      edge.push(project(lon, s), project(lon, n));
    }
    return union(edge.map((p) => [p, p] as Bounds));
  };
  const views: Record<LocatorState, View> = {
    eurasia: { k: 1, x: 0, y: 0 },
    kazakhstan: fitView(bounds('kazakhstan'), width, height, 0.16),
    'russia-border': fitView(geoBox(VIEW_BOX['russia-border']), width, height, 0),
    china: fitView(geoBox(VIEW_BOX.china), width, height, 0),
    'central-asia': fitView(geoBox(VIEW_BOX['central-asia']), width, height, 0),
    'europe-asia': fitView(union([geoBox(VIEW_BOX['europe-asia']), ...spanPoints.map((p) => [p, p] as Bounds)]), width, height, 0),
  };

  const countries = countryPaths(projection, width, height, data.resolution);
  const dOf = new Map(countries.map((c) => [c.id, c.d]));
  const fills = data.countries.map((c) => ({ ...c, d: dOf.get(c.id) ?? '' }));
  const measure = (object: GeoPermissibleObjects) => Math.ceil(geoPath(projection).measure(object));
  const borders = data.borders.map((b) => ({ ...b, d: path(b.line) ?? '', length: measure(b.line) }));
  const spanLine = { type: 'LineString' as const, coordinates: data.span.map((p) => [p.lon, p.lat]) };
  const span = { d: path(spanLine) ?? '', length: measure(spanLine) };

  /** A point on the map (projected), in screen units for every state, shifted by an offset in screen units. */
  const everywhere = (point: Point, offset: Point = [0, 0]) => {
    const out = {} as Record<LocatorState, Point>;
    for (const s of STATES) {
      const [x, y] = apply(views[s], point);
      out[s] = [round(x + offset[0]), round(y + offset[1])];
    }
    return out;
  };
  /** A label anchored at different points in different states: hidden states use the nearest earlier anchor (or the first). */
  const anchored = (anchors: Partial<Record<LocatorState, Point>>) => {
    const out = {} as Record<LocatorState, Point>;
    let lonLat = STATES.map((s) => anchors[s]).find(Boolean)!;
    for (const s of STATES) {
      lonLat = anchors[s] ?? lonLat;
      out[s] = apply(views[s], project(...lonLat));
    }
    return out;
  };

  const marks: PlaceMark[] = data.span.map((place, i) => ({ place, shown: data.spanStates, at: everywhere(spanPoints[i]!) }));
  const labels: Label[] = [
    ...COUNTRY_LABELS.map((l) => ({
      key: l.key,
      text: l.text,
      ...(l.sub && { sub: l.sub }),
      kind: l.kind,
      ...(l.actor && { actor: l.actor }),
      ...(l.solid && { solid: true }),
      anchor: 'middle' as const,
      shown: STATES.filter((s) => l.at[s]),
      at: anchored(l.at),
    })),
    ...data.span.map((place, i) => {
      const offset = PLACE_LABEL_OFFSET[SPAN[i]!];
      return { key: place.id, text: place.name, kind: 'place' as const, anchor: offset.anchor, shown: data.spanStates, at: everywhere(spanPoints[i]!, [offset.dx, offset.dy]) };
    }),
  ];
  return { width, height, views, countries, fills, borders, span, marks, labels };
}
