/** The whole layout the component renders: cameras, map, legs and labels, each as frames per step. Pure; run at build time. */
import { STATES, type RouteState } from './data.ts';
import type { CorridorRouteData } from './route.ts';
import { framesOf, type Frames } from './frames.ts';
import { stageOf, viewOf, type Camera } from './camera.ts';
import { baseMap } from './geometry.ts';
import { legLayouts, type LegLayout } from './legs.ts';
import {
  labelLayouts,
  type Box,
  type CountryLabelLayout,
  type LabelLayout,
  type MarkerLayout,
} from './labels.ts';
import { SIZE } from './style.ts';

export interface CorridorRouteLayout {
  width: number;
  height: number;
  /** Land and borders, in base units: the only things the camera transform scales. */
  land: string;
  borders: string;
  cameras: Record<RouteState, Camera>;
  cameraFrames: Frames;
  /** Everything else is placed in screen units for each step, so text and lines keep their size while the view zooms. */
  legs: LegLayout[];
  markers: MarkerLayout[];
  labels: LabelLayout[];
  countryLabels: CountryLabelLayout[];
  /** Screen boxes of every label shown in a state: labels, country names and leg labels. */
  boxes: (state: RouteState) => Box[];
  /** Screen boxes of the markers shown in a state. */
  markerBoxes: (state: RouteState) => Box[];
  /** Whether a box lies inside the map, clear of the legend. */
  inside: (box: Box) => boolean;
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
  const { markers, labels, countryLabels, boxes, markerBoxes, inside } = labelLayouts(
    data,
    stage,
    legs,
    countryFeatures,
  );
  return {
    width,
    height,
    land,
    borders,
    cameras,
    cameraFrames,
    legs,
    markers,
    labels,
    countryLabels,
    boxes,
    markerBoxes,
    inside,
  };
}
