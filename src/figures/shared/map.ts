/**
 * The map machinery every map shares (the figures and the home page's locator): Natural Earth
 * from world-atlas (loaded once per resolution), the conic equal-area projection centred on the
 * region, fitting a view to a box, rounding, and label widths. Build time only; nothing here ships
 * to the browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';

export type Country = Feature<Geometry, { name: string }> & { id: string };

/** ISO 3166 numeric codes, as world-atlas uses them. */
export const COUNTRY = {
  kazakhstan: '398',
  russia: '643',
  china: '156',
  kyrgyzstan: '417',
  uzbekistan: '860',
  turkmenistan: '795',
  tajikistan: '762',
} as const;

/** Natural Earth at 1:110m (small, coarse) or 1:50m (finer coasts and borders). */
export type Resolution = '110m' | '50m';
export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const topologies = new Map<Resolution, CountriesTopology>();
const countries = new Map<Resolution, Country[]>();

/** The world-atlas topology at a resolution, read once. Callers must not change it. */
export function loadTopology(resolution: Resolution): CountriesTopology {
  let topology = topologies.get(resolution);
  if (!topology) {
    const require = createRequire(import.meta.url);
    topology = JSON.parse(
      readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8'),
    ) as CountriesTopology;
    topologies.set(resolution, topology);
  }
  return topology;
}

export function loadCountries(resolution: Resolution = '110m'): Country[] {
  let list = countries.get(resolution);
  if (!list) {
    const topology = loadTopology(resolution);
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<
      Geometry,
      { name: string }
    >;
    list = collection.features.map((f) => ({ ...f, id: String(f.id) }) as Country);
    countries.set(resolution, list);
  }
  return list;
}

/** The border two countries share, as one line (e.g. Kazakhstan–Russia). */
export function sharedBorder(
  a: string,
  b: string,
  resolution: Resolution = '50m',
): MultiLineString {
  const topology = loadTopology(resolution);
  return mesh(topology, topology.objects.countries, (x, y) => {
    const ids = [String(x.id), String(y.id)];
    return x !== y && ids.includes(a) && ids.includes(b);
  });
}

export type Point = [number, number];
export type Bounds = [Point, Point];

/** A frame of width × height, inset by `inset` on every side: the extent a projection is fitted to. */
export const frame = (width: number, height: number, inset = 0): Bounds => [
  [inset, inset],
  [width - inset, height - inset],
];

/**
 * The one projection every map uses: conic equal-area, its central meridian and standard
 * parallels chosen for the region, fitted so that `fit` (lon/lat points) fills `extent`.
 */
export function conicProjection(options: {
  meridian: number;
  centre?: number;
  parallels: [number, number];
  fit: Point[];
  extent: Bounds;
  clip?: Bounds;
}): GeoProjection {
  const projection = geoConicEqualArea().rotate([-options.meridian, 0]);
  if (options.centre !== undefined) projection.center([0, options.centre]);
  projection
    .parallels(options.parallels)
    .fitExtent(options.extent, { type: 'MultiPoint', coordinates: options.fit });
  if (options.clip) projection.clipExtent(options.clip);
  return projection;
}

/** The home page's Eurasia, with Kazakhstan in the middle. */
export function eurasiaProjection(width: number, height: number): GeoProjection {
  return conicProjection({
    meridian: 67,
    centre: 48,
    parallels: [40, 56],
    extent: frame(width, height),
    fit: [
      [-10, 36],
      [140, 36],
      [30, 68],
      [100, 68],
      [60, 20],
      [70, 72],
    ],
  });
}

/** The bounding box of some boxes. */
export function union(list: Bounds[]): Bounds {
  return [
    [Math.min(...list.map((b) => b[0][0])), Math.min(...list.map((b) => b[0][1]))],
    [Math.max(...list.map((b) => b[1][0])), Math.max(...list.map((b) => b[1][1]))],
  ];
}

/** A view of a map: the map group is drawn at translate(x, y) scale(k). */
export interface View {
  k: number;
  x: number;
  y: number;
}

/**
 * The view that fits a box (in map units) into a frame: `pad` leaves a share of the box around
 * it; `inset` keeps room at the sides, top and bottom (e.g. for labels or a legend); the zoom is
 * held within `zoom`; and `keepInside` stops the view from showing past the map's edges.
 */
export function fitView(
  box: Bounds,
  width: number,
  height: number,
  options: {
    pad?: number;
    inset?: { x: number; y: number; bottom: number };
    zoom?: [number, number];
    keepInside?: boolean;
  } = {},
): View {
  const [[x0, y0], [x1, y1]] = box;
  const { pad = 0, inset = { x: 0, y: 0, bottom: 0 }, zoom, keepInside = false } = options;
  const w = (x1 - x0) * (1 + 2 * pad);
  const h = (y1 - y0) * (1 + 2 * pad);
  let k = Math.min(
    (width - 2 * inset.x) / Math.max(w, 1e-6),
    (height - 2 * inset.y - inset.bottom) / Math.max(h, 1e-6),
  );
  if (zoom) k = Math.max(zoom[0], Math.min(zoom[1], k));
  let x = width / 2 - (k * (x0 + x1)) / 2;
  let y = (height - inset.bottom) / 2 - (k * (y0 + y1)) / 2;
  if (keepInside) {
    x = Math.min(0, Math.max(width - k * width, x));
    y = Math.min(0, Math.max(height - k * height, y));
  }
  return { k, x, y };
}

/** SVG path data for each country that falls at least partly inside the frame. */
export function countryPaths(
  projection: GeoProjection,
  width: number,
  height: number,
  resolution: Resolution = '110m',
): Array<{ id: string; name: string; d: string }> {
  const path = geoPath(projection).digits(1);
  const inFrame = loadCountries(resolution)
    .map((country) => ({ country, bounds: path.bounds(country) }))
    .filter(({ bounds: [[x0, y0], [x1, y1]] }) => x1 > 0 && y1 > 0 && x0 < width && y0 < height);
  // Outlines are cut at the frame (and a stroke's width beyond it): what lies outside is never
  // seen, and for Russia or Africa it is most of the outline, and of the page's bytes.
  const before = projection.clipExtent();
  projection.clipExtent([
    [-2, -2],
    [width + 2, height + 2],
  ]);
  try {
    return inFrame
      .map(({ country }) => ({
        id: country.id,
        name: country.properties.name,
        d: path(country) ?? '',
      }))
      .filter((c) => c.d !== '');
  } finally {
    projection.clipExtent(before);
  }
}

/** Rounds to a number of decimal places: positions to a tenth of a unit are enough for the eye, and lighter pages. */
export const round = (n: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

/**
 * A label's rough width, for keeping labels apart and inside the frame: a Latin letter's average
 * advance is a little over half an em. Cyrillic letters run wider (the Russian legend's "Паром"
 * is a quarter wider than "Ferry" in the same five letters), so they count 15% more.
 */
export const labelWidth = (text: string, size: number, em = 0.56): number => {
  const cyrillic = text.match(/[\u0400-\u052f]/g)?.length ?? 0;
  return (text.length + cyrillic * 0.15) * size * em;
};

/** The SVG transform for a view. */
export const toTransform = (v: View): string =>
  `translate(${round(v.x)},${round(v.y)}) scale(${round(v.k, 3)})`;

/** Where a point in map units lands on screen in a view. */
export const apply = (v: View, [px, py]: Point): Point => [
  round(v.x + v.k * px),
  round(v.y + v.k * py),
];
