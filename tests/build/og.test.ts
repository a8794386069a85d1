/** Social cards in dist/og: one for home, every published chapter and every other page; PNG, 1200 × 630, within budget; chapter cards with their opening still. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLOURS } from '../../src/lib/og/card.ts';
import { OG_PAGES } from '../../src/lib/og/pages.ts';
import { ogImagePath } from '../../src/lib/og/paths.ts';
import { STILL_FRAME } from '../../src/lib/og/still.ts';
import { coloursIn, decodePng, PNG_BUDGET, readPngHeader } from '../support/png.ts';
import { readChapters } from '../support/chapters.ts';
import { DIST, requireDist } from '../support/dist.ts';

const published = readChapters()
  .filter((c) => !(c.frontmatter as { draft?: boolean }).draft)
  .map((c) => c.id);
const KEYS = ['index', ...published, ...Object.keys(OG_PAGES)];
/** The card's paper and text colours, which a card without the still shows in its frame too. */
const TEXT_COLOURS: string[] = [COLOURS.paper, COLOURS.ink, COLOURS.ink2];

describe('social cards', () => {
  beforeAll(requireDist);

  it('covers every chapter and page, and nothing else', () => {
    expect(published.length).toBeGreaterThan(0);
    const built = readdirSync(join(DIST, 'og')).sort();
    expect(built).toEqual(KEYS.map((k) => `${k}.png`).sort());
  });

  it.each(KEYS)('%s is a 1200 × 630 PNG of at most 150 KB', (key) => {
    const file = join(DIST, ogImagePath(key));
    expect(existsSync(file), `${file} was not built`).toBe(true);
    const bytes = readFileSync(file);
    expect(readPngHeader(bytes)).toMatchObject({ width: 1200, height: 630 });
    expect(bytes.length, `${key}.png is ${bytes.length} bytes`).toBeLessThanOrEqual(PNG_BUDGET);
  });

  // The Russian edition draws its own cards, in Russian: /ru/og/<key>.png, with the same keys.
  it('draws the Russian edition its own cards, and its pages point at them', () => {
    expect(readdirSync(join(DIST, 'ru', 'og')).sort()).toEqual(KEYS.map((k) => `${k}.png`).sort());
    for (const key of KEYS) {
      const bytes = readFileSync(join(DIST, 'ru', ogImagePath(key)));
      expect(readPngHeader(bytes)).toMatchObject({ width: 1200, height: 630 });
      expect(bytes.length, `ru/og/${key}.png`).toBeLessThanOrEqual(PNG_BUDGET);
    }
    for (const page of ['', 'china/', 'updates/']) {
      const html = readFileSync(join(DIST, 'ru', page, 'index.html'), 'utf8');
      const key = page ? page.replace(/\/$/, '') : 'index';
      expect(html).toMatch(
        new RegExp(`<meta property="og:image" content="[^"]*/ru/og/${key}\\.png"`),
      );
    }
  });

  // What a viewer sees: in the card's still frame, the colours of the still the chapter page opens
  // with (not the text colours, which a card without the still has there too).
  it.each(published.flatMap((id) => [`/${id}/`, `/ru/${id}/`]))(
    'the %s card shows the chapter’s opening still',
    (page) => {
      const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
      const still = /<img class="opening__still" src="([^"]+)"/.exec(html)?.[1];
      const card = new URL(/<meta property="og:image" content="([^"]+)"/.exec(html)![1]!).pathname;
      expect(still, 'the page’s opening still').toBeTruthy();
      const fills = new Set(
        [...readFileSync(join(DIST, still!), 'utf8').matchAll(/fill[:=]"?(#[0-9a-f]{6})/gi)]
          .map((m) => m[1]!.toLowerCase())
          .filter((c) => !TEXT_COLOURS.includes(c)),
      );
      const frame = coloursIn(decodePng(readFileSync(join(DIST, card))), STILL_FRAME);
      const counts = new Map<string, number>();
      for (const c of frame) counts.set(c, (counts.get(c) ?? 0) + 1);
      const shown = [...fills].filter((c) => (counts.get(c) ?? 0) >= 150);
      expect(shown, `${card}: colours of ${still} in the frame`).not.toEqual([]);
      expect(frame.length - (counts.get(COLOURS.paper) ?? 0)).toBeGreaterThan(frame.length * 0.03);
    },
  );
});
