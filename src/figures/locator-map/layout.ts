/** Locator-map layout: the projection, each step's view (the camera), and where every path, marker and label sits. */
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import {
  apply,
  conicProjection,
  COUNTRY,
  countryPaths,
  fitView,
  frame,
  loadCountries,
  round,
  union,
  type Bounds,
  type Point,
  type View,
} from '../shared/map.ts';
import type { Place } from '../../lib/places.ts';
import {
  SPAN,
  STATES,
  type Actor,
  type BorderLine,
  type CountryKey,
  type HighlightedCountry,
  type LocatorMapData,
  type LocatorState,
} from './data.ts';

export type { Point, View };

/** A conic equal-area projection centred on Kazakhstan, fitted to Eurasia from the Atlantic to the Pacific. */
export function locatorProjection(width: number, height: number): GeoProjection {
  return conicProjection({
    meridian: 70,
    centre: 47,
    parallels: [38, 58],
    extent: frame(width, height, 4),
    fit: [
      [-10, 36],
      [-9, 56],
      [28, 71],
      [142, 50],
      [128, 34],
      [104, 6],
      [78, 8],
      [45, 13],
    ],
  });
}

/** The view that fits a box into the frame, leaving `pad` (a share of the box) around it. */
const fit = (box: Bounds, width: number, height: number, pad: number): View =>
  fitView(box, width, height, { pad });

export interface Label {
  key: string;
  text: string;
  /** Second, smaller line, e.g. a qualification. */
  sub?: string;
  kind: 'country' | 'region' | 'place' | 'sea' | 'note';
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
const COUNTRY_LABELS: Array<{
  key: string;
  text: string;
  sub?: string;
  kind: Label['kind'];
  actor?: Actor;
  solid?: boolean;
  at: Partial<Record<LocatorState, Point>>;
}> = [
  {
    key: 'kazakhstan',
    text: 'Kazakhstan',
    kind: 'country',
    actor: 'kazakhstan',
    at: {
      eurasia: [67, 48],
      'russia-border': [67, 48],
      china: [66, 48],
      'central-asia': [66, 46.4],
      'europe-asia': [65, 46.6],
    },
  },
  {
    key: 'kazakhstan-solid',
    text: 'Kazakhstan',
    kind: 'country',
    actor: 'kazakhstan',
    solid: true,
    at: { kazakhstan: [67, 48] },
  },
  {
    key: 'russia',
    text: 'Russia',
    kind: 'country',
    actor: 'russia',
    at: { 'russia-border': [84, 60] },
  },
  {
    key: 'china',
    text: 'China',
    kind: 'country',
    actor: 'china',
    at: { china: [92, 37], 'europe-asia': [92, 38] },
  },
  {
    key: 'kyrgyzstan',
    text: 'Kyrgyzstan',
    kind: 'country',
    actor: 'central-asia',
    at: { 'central-asia': [75, 41.6] },
  },
  {
    key: 'uzbekistan',
    text: 'Uzbekistan',
    kind: 'country',
    actor: 'central-asia',
    at: { 'central-asia': [61, 42.4] },
  },
  {
    key: 'turkmenistan',
    text: 'Turkmenistan',
    kind: 'country',
    actor: 'central-asia',
    at: { 'central-asia': [59, 38.8] },
  },
  {
    key: 'tajikistan',
    text: 'Tajikistan',
    sub: 'no border with Kazakhstan',
    kind: 'country',
    actor: 'central-asia',
    at: { 'central-asia': [70.5, 38.2] },
  },
  {
    key: 'europe',
    text: 'Europe',
    kind: 'region',
    at: { eurasia: [15, 51], 'europe-asia': [20, 50] },
  },
  { key: 'asia', text: 'Asia', kind: 'region', at: { eurasia: [100, 58] } },
  // The seas the steps name: the Caspian, which Kazakhstan stretches from, and the Black Sea beside Istanbul.
  {
    key: 'caspian',
    text: 'Caspian',
    sub: 'Sea',
    kind: 'sea',
    at: {
      kazakhstan: [50.6, 42.4],
      'russia-border': [50.6, 42.4],
      'central-asia': [51, 41.6],
      'europe-asia': [51, 41.2],
    },
  },
  { key: 'black-sea', text: 'Black', sub: 'Sea', kind: 'sea', at: { 'europe-asia': [34.5, 43.6] } },
];

/** Notes printed in a corner of the frame, in screen units from the bottom left: the span is a straight line, not a route. */
export const NOTES: Array<{ key: string; text: string; shown: LocatorState[] }> = [
  {
    key: 'schematic',
    text: 'Dashed: a straight line, schematic, not a route',
    shown: ['europe-asia'],
  },
];

/** The part of the map each zoomed step frames: [[west, south], [east, north]] in degrees (a layout choice). */
const VIEW_BOX: Record<'russia-border' | 'china' | 'central-asia' | 'europe-asia', [Point, Point]> =
  {
    'russia-border': [
      [42, 38],
      [112, 66],
    ],
    china: [
      [50, 22],
      [122, 54],
    ],
    'central-asia': [
      [50, 35],
      [82, 48],
    ],
    'europe-asia': [
      [14, 32],
      [104, 56],
    ],
  };

/** Where each span place's name sits relative to its marker, in screen units. */
const PLACE_LABEL_OFFSET: Record<
  (typeof SPAN)[number],
  { dx: number; dy: number; anchor: Label['anchor'] }
> = {
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
    kazakhstan: fit(bounds('kazakhstan'), width, height, 0.16),
    'russia-border': fit(geoBox(VIEW_BOX['russia-border']), width, height, 0),
    china: fit(geoBox(VIEW_BOX.china), width, height, 0),
    'central-asia': fit(geoBox(VIEW_BOX['central-asia']), width, height, 0),
    'europe-asia': fit(
      union([geoBox(VIEW_BOX['europe-asia']), ...spanPoints.map((p) => [p, p] as Bounds)]),
      width,
      height,
      0,
    ),
  };

  const countries = countryPaths(projection, width, height, data.resolution);
  const dOf = new Map(countries.map((c) => [c.id, c.d]));
  const fills = data.countries.map((c) => ({ ...c, d: dOf.get(c.id) ?? '' }));
  const measure = (object: GeoPermissibleObjects) => Math.ceil(geoPath(projection).measure(object));
  const borders = data.borders.map((b) => ({
    ...b,
    d: path(b.line) ?? '',
    length: measure(b.line),
  }));
  const spanLine = {
    type: 'LineString' as const,
    coordinates: data.span.map((p) => [p.lon, p.lat]),
  };
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

  const marks: PlaceMark[] = data.span.map((place, i) => ({
    place,
    shown: data.spanStates,
    at: everywhere(spanPoints[i]!),
  }));
  const labels: Label[] = [
    ...COUNTRY_LABELS.map((l) => ({
      key: l.key,
      text: data.words.labels[l.key]?.text ?? l.text,
      ...(l.sub && { sub: data.words.labels[l.key]?.sub ?? l.sub }),
      kind: l.kind,
      ...(l.actor && { actor: l.actor }),
      ...(l.solid && { solid: true }),
      anchor: 'middle' as const,
      shown: STATES.filter((s) => l.at[s]),
      at: anchored(l.at),
    })),
    ...data.span.map((place, i) => {
      const offset = PLACE_LABEL_OFFSET[SPAN[i]!];
      return {
        key: place.id,
        text: place.name,
        kind: 'place' as const,
        anchor: offset.anchor,
        shown: data.spanStates,
        at: everywhere(spanPoints[i]!, [offset.dx, offset.dy]),
      };
    }),
    ...NOTES.map((n) => ({
      key: n.key,
      text: data.words.labels[n.key]?.text ?? n.text,
      kind: 'note' as const,
      anchor: 'start' as const,
      shown: n.shown,
      at: Object.fromEntries(STATES.map((s) => [s, [8, height - 10] as Point])) as Record<
        LocatorState,
        Point
      >,
    })),
  ];
  return { width, height, views, countries, fills, borders, span, marks, labels };
}
