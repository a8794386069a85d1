/**
 * The two drawings every figure makes: the phone artwork, laid out at the width it is shown at
 * on a 360 px phone (so one viewBox unit is about one CSS pixel), and the desktop artwork.
 * Label sizes are in viewBox units: 12–16 on the phone, and small enough on the desktop that,
 * scaled up to the column (about 1.34× a 520-wide drawing), they stay under body text (20 px).
 */
export type ArtName = 'phone' | 'desktop';
export interface Art {
  name: ArtName;
  /** Appended to every id in the drawing, so the two drawings never share one. */
  suffix: string;
}
export const ARTS: readonly Art[] = [
  { name: 'phone', suffix: '-phone' },
  { name: 'desktop', suffix: '' },
];
/** The phone artwork's width in viewBox units: the graphic's width on a 360 px phone. */
export const PHONE_WIDTH = 320;
