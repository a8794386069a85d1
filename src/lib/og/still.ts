/**
 * A chapter card shows the chapter's opening still (openings.ts) beside its text. The card's text
 * is drawn by the /og/ routes, before the build writes the stills (figure-downloads.ts, at
 * build:done); so the routes leave the still's frame empty and the build then draws the still's
 * own SVG into it (compositeStill), through resvg, from the file the chapter page shows.
 */
import { rasterise } from '../../figures/shared/download.ts';
import { OPENING_BOX } from '../openings.ts';
import { CARD, FOOTER_HEIGHT, LAYOUT } from './card.ts';

export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

const { padX, band, padTop, padBottom, footer: F, still: S } = LAYOUT;

/** Where the still goes: at the right margin, centred in the height the text has (above the footer). */
export const STILL_FRAME: Frame = (() => {
  const width = S.width;
  const height = Math.round((width * OPENING_BOX.height) / OPENING_BOX.width);
  const top = band + padTop;
  const bottom = CARD.height - padBottom - FOOTER_HEIGHT - F.gap;
  return {
    x: CARD.width - padX - width,
    y: Math.round((top + bottom - height) / 2),
    width,
    height,
  };
})();

/** The still's size from its root viewBox (stills differ a little in shape). */
function viewBoxSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const box =
    /\bviewBox="([^"]+)"/
      .exec(root)?.[1]
      ?.split(/[\s,]+/)
      .map(Number) ?? [];
  if (box.length !== 4 || box.some((n) => !Number.isFinite(n)) || box[2]! <= 0 || box[3]! <= 0)
    throw new Error('A chapter still has no usable viewBox on its <svg>.');
  return { width: box[2]!, height: box[3]! };
}

/** The still scaled to fit its frame, centred in it, as a group to draw over the card. */
export function placeStill(still: string, frame: Frame = STILL_FRAME): string {
  const size = viewBoxSize(still);
  const scale = Math.min(frame.width / size.width, frame.height / size.height);
  const x = frame.x + (frame.width - size.width * scale) / 2;
  const y = frame.y + (frame.height - size.height * scale) / 2;
  const bare = still.replace(/^\s*<\?xml[^>]*>\s*/, '');
  return `<g transform="translate(${x.toFixed(2)} ${y.toFixed(2)}) scale(${scale.toFixed(5)})">${bare}</g>`;
}

/**
 * The card PNG with the still drawn into its frame. The card goes in as an image at 1:1, so its
 * text is not drawn again; the still's labels are set in the site's faces, as in the downloads.
 */
export function compositeStill(card: Uint8Array, still: string, fontFiles: string[]): Buffer {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">` +
    `<image href="data:image/png;base64,${Buffer.from(card).toString('base64')}" width="${CARD.width}" height="${CARD.height}"/>` +
    `${placeStill(still)}</svg>`;
  return rasterise(svg, fontFiles, CARD.width);
}
