/**
 * A still is shown far smaller than the figure it comes from (a chapter's opening still is 48 px
 * tall on a phone), yet it carried every vertex of the map, and on /west/ that was a third of the
 * page's weight. This drops the vertices that move a line by less than `tolerance` viewBox units
 * (Douglas–Peucker, from simplify-js) and writes the rest no more precisely than that allows.
 *
 * Countries share borders, and simplifying each outline on its own would open slivers between
 * them. So, as topojson does with arcs, every outline is cut at the points where the set of
 * outlines it runs beside changes; both sides of a shared border are then the same run between
 * the same two points, and simplify to the same line. Only paths that svg-cull.ts can read
 * (straight lines, no markers or dashes, ancestors moved only by translate and scale) are
 * touched: drawn in place without an id, or kept in <defs> and drawn by <use>.
 */
import type { ChildNode, Element } from 'domhandler';
import simplify from 'simplify-js';
import { PATH_BOUND, REFERENCED, parsePath, parseTransform } from './svg-cull.ts';

type Point = [number, number];
interface Ring {
  points: Point[];
  closed: boolean;
}
interface Outline {
  node: Element;
  rings: Ring[];
  /** viewBox units per unit of the path's own coordinates. */
  scale: number;
}

/** The largest scale each shared shape (a <defs> path drawn by <use href="#id">) is drawn at. */
function useScales(svg: Element): Map<string, number> {
  const scales = new Map<string, number>();
  const visit = (el: Element, scale: number): void => {
    for (const child of el.children as ChildNode[]) {
      if (child.type !== 'tag') continue;
      const node = child as Element;
      const own = parseTransform(node.attribs.transform);
      const here = scale * (own ? Math.max(Math.abs(own.kx), Math.abs(own.ky)) : Infinity);
      const href = (node.attribs.href ?? node.attribs['xlink:href'] ?? '').replace(/^#/, '');
      if (node.name === 'use' && href) scales.set(href, Math.max(scales.get(href) ?? 0, here));
      visit(node, here);
    }
  };
  visit(svg, 1);
  return scales;
}

function outlinesIn(svg: Element): Outline[] {
  const found: Outline[] = [];
  const shared = useScales(svg);
  const visit = (el: Element, scale: number): void => {
    for (const child of el.children as ChildNode[]) {
      if (child.type !== 'tag') continue;
      const node = child as Element;
      // A shape drawn only by reference is thinned for the largest size it is drawn at: every
      // <use> of it changes alike, so the borders it shares stay sealed there too.
      if (node.name === 'defs') {
        for (const path of node.children as ChildNode[]) {
          const def = path as Element;
          if (path.type !== 'tag' || def.name !== 'path' || def.attribs.transform) continue;
          const at = shared.get(def.attribs.id ?? '');
          const rings = at && Number.isFinite(at) ? parsePath(def.attribs.d ?? '') : undefined;
          if (rings) found.push({ node: def, rings, scale: at! });
        }
        continue;
      }
      if (REFERENCED.has(node.name) || /transform/.test(node.attribs.style ?? '')) continue;
      if (Object.entries(node.attribs).some(([k, v]) => PATH_BOUND.test(`${k}:${v}`))) continue;
      const own = parseTransform(node.attribs.transform);
      // Only a uniform scale keeps a distance a distance.
      if (!own || Math.abs(own.kx) !== Math.abs(own.ky)) continue;
      const here = scale * Math.abs(own.kx);
      if (node.name !== 'path') {
        visit(node, here);
        continue;
      }
      if (node.attribs.id) continue;
      const rings = parsePath(node.attribs.d ?? '');
      if (rings) found.push({ node, rings, scale: here });
    }
  };
  visit(svg, 1);
  return found;
}

/** Paths in different groups may share a border only if they share coordinates; key them as written. */
const key = (p: Point, scale: number) => `${p[0] * scale},${p[1] * scale}`;

/** The points where an outline must keep its vertex: ring starts, and wherever its neighbours change. */
function fixedPoints(outlines: Outline[]): Set<string> {
  const owners = new Map<string, Set<number>>();
  let ringId = 0;
  const keyed = outlines.flatMap((o) =>
    o.rings.map((ring) => {
      const id = ringId++;
      const keys = ring.points.map((p) => key(p, o.scale));
      for (const k of keys) (owners.get(k) ?? owners.set(k, new Set()).get(k)!).add(id);
      return { keys, closed: ring.closed };
    }),
  );
  // A run ends where an outline stops running beside another: at the last vertex the two share,
  // whose set of outlines is not contained in its neighbour's (where neither contains the other,
  // three outlines meet, and both vertices are kept).
  const within = (a: Set<number>, b: Set<number>) =>
    a.size < b.size && [...a].every((x) => b.has(x));
  const same = (a: Set<number>, b: Set<number>) =>
    a.size === b.size && [...a].every((x) => b.has(x));
  const ends = (mine: Set<number>, next: Set<number> | undefined) =>
    next !== undefined && !same(mine, next) && !within(mine, next);
  const fixed = new Set<string>();
  for (const { keys, closed } of keyed) {
    if (!keys.length) continue;
    fixed.add(keys[0]!);
    if (!closed) fixed.add(keys[keys.length - 1]!);
    keys.forEach((k, i) => {
      const n = keys.length;
      const before = closed ? keys[(i + n - 1) % n] : keys[i - 1];
      const after = closed ? keys[(i + 1) % n] : keys[i + 1];
      const mine = owners.get(k)!;
      const ownersOf = (neighbour: string | undefined) =>
        neighbour === undefined ? undefined : owners.get(neighbour);
      if (ends(mine, ownersOf(before)) || ends(mine, ownersOf(after))) fixed.add(k);
    });
  }
  return fixed;
}

/** Douglas–Peucker on one run; simplify-js's high-quality mode, as its radial pre-pass depends on direction. */
function thinRun(run: Point[], tolerance: number): Point[] {
  if (run.length < 3) return run;
  return simplify(
    run.map(([x, y]) => ({ x, y })),
    tolerance,
    true,
  ).map(({ x, y }) => [x, y] as Point);
}

function thinRing(ring: Ring, tolerance: number, isFixed: (p: Point) => boolean): Point[] {
  const { points, closed } = ring;
  // A closed ring is walked from its start back to it, so its last run ends where it began.
  const walk = closed ? [...points, points[0]!] : points;
  const out: Point[] = [walk[0]!];
  let run: Point[] = [walk[0]!];
  for (let i = 1; i < walk.length; i++) {
    run.push(walk[i]!);
    if (i === walk.length - 1 || isFixed(walk[i]!)) {
      out.push(...thinRun(run, tolerance).slice(1));
      run = [walk[i]!];
    }
  }
  if (closed) out.pop();
  return out;
}

/** Writes a coordinate to the precision the tolerance allows: a step of at most half of it, so rounding moves a point by a quarter at most. */
function formatter(tolerance: number): (n: number) => string {
  const decimals = Math.max(0, Math.ceil(Math.log10(2 / tolerance)));
  const step = 10 ** decimals;
  return (n) => String(Math.round(n * step) / step);
}

/**
 * Thins, in place, the outlines under `svg` to `tolerance` viewBox units. Returns how many
 * vertices it dropped. A closed ring left with fewer than three points (an island smaller than
 * the tolerance) is dropped.
 */
export function thinPaths(svg: Element, tolerance: number): number {
  const outlines = outlinesIn(svg);
  const fixed = fixedPoints(outlines);
  let dropped = 0;
  for (const outline of outlines) {
    const own = tolerance / outline.scale;
    const num = formatter(own);
    const isFixed = (p: Point) => fixed.has(key(p, outline.scale));
    const d = outline.rings
      .map((ring) => {
        const points = thinRing(ring, own, isFixed);
        dropped += ring.points.length - points.length;
        if (ring.closed && points.length < 3) return '';
        const text = `M${points.map(([x, y]) => `${num(x)},${num(y)}`).join('L')}`;
        return ring.closed ? `${text}Z` : text;
      })
      .join('');
    outline.node.attribs.d = d;
  }
  return dropped;
}
