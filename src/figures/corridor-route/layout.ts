/** The whole layout the component renders: cameras, map, legs and labels, each as frames per step. Pure; run at build time. */
import { STATES, type RouteState } from './data.ts';
import type { CorridorRouteData } from './route.ts';
import { framesOf, type Frames } from './frames.ts';
import { stageOf, viewOf, type Camera } from './camera.ts';
import { baseMap } from './geometry.ts';
import { legLayouts, type LegLayout } from './legs.ts';
import { labelLayouts, type LabelLayouts } from './labels.ts';
import { SIZE } from './style.ts';

/** Land and borders are in base units, the only things the camera transform scales; legs and labels are placed in screen
 * units for each step, so text and lines keep their size while the view zooms. */
export interface CorridorRouteLayout extends LabelLayouts {
  width: number;
  height: number;
  land: string;
  borders: string;
  cameras: Record<RouteState, Camera>;
  cameraFrames: Frames;
  legs: LegLayout[];
}

export function corridorRouteLayout(
  data: CorridorRouteData,
  width: number = SIZE.width,
  height: number = SIZE.height,
): CorridorRouteLayout {
  const stage = stageOf(data, width, height);
  const { cameras, k } = stage;
  const cameraFrames = framesOf((s) => ({
    transform: `translate(${cameras[s].x},${cameras[s].y}) scale(${cameras[s].k})`,
  }));

  // Map: detail where a step zooms in, coarse elsewhere; clipped to the frame.
  const views = STATES.map((s) => ({ k: k(s), ...viewOf(cameras[s], width, height) }));
  const { land, borders, countryFeatures } = baseMap(views, width, height);

  const legs = legLayouts(data.legs, stage, data.words.schematic);
  return {
    width,
    height,
    land,
    borders,
    cameras,
    cameraFrames,
    legs,
    ...labelLayouts(data, stage, legs, countryFeatures),
  };
}
