/**
 * Build-time geography: Natural Earth countries from world-atlas, projected for
 * Central Eurasia. Runs in Astro frontmatter only; nothing here ships to the browser.
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
type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const topologies = new Map<Resolution, CountriesTopology>();
const countries = new Map<Resolution, Country[]>();

function loadTopology(resolution: Resolution): CountriesTopology {
  let topology = topologies.get(resolution);
  if (!topology) {
    const require = createRequire(import.meta.url);
    topology = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8')) as CountriesTopology;
    topologies.set(resolution, topology);
  }
  return topology;
}

export function loadCountries(resolution: Resolution = '110m'): Country[] {
  let list = countries.get(resolution);
  if (!list) {
    const topology = loadTopology(resolution);
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    list = collection.features.map((f) => ({ ...f, id: String(f.id) }) as Country);
    countries.set(resolution, list);
  }
  return list;
}

/** The border two countries share, as one line (e.g. Kazakhstan–Russia). */
export function sharedBorder(a: string, b: string, resolution: Resolution = '50m'): MultiLineString {
  const topology = loadTopology(resolution);
  return mesh(topology, topology.objects.countries, (x, y) => {
    const ids = [String(x.id), String(y.id)];
    return x !== y && ids.includes(a) && ids.includes(b);
  });
}

/** A conic equal-area projection centred on Kazakhstan, fitted to a width and height. */
export function eurasiaProjection(width: number, height: number): GeoProjection {
  return geoConicEqualArea()
    .rotate([-67, 0])
    .center([0, 48])
    .parallels([40, 56])
    .fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      { type: 'MultiPoint', coordinates: [[-10, 36], [140, 36], [30, 68], [100, 68], [60, 20], [70, 72]] },
    );
}

/** SVG path data for each country that falls at least partly inside the frame. */
export function countryPaths(projection: GeoProjection, width: number, height: number, resolution: Resolution = '110m'): Array<{ id: string; name: string; d: string }> {
  const path = geoPath(projection).digits(1);
  return loadCountries(resolution)
    .map((country) => ({ country, bounds: path.bounds(country) }))
    .filter(({ bounds: [[x0, y0], [x1, y1]] }) => x1 > 0 && y1 > 0 && x0 < width && y0 < height)
    .map(({ country }) => ({ id: country.id, name: country.properties.name, d: path(country) ?? '' }))
    .filter((c) => c.d !== '');
}

/** Rounds to a number of decimal places: positions to a tenth of a unit are enough for the eye, and lighter pages. */
export const round = (n: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

/** Golos Text's average advance is a little over half an em: a label's rough width, for keeping labels apart and inside the frame. */
export const labelWidth = (text: string, size: number, em = 0.56): number => text.length * size * em;
