/** Attribute frames: each element's values per state, which the scrolly island tweens between steps. */
import { framesOf as sharedFramesOf, type Attrs, type Frames } from '../define.ts';
import { STATES, type RouteState } from './states.ts';
import { round } from '../shared/map.ts';

export type XY = [number, number];

export { round };
export const fmt = (p: XY) => `${round(p[0], 1)},${round(p[1], 1)}`;

export type { Attrs, Frames };

/** Frames from a function of the state, through the one shared encoder: "*" holds the overview, other states only where they differ. */
export const framesOf = (attrs: (state: RouteState) => Attrs): Frames =>
  sharedFramesOf(STATES, attrs);
