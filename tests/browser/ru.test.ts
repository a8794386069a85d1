/**
 * The Russian edition in Chromium: its pages read in Russian (text and chrome at
 * least 95% Cyrillic by letters, citations and source titles aside), hreflang
 * pairs point both ways, the language switcher keeps the section, Russian
 * search finds Russian pages only, and the Cyrillic faces load.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site.ts';
import { builtPages, isEmbed, readPage } from '../support/dist.ts';
import { unicodeRangeTest } from '../../src/lib/font-subset.ts';

const site = useBuiltSite({ headers: true });
const ruPages = builtPages().filter((p) => p.startsWith('/ru/') && !p.endsWith('.html'));

async function open(path: string, width = 1280): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.url + path, { waitUntil: 'load' });
  return page;
}

/** What is not the edition's own words: citations, source titles and references, the original's title, code, anything marked as another language. */
// Figure drawings (svg) and their data tables are left out here: their labels come from figure code, not yet translated (see the figures' FigureEdition).
const NOT_OURS = [
  'svg',
  '.figure__data',
  '.figure__note',
  '[popover]',
  '.fact .visually-hidden',
  '.who',
  'noscript',
  '.credit',
  'a[href*="/sources/#"]',
  '.cite',
  '.note-ref',
  '.notes',
  'template',
  'code',
  '[lang]:not(html)',
  '.credit a',
  '.figure__source',
  '.sources',
  '.ref',
  '.used',
  '.pop__links',
  '[data-source]',
  '.citation',
  '.cite-this',
  'script',
  'style',
  '.print-sources',
  'dl dd ul',
];

describe('the Russian edition reads in Russian', () => {
  it.each(ruPages)('%s: at least 95 percent of the letters are Cyrillic', async (path) => {
    const page = await open(path);
    const { cyrillic, latin, sample } = await page.evaluate((skip) => {
      const body = document.body.cloneNode(true) as HTMLElement;
      for (const el of body.querySelectorAll(skip.join(','))) el.remove();
      const text = body.textContent ?? '';
      const latinWords = text.match(/\p{Script=Latin}+/gu) ?? [];
      const counts = new Map<string, number>();
      for (const w of latinWords) counts.set(w, (counts.get(w) ?? 0) + 1);
      return {
        cyrillic: (text.match(/\p{Script=Cyrillic}/gu) ?? []).length,
        latin: latinWords.join('').length,
        sample: [...counts]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 15)
          .map(([w, n]) => `${w}×${n}`)
          .join(' '),
      };
    }, NOT_OURS);
    const share = cyrillic / Math.max(1, cyrillic + latin);
    expect(share, `Latin words left: ${sample}`).toBeGreaterThanOrEqual(0.95);
    await page.context().close();
  });
});

describe('hreflang', () => {
  const alternates = (path: string) =>
    [...readPage(path).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
      (m) => ({ lang: m[1]!, href: new URL(m[2]!).pathname }),
    );

  it.each(ruPages.filter((p) => !p.includes('/404')))(
    '%s and its English page point at each other',
    (path) => {
      const mine = alternates(path);
      const english = mine.find((a) => a.lang === 'en-GB');
      expect(english, 'an en-GB alternate').toBeDefined();
      expect(mine.find((a) => a.lang === 'ru')?.href).toBe(path);
      expect(mine.find((a) => a.lang === 'x-default')?.href).toBe(english!.href);
      const theirs = alternates(english!.href);
      expect(theirs.find((a) => a.lang === 'ru')?.href).toBe(path);
      expect(theirs.find((a) => a.lang === 'en-GB')?.href).toBe(english!.href);
    },
  );

  it('html lang is ru on every Russian page and en-GB on every English one', () => {
    for (const path of builtPages()) {
      const lang = /<html lang="([^"]+)"/.exec(readPage(path))?.[1];
      expect(lang, path).toBe(path.startsWith('/ru/') ? 'ru' : 'en-GB');
    }
  });
});

describe('the language switcher', () => {
  it('keeps the section: the third section of the Russian China chapter opens the third section of the English', async () => {
    const page = await open('/ru/china/');
    const ids = await page.locator('.body h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    // The reader follows the contents to the third section, then switches language.
    await page.locator(`.toc--wide a[href="#${ids[2]}"]`).click();
    await page.locator('a[data-lang-switch]').first().click();
    await page.waitForURL(/\/china\/#/);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/china/');
    const englishIds = await page.locator('.body h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(decodeURIComponent(url.hash.slice(1))).toBe(englishIds[2]);
    await page.context().close();
  });

  it('goes to the same page in the other edition from every page (404 pages have no counterpart, embeds no header)', () => {
    for (const path of ruPages.filter((p) => !p.includes('/404') && !isEmbed(p))) {
      const href = /<a href="([^"]+)" hreflang="en-GB" lang="en-GB" data-lang-switch/.exec(
        readPage(path),
      )?.[1];
      expect(href, path).toBe(path.replace(/^\/ru/, ''));
    }
  });
});

describe('Russian search', () => {
  it.each(['Актау', 'Токаев', 'Арал', 'визы'])(
    'finds «%s» in Russian pages only',
    async (query) => {
      const page = await open(`/ru/search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector(`body[data-search-settled="${query}"]`);
      const links = await page
        .locator('#search-results a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links.length).toBeGreaterThan(0);
      expect(links.filter((l) => !l.startsWith('/ru/'))).toEqual([]);
      expect(await page.locator('#search-status').innerText()).toMatch(/[А-Яа-я]/);
      await page.context().close();
    },
  );

  it('English search still finds English pages only', async () => {
    const page = await open('/search/?q=Aktau');
    await page.waitForSelector('body[data-search-settled="Aktau"]');
    const links = await page
      .locator('#search-results a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => l.startsWith('/ru/'))).toEqual([]);
    await page.context().close();
  });
});

describe('Cyrillic fonts', () => {
  it('load on a Russian chapter, and cover Russian and Kazakh letters', async () => {
    const page = await open('/ru/china/');
    const faces = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts]
        .filter((f) => f.status === 'loaded')
        .map((f) => ({ family: f.family.replace(/"/g, ''), range: f.unicodeRange }));
    });
    const covers = (code: number) =>
      faces.some(
        (f) =>
          (f.family === 'Golos Text' || f.family === 'Piazzolla') &&
          unicodeRangeTest(f.range)(code),
      );
    expect(faces.filter((f) => /04/.test(f.range)).length, JSON.stringify(faces)).toBeGreaterThan(
      0,
    );
    for (const letter of 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя')
      expect(covers(letter.codePointAt(0)!), letter).toBe(true);
    // Kazakh: the declared faces cover them (cyrillic-ext), fetched when a page uses them.
    const declared = await page.evaluate(() =>
      [...document.fonts].map((f) => f.unicodeRange).join(','),
    );
    for (const letter of 'әғқңөұүһі')
      expect(unicodeRangeTest(declared)(letter.codePointAt(0)!), letter).toBe(true);
    await page.context().close();
  });
});
