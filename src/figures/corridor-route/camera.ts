/** The camera for each step: which part of the map it frames, how far it zooms, and where map points land on screen. */
import { getPlace } from '../../lib/places.ts';
import { STATES, type RouteState } from './data.ts';
import type { CorridorRouteData, RouteStep } from './route.ts';
import { type XY } from './frames.ts';
import { fitView, round, union } from '../shared/map.ts';
import { routeProjection } from './geometry.ts';
import { SIZE, STYLE } from './style.ts';

export interface Camera {
  k: number;
  x: number;
  y: number;
}

/** Frames a set of projected points, zoomed in as far as the labels' padding allows, and kept inside the map. */
export function fitCamera(
  points: Array<[number, number]>,
  width: number = SIZE.width,
  height: number = SIZE.height,
  maxZoom: number = STYLE.maxZoom,
): Camera {
  const box = union(points.map((p) => [p, p]));
  const { k, x, y } = fitView(box, width, height, {
    inset: { x: STYLE.pad.x, y: STYLE.pad.y, bottom: STYLE.legendBand },
    zoom: [1, Math.min(maxZoom, STYLE.maxZoom)],
    keepInside: true,
  });
  return { k: round(k, 3), x: round(x, 2), y: round(y, 2) };
}

/** The part of the base map a camera shows, in base units. */
export const viewOf = (c: Camera, width: number = SIZE.width, height: number = SIZE.height) => ({
  x0: -c.x / c.k,
  y0: -c.y / c.k,
  x1: (width - c.x) / c.k,
  y1: (height - c.y) / c.k,
});

/** What every part of the layout places things with: the frame, the projected places, and each state's step and camera. */
export interface Stage {
  width: number;
  height: number;
  placeXY: Map<string, XY>;
  step: (state: RouteState) => RouteStep;
  cameras: Record<RouteState, Camera>;
  k: (state: RouteState) => number;
  screen: (state: RouteState, xy: XY) => XY;
}

export function stageOf(data: CorridorRouteData, width: number, height: number): Stage {
  const projection = routeProjection(width, height);
  const placeXY = new Map(data.places.map((p) => [p.id, projection([p.lon, p.lat]) as XY]));
  const step = (state: RouteState) => data.steps.find((s) => s.state === state)!;

  const cameras = Object.fromEntries(
    STATES.map((state) => {
      const { frame, zoom } = step(state);
      return [
        state,
        frame === 'whole'
          ? { k: 1, x: 0, y: 0 }
          : fitCamera(
              frame.map(
                (id) =>
                  placeXY.get(id) ??
                  (projection([
                    getPlace(data.places, id).lon,
                    getPlace(data.places, id).lat,
                  ]) as XY),
              ),
              width,
              height,
              zoom,
            ),
      ];
    }),
  ) as Record<RouteState, Camera>;
  const k = (state: RouteState) => cameras[state].k;
  /**
   * Base units to screen units in a state. d3 tweens the camera's translate and scale linearly, so
   * a map point moves linearly on screen too: tweening these screen positions keeps labels, markers
   * and lines fixed to the map all through a zoom.
   */
  const screen = (state: RouteState, [x, y]: XY): XY => [
    cameras[state].x + cameras[state].k * x,
    cameras[state].y + cameras[state].k * y,
  ];
  return { width, height, placeXY, step, cameras, k, screen };
}
