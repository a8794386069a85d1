/** Card content → satori SVG → resvg PNG. Fonts are read once per process (see fonts.ts). */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD, cardTree, type CardContent } from './card.ts';
import { layoutProblems, type LaidOutBox } from './check.ts';
import { faceFiles, loadCardFonts } from './fonts.ts';
import { compositeStill, STILL_FRAME } from './still.ts';

/** The SVG, refusing any card whose text satori laid out past the margins, over other text or over the still. */
export async function renderCardSvg(content: CardContent): Promise<string> {
  const fonts = loadCardFonts();
  // satori's types name React's node type; the tree is the plain-object form it documents.
  const tree = cardTree(content, fonts.measure) as unknown as Parameters<typeof satori>[0];
  const boxes: LaidOutBox[] = [];
  const svg = await satori(tree, {
    width: CARD.width,
    height: CARD.height,
    fonts: fonts.satori,
    onNodeDetected: (node) => boxes.push(node),
  });
  const problems = layoutProblems(boxes, content.still ? STILL_FRAME : undefined);
  if (problems.length)
    throw new Error(`Social card "${content.title}" does not fit:\n  ${problems.join('\n  ')}`);
  return svg;
}

/** The card as a PNG; a chapter card's still frame stays empty until compositeStill fills it. */
export async function renderCardPng(content: CardContent): Promise<Buffer> {
  const svg = await renderCardSvg(content);
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD.width },
    font: { loadSystemFonts: false },
    logLevel: 'off',
  })
    .render()
    .asPng();
}

/**
 * What an /og/ route answers. In a build the stills do not exist yet, and the card-stills
 * integration draws them in afterwards; `astro dev` serves stills on request (dev-stills.ts),
 * so there the route draws the still in at once, from the same address the chapter page uses.
 */
export async function cardResponse(card: CardContent, url: URL): Promise<Response> {
  let png = await renderCardPng(card);
  if (import.meta.env.DEV && card.still) {
    // A build run from a test process can look like dev with no server to ask: then the
    // card-stills integration draws the still in after the build, as in any build.
    const still = await fetch(new URL(card.still, url)).catch(() => null);
    if (still?.ok) png = compositeStill(png, await still.text(), faceFiles());
  }
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
