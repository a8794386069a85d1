/** The map itself: projection, Natural Earth 1:50m simplified per zoom, clipped to the frame. */
import { geoArea, geoPath, type GeoProjection } from 'd3-geo';
import { conicProjection, frame, loadTopology, type CountriesTopology } from '../shared/map.ts';
import { feature, merge, mesh } from 'topojson-client';
import type { MultiPolygon, Polygon } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { SIZE, STYLE } from './style.ts';
import type { XY } from './frames.ts';

/** The region the overview shows: the route from the Bosporus to Xinjiang, in degrees. */
const EXTENT = { west: 22, east: 85, south: 36, north: 52 } as const;
/** Standard parallels of the conic projection: about a sixth of the span in from each edge. */
const PARALLELS: [number, number] = [38.5, 49.5];

export function routeProjection(
  width: number = SIZE.width,
  height: number = SIZE.height,
): GeoProjection {
  const { west, east, south, north } = EXTENT;
  const edge: Array<[number, number]> = [];
  for (let i = 0; i <= 8; i++)
    edge.push([west + ((east - west) * i) / 8, south], [west + ((east - west) * i) / 8, north]);
  return conicProjection({
    meridian: (west + east) / 2,
    parallels: PARALLELS,
    extent: frame(width, height),
    fit: edge,
  });
}

/** Twice the signed area of a planar ring. */
function ringArea(ring: Array<[number, number]>): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++)
    sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return sum;
}

/** Douglas–Peucker on one projected arc, with a tolerance that depends on where the segment lies. */
function simplifyArc(
  xy: Array<[number, number]>,
  tolerance: (x: number, y: number) => number,
): boolean[] {
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
      const d =
        len === 0
          ? Math.hypot(px - ax, py - ay)
          : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
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
function simplifiedTopology(
  projection: GeoProjection,
  tolerance: (x: number, y: number) => number,
  near: (x: number, y: number) => boolean,
): CountriesTopology {
  const topology = loadTopology('50m');
  const { scale, translate } = topology.transform ?? { scale: [1, 1], translate: [0, 0] };
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const lonlat = arc.map(([dx, dy]) => {
      x += dx!;
      y += dy!;
      return topology.transform
        ? ([x * scale[0] + translate[0], y * scale[1] + translate[1]] as [number, number])
        : ([dx!, dy!] as [number, number]);
    });
    const xy = lonlat.map((p) => (projection(p) ?? [Number.NaN, Number.NaN]) as [number, number]);
    // Arcs far off the map are left alone: they are clipped away, and the projection distorts them too much to simplify.
    if (xy.some(([px, py]) => !Number.isFinite(px) || !Number.isFinite(py) || !near(px, py)))
      return lonlat;
    const keep = simplifyArc(xy, tolerance);
    const kept = xy.filter((_, i) => keep[i]);
    // A small island drawn as one arc keeps its full outline if simplifying would flatten or turn it over.
    const closed = xy.length > 3 && xy[0]![0] === xy.at(-1)![0] && xy[0]![1] === xy.at(-1)![1];
    if (
      closed &&
      (Math.sign(ringArea(kept)) !== Math.sign(ringArea(xy)) || Math.abs(ringArea(kept)) < 1e-3)
    )
      return lonlat;
    return lonlat.filter((_, i) => keep[i]);
  });
  const { transform: _omit, ...rest } = topology;
  void _omit;
  return { ...rest, arcs } as CountriesTopology;
}

/** A view's zoom and the part of the base map it shows, in base units. */
export interface MapView {
  k: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Land and borders as SVG paths in base units, detailed where a view zooms in and coarse elsewhere. */
export function baseMap(
  views: MapView[],
  width: number,
  height: number,
): { land: string; borders: string; countryFeatures: Array<Feature<Geometry, { name: string }>> } {
  const zoomAt = (x: number, y: number) =>
    Math.max(
      1,
      ...views
        .filter((v) => x >= v.x0 - 20 && x <= v.x1 + 20 && y >= v.y0 - 20 && y <= v.y1 + 20)
        .map((v) => v.k),
    );
  const margin = Math.max(width, height) / 4;
  const near = (x: number, y: number) =>
    x > -margin && y > -margin && x < width + margin && y < height + margin;
  const topology = simplifiedTopology(
    routeProjection(width, height),
    (x, y) => STYLE.tolerance / zoomAt(x, y),
    near,
  );
  const clipped = routeProjection(width, height).clipExtent([
    [0, 0],
    [width, height],
  ]);
  const mapPath = geoPath(clipped).digits(1);
  const countryFeatures = (
    feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
  ).features;
  // Only the countries in the frame: far-off shapes (Antarctica above all) would wrap the whole map once merged.
  const inFrame = new Set(
    countryFeatures
      .filter((f) => {
        const [[x0, y0], [x1, y1]] = mapPath.bounds(f);
        if (!(x1 > 0 && y1 > 0 && x0 < width && y0 < height)) return false;
        if (geoArea(f) > 2 * Math.PI)
          throw new Error(
            `corridor-route map: ${f.properties.name} turned inside out when simplified; lower STYLE.tolerance.`,
          );
        return true;
      })
      .map((f) => String(f.id)),
  );
  const geometries = topology.objects.countries.geometries.filter((g) => inFrame.has(String(g.id)));
  const land =
    mapPath(
      merge(
        topology,
        geometries.filter(
          (g): g is Polygon<{ name: string }> | MultiPolygon<{ name: string }> =>
            g.type === 'Polygon' || g.type === 'MultiPolygon',
        ),
      ),
    ) ?? '';
  const borders =
    mapPath(mesh(topology, { type: 'GeometryCollection', geometries }, (a, b) => a !== b)) ?? '';
  return { land, borders, countryFeatures };
}

/** The centroid of a country's largest visible polygon, in base units. */
export function largestPartCentroid(f: Feature<Geometry>, projection: GeoProjection): XY {
  const path = geoPath(projection);
  const parts: Feature[] =
    f.geometry.type === 'MultiPolygon'
      ? f.geometry.coordinates.map((coordinates) => ({
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates },
          properties: {},
        }))
      : [f as Feature];
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
