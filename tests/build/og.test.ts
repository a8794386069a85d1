/** Social cards in dist/og: one for home, every published chapter and every other page; PNG, 1200 × 630, within budget. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OG_PAGES } from '../../src/lib/og/pages.ts';
import { ogImagePath } from '../../src/lib/og/paths.ts';
import { PNG_BUDGET, readPngHeader } from '../support/png.ts';
import { readChapters } from '../support/chapters.ts';
import { DIST, requireDist } from '../support/dist.ts';

const published = readChapters()
  .filter((c) => !(c.frontmatter as { draft?: boolean }).draft)
  .map((c) => c.id);
const KEYS = ['index', ...published, ...Object.keys(OG_PAGES)];

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
});
