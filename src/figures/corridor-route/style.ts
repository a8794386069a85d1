/** The figure's sizes in SVG units: frame, strokes, fonts, padding and map detail. */

/** The desktop map's frame in SVG units; font sizes are in the same units (shown about 1.34× on a desktop, so 14 → 19 px). */
export const SIZE = { width: 520, height: 300 } as const;
/** The phone map's frame: laid out at the width it is shown at on a 360 px phone, so 14 units print at 14 px. */
export const PHONE_SIZE = { width: 320, height: 300 } as const;

export const STYLE = {
  marker: 4.5,
  markerStroke: 1.5,
  rail: 3,
  ferry: 2.5,
  /** Ferry dashes, in screen units. */
  dash: [6, 4] as [number, number],
  font: 14,
  countryFont: 13,
  legendFont: 13,
  /** Height of the legend strip along the bottom edge. */
  legendBand: 26,
  halo: 3.5,
  arrow: 9,
  /** Room around the framed places, for their labels. */
  pad: { x: 96, y: 52 },
  maxZoom: 6,
  /** Largest simplification error, in screen units at the closest zoom of each area. */
  tolerance: 0.35,
} as const;

/** Golos Text's average advance is a little over half an em; used to keep labels apart. */
export { labelWidth as textWidth } from '../shared/map.ts';
