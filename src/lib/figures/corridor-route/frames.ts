/** Attribute frames: each element's values per state, which the scrolly island tweens between steps. */
import { OVERVIEW, STATES, type RouteState } from './data.ts';

export type XY = [number, number];

export const round = (n: number, digits = 1) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};
export const fmt = (p: XY) => `${round(p[0], 1)},${round(p[1], 1)}`;

export type Attrs = Record<string, string | number>;
/** Attribute values per state; "*" is the overview, which is also what the server renders. */
export type Frames = Record<string, Attrs>;

/** Builds frames from a function of the state: "*" holds the overview, other states only where they differ. */
export function framesOf(attrs: (state: RouteState) => Attrs): Frames {
  const base = attrs(OVERVIEW);
  const frames: Frames = { '*': base };
  for (const state of STATES) {
    if (state === OVERVIEW) continue;
    const value = attrs(state);
    if (Object.keys(value).some((key) => value[key] !== base[key])) frames[state] = value;
  }
  return frames;
}
