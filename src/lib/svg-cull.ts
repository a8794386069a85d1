/**
 * A still shows one state of a figure, and a zoomed state (the locator map on Kazakhstan, the
 * corridor route on Baku) leaves most of the map outside its viewBox, where nothing draws it but
 * every reader still downloads it. This drops the paths that lie wholly outside the viewBox and
 * cuts those that cross its edge to a box a little larger than it, so the picture is unchanged.
 * It touches only what it can be sure of: paths of straight lines (M, L, H, V, Z, as d3-geo
 * writes them), with no id another element could point at, under ancestors moved only by
 * translate() and scale(); a path with markers or dashes, which a cut would move, is only dropped.
 */
import type { ChildNode, Element } from 'domhandler';

type Box = [x: number, y: number, width: number, height: number];
type Point = [number, number];
interface Subpath {
  points: Point[];
  closed: boolean;
}
/** x' = kx·x + tx, y' = ky·y + ty */
interface Affine {
  kx: number;
  ky: number;
  tx: number;
  ty: number;
}

/** How far outside the viewBox the cut runs, in viewBox units: past the reach of any stroke. */
const MARGIN = 8;
/** Elements whose paths are drawn elsewhere, by reference, or not at all. */
export const REFERENCED = new Set(['defs', 'clipPath', 'mask', 'pattern', 'marker', 'symbol']);
/** What a cut would shift along a path. */
export const PATH_BOUND = /marker|dasharray|pathLength/i;

/** The transform attribute as an affine map, or undefined for any form this does not read. */
export function parseTransform(value: string | undefined): Affine | undefined {
  const map: Affine = { kx: 1, ky: 1, tx: 0, ty: 0 };
  if (!value) return map;
  const rest = value.replace(/(translate|scale)\(([^)]*)\)/g, (_, op: string, args: string) => {
    const [a = Number.NaN, b] = args
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    // Later operations apply first: compose the new one on the right.
    if (op === 'translate') {
      map.tx += map.kx * a;
      map.ty += map.ky * (b ?? 0);
    } else {
      map.kx *= a;
      map.ky *= b ?? a;
    }
    return '';
  });
  return rest.trim() || ![map.kx, map.ky, map.tx, map.ty].every(Number.isFinite) ? undefined : map;
}

/** A path's subpaths, or undefined if it has curves, arcs or relative commands. */
export function parsePath(d: string): Subpath[] | undefined {
  if (/[^MLHVZ\d\s,.eE+-]/.test(d)) return undefined;
  const subpaths: Subpath[] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLHVZ])([^MLHVZ]*)/g)) {
    const numbers = (args!.match(/[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g) ?? []).map(Number);
    if (command === 'Z') {
      if (subpaths.length) subpaths[subpaths.length - 1]!.closed = true;
      continue;
    }
    if (command === 'M' || !subpaths.length) subpaths.push({ points: [], closed: false });
    const points = subpaths[subpaths.length - 1]!.points;
    if (command === 'H') for (const n of numbers) points.push([(x = n), y]);
    else if (command === 'V') for (const n of numbers) points.push([x, (y = n)]);
    else
      for (let i = 0; i + 1 < numbers.length; i += 2)
        points.push([(x = numbers[i]!), (y = numbers[i + 1]!)]);
  }
  return subpaths.some((s) => s.points.length) ? subpaths : undefined;
}

export function pathBounds(d: string): Box | undefined {
  const points = parsePath(d)?.flatMap((s) => s.points);
  if (!points?.length) return undefined;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [left, top] = [Math.min(...xs), Math.min(...ys)];
  return [left, top, Math.max(...xs) - left, Math.max(...ys) - top];
}

type Rect = { x0: number; y0: number; x1: number; y1: number };
const inside = (p: Point, r: Rect) => p[0] >= r.x0 && p[0] <= r.x1 && p[1] >= r.y0 && p[1] <= r.y1;

/** Sutherland–Hodgman: a ring cut to the rectangle (its inside, and so its fill, unchanged there). */
function clipRing(points: Point[], r: Rect): Point[] {
  const edges: Array<[(p: Point) => boolean, (a: Point, b: Point) => Point]> = [
    [(p) => p[0] >= r.x0, (a, b) => [r.x0, a[1] + ((b[1] - a[1]) * (r.x0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= r.x1, (a, b) => [r.x1, a[1] + ((b[1] - a[1]) * (r.x1 - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= r.y0, (a, b) => [a[0] + ((b[0] - a[0]) * (r.y0 - a[1])) / (b[1] - a[1]), r.y0]],
    [(p) => p[1] <= r.y1, (a, b) => [a[0] + ((b[0] - a[0]) * (r.y1 - a[1])) / (b[1] - a[1]), r.y1]],
  ];
  let ring = points;
  for (const [keeps, cross] of edges) {
    const out: Point[] = [];
    ring.forEach((b, i) => {
      const a = ring[(i + ring.length - 1) % ring.length]!;
      if (keeps(b)) {
        if (!keeps(a)) out.push(cross(a, b));
        out.push(b);
      } else if (keeps(a)) out.push(cross(a, b));
    });
    ring = out;
  }
  return ring;
}

/** Liang–Barsky, segment by segment: an open line cut into the runs that lie in the rectangle. */
function clipLine(points: Point[], r: Rect): Point[][] {
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    let [t0, t1] = [0, 1];
    const fits = (
      [
        [-dx, a[0] - r.x0],
        [dx, r.x1 - a[0]],
        [-dy, a[1] - r.y0],
        [dy, r.y1 - a[1]],
      ] as const
    ).every(([p, q]) => {
      if (p === 0) return q >= 0;
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      return t0 <= t1;
    });
    if (!fits) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    const start: Point = t0 > 0 ? [a[0] + t0 * dx, a[1] + t0 * dy] : a;
    if (!run.length || t0 > 0) {
      if (run.length) runs.push(run);
      run = [start];
    }
    run.push(t1 < 1 ? [a[0] + t1 * dx, a[1] + t1 * dy] : b);
    if (t1 < 1) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs.filter((r) => r.length > 1);
}

const num = (n: number) => String(Math.round(n * 100) / 100);
const line = (points: Point[]) => `M${points.map((p) => `${num(p[0])},${num(p[1])}`).join('L')}`;

/** The path cut to the rectangle, or undefined if all of it lies inside. */
function clipPath(subpaths: Subpath[], r: Rect): string | undefined {
  if (subpaths.every((s) => s.points.every((p) => inside(p, r)))) return undefined;
  return subpaths
    .flatMap((s) => {
      if (!s.closed) return clipLine(s.points, r).map(line);
      const ring = clipRing(s.points, r);
      return ring.length > 2 ? [`${line(ring)}Z`] : [];
    })
    .join('');
}

/** Drops and cuts, in place, the paths under `svg` that reach outside `view`; returns how many. */
export function trimToView(svg: Element, view: Box): number {
  let changed = 0;
  const visit = (el: Element, at: Affine, cuttable: boolean): void => {
    el.children = el.children.filter((child: ChildNode) => {
      if (child.type !== 'tag') return true;
      const node = child as Element;
      if (REFERENCED.has(node.name) || /transform/.test(node.attribs.style ?? '')) return true;
      const own = parseTransform(node.attribs.transform);
      if (!own) return true;
      const here: Affine = {
        kx: at.kx * own.kx,
        ky: at.ky * own.ky,
        tx: at.kx * own.tx + at.tx,
        ty: at.ky * own.ty + at.ty,
      };
      const canCut =
        cuttable && !Object.entries(node.attribs).some(([k, v]) => PATH_BOUND.test(`${k}:${v}`));
      if (node.name !== 'path' || node.attribs.id) {
        visit(node, here, canCut);
        return true;
      }
      const subpaths = parsePath(node.attribs.d ?? '');
      if (!subpaths) return true;
      // The viewBox and margin in the path's own units.
      const xs = [
        (view[0] - MARGIN - here.tx) / here.kx,
        (view[0] + view[2] + MARGIN - here.tx) / here.kx,
      ];
      const ys = [
        (view[1] - MARGIN - here.ty) / here.ky,
        (view[1] + view[3] + MARGIN - here.ty) / here.ky,
      ];
      const rect = {
        x0: Math.min(...xs),
        x1: Math.max(...xs),
        y0: Math.min(...ys),
        y1: Math.max(...ys),
      };
      const [bx, by, bw, bh] = pathBounds(node.attribs.d!)!;
      if (bx > rect.x1 || bx + bw < rect.x0 || by > rect.y1 || by + bh < rect.y0) {
        changed++;
        return false;
      }
      const cut = canCut ? clipPath(subpaths, rect) : undefined;
      if (cut === undefined) return true;
      changed++;
      if (!cut) return false;
      node.attribs.d = cut;
      return true;
    });
  };
  visit(svg, { kx: 1, ky: 1, tx: 0, ty: 0 }, true);
  return changed;
}
