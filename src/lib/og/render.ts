/** Card content → satori SVG → resvg PNG. Fonts are read once per process (see fonts.ts). */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD, cardTree, layoutProblems, type CardContent, type LaidOutBox } from './card.ts';
import { loadCardFonts } from './fonts.ts';

/** The SVG, refusing any card whose text satori laid out past the margins or over other text. */
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
  const problems = layoutProblems(boxes);
  if (problems.length)
    throw new Error(`Social card "${content.title}" does not fit:\n  ${problems.join('\n  ')}`);
  return svg;
}

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
