/** Each leg on screen in every step: its line or schematic curve, how it draws in, its arrow and its label. */
import { OVERVIEW, STATES, type Actor, type ONWARD, type RouteState } from './data.ts';
import { stateIndex, type RouteLeg } from './route.ts';
import { fmt, framesOf, round, type Frames, type XY } from './frames.ts';
import type { Stage } from './camera.ts';
import { STYLE } from './style.ts';

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

const ONWARD_DIRECTION: Record<(typeof ONWARD)[number], [number, number]> = {
  west: [-1, -0.18],
  northwest: [-1, -0.6],
};

export function legLayouts(
  routeLegs: RouteLeg[],
  { width, height, placeXY, screen, k }: Stage,
  schematicWord = 'schematic',
): LegLayout[] {
  const drawnIn = (leg: RouteLeg, state: RouteState) =>
    state === OVERVIEW || stateIndex(state) >= stateIndex(leg.state);

  // Legs: straight lines between the projected places (the schematic one a curve), redrawn on screen for each step.
  return routeLegs.map((leg) => {
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
    const baseLength =
      shape.kind === 'curve'
        ? bezierLength(...shape.points)
        : shape.points
            .slice(1)
            .reduce(
              (sum, p, i) =>
                sum + Math.hypot(p[0] - shape.points[i]![0], p[1] - shape.points[i]![1]),
              0,
            );
    const d = (s: RouteState) => {
      const pts = shape.points.map((p) => screen(s, p));
      return shape.kind === 'curve'
        ? `M${fmt(pts[0]!)}C${fmt(pts[1]!)} ${fmt(pts[2]!)} ${fmt(pts[3]!)}`
        : `M${pts.map(fmt).join('L')}`;
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
    const layout: LegLayout = {
      id: leg.id,
      state: leg.state,
      actor: leg.actor,
      mode: leg.mode,
      schematic: !!leg.schematic,
      length,
      dasharray,
      frames: framesOf((s) => ({ d: d(s), 'stroke-dashoffset': drawnIn(leg, s) ? 0 : hidden })),
    };
    if (leg.onward || leg.schematic) {
      const n = Math.hypot(tangent[0], tangent[1]);
      const [ux, uy] = [tangent[0] / n, tangent[1] / n];
      const a = STYLE.arrow;
      layout.arrow = framesOf((s) => {
        const end = screen(s, shape.points.at(-1)!);
        const back: XY = [end[0] - ux * a, end[1] - uy * a];
        return {
          d: `M${fmt(end)}L${fmt([back[0] - uy * a * 0.55, back[1] + ux * a * 0.55])}L${fmt([back[0] + uy * a * 0.55, back[1] - ux * a * 0.55])}Z`,
          opacity: drawnIn(leg, s) ? 1 : 0,
        };
      });
    }
    if (leg.label) {
      // Beside the line, in the whole-map view only: under the schematic curve a third of the way across, above the arrow's tip otherwise.
      const anchor = leg.schematic ? 'middle' : 'start';
      const x = leg.schematic ? width * 0.3 : 4;
      const y =
        shape.kind === 'curve'
          ? bezierAt(...shape.points, x) + STYLE.font * 1.4
          : shape.points.at(-1)![1] - STYLE.font * 0.7;
      layout.label = {
        text: leg.schematic ? `${leg.label} (${schematicWord})` : leg.label,
        anchor,
        frames: framesOf((s) => ({
          x: round(x),
          y: round(y),
          opacity: drawnIn(leg, s) && k(s) === 1 ? 1 : 0,
        })),
      };
    }
    return layout;
  });
}

const bezierPoint = (p0: XY, p1: XY, p2: XY, p3: XY, t: number): XY => {
  const u = 1 - t;
  return [
    u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
    u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
  ];
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
