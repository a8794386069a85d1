/** Kazakh letters on the cards: the Cyrillic Extended files are drawn, not the missing-glyph box. */
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { CARD, cardTree, type CardContent } from '../../src/lib/og/card.ts';
import { layoutProblems, type LaidOutBox } from '../../src/lib/og/check.ts';
import { loadCardFonts } from '../../src/lib/og/fonts.ts';
import { renderCardPng } from '../../src/lib/og/render.ts';
import { SITE } from '../../src/site.ts';
import { coloursIn, decodePng } from '../support/png.ts';

const fonts = loadCardFonts();
const card = (text: string): CardContent => ({
  kicker: 'Тарау 1',
  title: text,
  dek: text,
  siteTitle: SITE.title,
  credit: 'Retold',
});

describe('Kazakh letters on a card', () => {
  // Drawn as missing glyphs, the three letters are the same box; drawn, they differ. Title (Golos) and dek (Piazzolla).
  it('draws қ, ә and ң in the title and the dek as letters, each its own', async () => {
    const region = { x: 80, y: 100, width: 200, height: 360 };
    const seen = await Promise.all(
      ['қ', 'ә', 'ң'].map(async (letter) =>
        coloursIn(decodePng(await renderCardPng(card(letter))), region).join(),
      ),
    );
    expect(new Set(seen).size).toBe(3);
  });

  it('lays out Kazakh words where they are drawn', async () => {
    const boxes: LaidOutBox[] = [];
    const content = { ...card('Қазақстан әлемі'), dek: 'Көңіл, ғасыр, өнер, ұлт, үй, һәм, іс.' };
    await satori(cardTree(content, fonts.measure) as unknown as Parameters<typeof satori>[0], {
      width: CARD.width,
      height: CARD.height,
      fonts: fonts.satori,
      onNodeDetected: (n) => boxes.push(n),
    });
    expect(layoutProblems(boxes)).toEqual([]);
    // Measured (for line breaking) and laid out by satori to within a few pixels.
    const title = boxes.find((b) => b.textContent === content.title);
    expect(title, 'the title as one run').toBeDefined();
    expect(Math.abs(title!.width - fonts.measure.title(content.title, 72))).toBeLessThan(24);
  });
});
