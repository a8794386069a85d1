/**
 * What a reader sees on the first screen and in the text column, measured in
 * Chromium rather than read from the markup: the phone header's height, where
 * the story's first sentence lands, and how many characters a desktop line holds.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { readChapters } from '../support/chapters.ts';

const site = useBuiltSite();
// Every published chapter in each edition: the English ones at the root, the Russian under /ru/.
const chapters = readChapters()
  .filter((chapter) => !(chapter.frontmatter as { draft?: boolean } | undefined)?.draft)
  .flatMap((chapter) => [chapter.id, `ru/${chapter.id}`]);

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1440, height: 900 };

async function open(path: string, viewport: { width: number; height: number }) {
  const context = await site.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

describe('the first screen on a 360 × 740 phone', () => {
  it.each(chapters)(
    '/%s/: the header is at most 56 px tall and the first sentence is on screen',
    async (id) => {
      const page = await open(`/${id}/`, PHONE);
      const { header, firstLine } = await page.evaluate(() => {
        const paragraph = document.querySelector('.body > p, .body > .scrolly ~ p');
        const range = document.createRange();
        if (paragraph?.firstChild)
          (range.setStart(paragraph.firstChild, 0), range.setEnd(paragraph.firstChild, 1));
        return {
          header: document.querySelector('.site-header')!.getBoundingClientRect().height,
          firstLine: paragraph ? range.getBoundingClientRect().bottom + window.scrollY : Infinity,
        };
      });
      expect(header).toBeLessThanOrEqual(56);
      expect(
        firstLine,
        'bottom of the first line of the story, in CSS px from the top',
      ).toBeLessThanOrEqual(PHONE.height);
      await page.context().close();
    },
  );
});

describe('the measure on a 1440 × 900 desktop', () => {
  it.each(chapters)('/%s/: body lines hold 65–75 characters (median)', async (id) => {
    const page = await open(`/${id}/`, DESKTOP);
    const lengths = await page.evaluate(() => {
      const out: number[] = [];
      for (const paragraph of document.querySelectorAll('.body > p')) {
        // Count the characters on each rendered line, by the top of each character's box.
        const lines = new Map<number, number>();
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if ((node.parentElement as HTMLElement | null)?.closest('[hidden], .term-pop')) continue;
          const text = node as Text;
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const box = range.getClientRects()[0];
            if (!box) continue;
            const top = Math.round(box.top / 4);
            lines.set(top, (lines.get(top) ?? 0) + 1);
          }
        }
        const counts = [...lines.values()];
        counts.pop(); // a paragraph's last line is as long as it happens to be
        out.push(...counts);
      }
      return out.sort((a, b) => a - b);
    });
    expect(lengths.length).toBeGreaterThan(10);
    const median = lengths[Math.floor(lengths.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(65);
    expect(median).toBeLessThanOrEqual(75);
    await page.context().close();
  });
});
