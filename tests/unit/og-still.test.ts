/** A chapter card's opening still: its frame, the text kept clear of it, and the still drawn into it. */
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import {
  CARD,
  COLOURS,
  FOOTER_HEIGHT,
  LAYOUT,
  bodyWidth,
  cardTree,
  type CardContent,
} from '../../src/lib/og/card.ts';
import { layoutProblems, type LaidOutBox } from '../../src/lib/og/check.ts';
import { faceFiles, loadCardFonts } from '../../src/lib/og/fonts.ts';
import { renderCardPng } from '../../src/lib/og/render.ts';
import { STILL_FRAME, compositeStill, placeStill } from '../../src/lib/og/still.ts';
import { chapterCardOf } from '../../src/integrations/card-stills.ts';
import { SITE } from '../../src/site.ts';
import { coloursIn, decodePng, PNG_BUDGET } from '../support/png.ts';

const CHAPTER: CardContent = {
  kicker: 'Chapter 3 of 9',
  title: 'China and the Belt and Road',
  dek: 'China trades, invests and builds in Kazakhstan on a large scale, though the two countries’ statistics disagree on how much trade passes between them.',
  siteTitle: SITE.title,
  credit: 'Retold from Stefan Antić’s spring 2024 article',
  still: '/stills/china-trade/overview.svg',
};
/** A still of two colour fields, each half of its width: easy to find in the card. */
const TEAL = '#006b80';
const RED = '#b3261e';
const STILL = `<svg viewBox="0 0 520 340" width="520" height="340" xmlns="http://www.w3.org/2000/svg"><rect width="260" height="340" fill="${TEAL}"/><rect x="260" width="260" height="340" fill="${RED}"/></svg>`;

const fonts = loadCardFonts();
async function boxes(content: CardContent): Promise<LaidOutBox[]> {
  const out: LaidOutBox[] = [];
  await satori(cardTree(content, fonts.measure) as unknown as Parameters<typeof satori>[0], {
    width: CARD.width,
    height: CARD.height,
    fonts: fonts.satori,
    onNodeDetected: (n) => out.push(n),
  });
  return out;
}

describe('the still on a chapter card', () => {
  it('sits at the right margin, above the footer, in the opening’s proportions', () => {
    const f = STILL_FRAME;
    expect(f.x + f.width).toBe(CARD.width - LAYOUT.padX);
    expect(f.width / f.height).toBeCloseTo(520 / 340, 1);
    expect(f.y).toBeGreaterThan(LAYOUT.band + LAYOUT.padTop - 1);
    expect(f.y + f.height).toBeLessThan(CARD.height - LAYOUT.padBottom - LAYOUT.footer.height);
  });

  it('keeps the text to its left, and satori lays its empty frame where the build draws it', async () => {
    const laid = await boxes(CHAPTER);
    expect(layoutProblems(laid, STILL_FRAME)).toEqual([]);
    const text = laid.filter((b) => b.textContent?.trim() && b.top < STILL_FRAME.y + 200);
    for (const b of text) expect(b.left + b.width).toBeLessThanOrEqual(STILL_FRAME.x);
    const slot = laid.find((b) => !b.textContent && b.left === STILL_FRAME.x);
    expect(slot?.width).toBe(STILL_FRAME.width);
    expect(slot!.top).toBeLessThanOrEqual(STILL_FRAME.y);
    expect(slot!.top + slot!.height).toBeGreaterThanOrEqual(STILL_FRAME.y + STILL_FRAME.height);
    expect(bodyWidth(CHAPTER)).toBeLessThan(bodyWidth({ still: undefined }));
  });

  it('keeps the footer where the height budget puts it, even when title and dek fill it', async () => {
    const full: CardContent = {
      ...CHAPTER,
      title: 'Астанинский международный форум',
      dek: 'Собственный форум для мировых лидеров Казахстан запустил в 2023 году, в 2024-м отменил из-за паводков, а в 2025-м провёл снова.',
    };
    for (const content of [full, { ...full, still: undefined }]) {
      const laid = await boxes(content);
      const page = laid.find(
        (b) => b.left === 0 && b.top === LAYOUT.band && b.width === CARD.width,
      );
      expect(page?.height, content.still ? 'with a still' : 'without').toBe(
        CARD.height - LAYOUT.band,
      );
    }
    const pushed = { left: 0, top: LAYOUT.band, width: CARD.width, height: CARD.height };
    expect(layoutProblems([pushed])).toEqual([
      'the text pushes the footer off the card (a box reaches 642 px of 630)',
    ]);
    expect(STILL_FRAME.y + STILL_FRAME.height).toBeLessThanOrEqual(
      CARD.height - LAYOUT.padBottom - FOOTER_HEIGHT - LAYOUT.footer.gap,
    );
  });

  it('notices text laid over the still', () => {
    const over = { left: STILL_FRAME.x - 10, top: STILL_FRAME.y + 5, width: 40, height: 30 };
    expect(layoutProblems([{ ...over, textContent: 'a dek' }], STILL_FRAME)).toEqual([
      '"a dek" overlaps "the still"',
    ]);
    expect(layoutProblems([{ ...over, textContent: 'a dek' }])).toEqual([]);
  });

  it('draws the still into its frame and leaves the rest of the card as it was', async () => {
    const card = await renderCardPng(CHAPTER);
    const before = decodePng(card);
    const drawn = compositeStill(card, STILL, faceFiles());
    const after = decodePng(drawn);
    expect(drawn.length).toBeLessThanOrEqual(PNG_BUDGET);
    // The empty frame is paper; once drawn, its left half is the still's teal and its right half red.
    const inset = (x: number, width: number) => ({ x, y: STILL_FRAME.y + 4, width, height: 20 });
    const half = STILL_FRAME.width / 2;
    expect(new Set(coloursIn(before, inset(STILL_FRAME.x + 4, STILL_FRAME.width - 8)))).toEqual(
      new Set([COLOURS.paper]),
    );
    expect(new Set(coloursIn(after, inset(STILL_FRAME.x + 4, half - 8)))).toEqual(new Set([TEAL]));
    expect(new Set(coloursIn(after, inset(STILL_FRAME.x + half + 4, half - 8)))).toEqual(
      new Set([RED]),
    );
    // Outside the frame, the title, dek and footer are the same pixels.
    const left = { x: 0, y: 0, width: STILL_FRAME.x - 2, height: CARD.height };
    expect(coloursIn(after, left)).toEqual(coloursIn(before, left));
    const below = {
      x: 0,
      y: STILL_FRAME.y + STILL_FRAME.height + 2,
      width: CARD.width,
      height: 100,
    };
    expect(coloursIn(after, below)).toEqual(coloursIn(before, below));
  });

  it('fits a still of another shape inside the frame, centred', () => {
    const wide = '<svg viewBox="0 0 1000 340"></svg>';
    const [, x, y, scale] = /translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)/
      .exec(placeStill(wide))!
      .map(Number);
    expect(x).toBeCloseTo(STILL_FRAME.x, 1);
    expect(scale! * 1000).toBeCloseTo(STILL_FRAME.width, 1);
    expect(y! + (scale! * 340) / 2).toBeCloseTo(STILL_FRAME.y + STILL_FRAME.height / 2, 1);
    expect(() => placeStill('<svg></svg>')).toThrow(/viewBox/);
  });
});

describe('which still goes on which card', () => {
  const page = (type: string, base = '') =>
    `<meta property="og:type" content="${type}"><meta property="og:image" content="https://example.org${base}/ru/og/china.png"><picture class="opening__picture"><source media="(min-width: 76em)" srcset="${base}/ru/stills/china-trade/overview.svg"><img class="opening__still" src="${base}/ru/stills/china-trade/thumb/overview.svg" width="520"></picture>`;

  it('reads the still and the card from a chapter page, without the base path', () => {
    expect(chapterCardOf(page('article'))).toEqual({
      still: '/ru/stills/china-trade/overview.svg',
      card: '/ru/og/china.png',
    });
    expect(chapterCardOf(page('article', '/kz'), '/kz/')).toEqual({
      still: '/ru/stills/china-trade/overview.svg',
      card: '/ru/og/china.png',
    });
  });

  it('leaves other pages alone', () => {
    expect(chapterCardOf(page('website'))).toBeUndefined();
    expect(
      chapterCardOf('<meta property="og:type" content="article"><p>no opening</p>'),
    ).toBeUndefined();
  });
});
