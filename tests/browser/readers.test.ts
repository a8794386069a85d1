/**
 * What readers and teachers use: glossary popovers, the theme control, search,
 * self-checks, copying a citation and the print edition.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site.ts';
import { readChapters } from '../support/chapters.ts';

const site = useBuiltSite({ headers: true });

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await site.browser.newContext({
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const page = await context.newPage();
  await page.goto(site.url + path, { waitUntil: 'load' });
  return page;
}

const popoverOpen = (page: Page) =>
  page.evaluate(() => !!document.querySelector('.term-pop:popover-open'));

describe('glossary terms in the text', () => {
  it('open by keyboard, say so with aria-expanded, and close with Escape back to the term', async () => {
    const page = await open('/middle-corridor/');
    const term = page.locator('button.term').first();
    await term.focus();
    expect(await term.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await popoverOpen(page)).toBe(true);
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    const id = await term.getAttribute('aria-controls');
    expect(await page.locator(`#${id}`).innerText()).toMatch(/\w{3,}/);
    await page.keyboard.press('Escape');
    expect(await popoverOpen(page)).toBe(false);
    expect(await term.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('term'))).toBe(
      true,
    );
    await page.keyboard.press('Space');
    expect(await popoverOpen(page)).toBe(true);
    await page.context().close();
  });

  it('open with a tap on a touch screen, and close with a tap elsewhere', async () => {
    const page = await open('/china/', {
      viewport: { width: 360, height: 780 },
      hasTouch: true,
      isMobile: true,
    });
    const term = page.locator('button.term').first();
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    expect(await popoverOpen(page)).toBe(true);
    const box = await page.locator('.term-pop:popover-open').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await page.touchscreen.tap(5, 5);
    expect(await popoverOpen(page)).toBe(false);
    await page.context().close();
  });

  it('are links to the glossary entry without JavaScript', async () => {
    const page = await open('/china/', { javaScriptEnabled: false });
    const link = page.locator('a.term').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/glossary\/#[a-z-]+$/);
    await link.click();
    await page.waitForURL(/\/glossary\//);
    expect(await page.locator(`dt[id="${href!.split('#')[1]}"]`).isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('the theme control', () => {
  it('remembers dark across pages and returns to auto', async () => {
    const page = await open('/', { colorScheme: 'light' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.selectOption('#theme-choice', 'dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background()).not.toBe(light);
    await page.goto(`${site.url}/west/`, { waitUntil: 'domcontentloaded' });
    // Set before the first paint by the inline head script, so there is no flash of the light theme.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.inputValue('#theme-choice')).toBe('dark');
    await page.selectOption('#theme-choice', 'auto');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(await background()).toBe(light);
    await page.context().close();
  });

  it('runs its inline script first in the head, before any stylesheet', async () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    // The CSS is inlined (astro.config.mjs), so the first style is a <style> block or a linked sheet.
    const firstStyle = Math.min(
      ...[head.indexOf('<style'), head.indexOf('stylesheet')].filter((at) => at >= 0),
    );
    expect(head.indexOf('<script>')).toBeGreaterThan(-1);
    expect(head.indexOf('<script>')).toBeLessThan(firstStyle);
  });
});

describe('search', () => {
  it.each(['Aktau', 'Tokayev', 'Aral', 'visa'])(
    'finds “%s” and links to sections',
    async (query) => {
      const page = await open(`/search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector(`body[data-search-settled="${query}"]`);
      const links = await page
        .locator('#search-results a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links.length).toBeGreaterThan(0);
      expect(links.some((href) => href.includes('#'))).toBe(true);
      expect(await page.locator('#search-results mark').first().innerText()).toMatch(
        new RegExp(query, 'i'),
      );
      await page.context().close();
    },
  );

  it('runs from the header box on any page, by keyboard', async () => {
    const page = await open('/about/');
    await page.locator('#site-search').focus();
    await page.keyboard.type('Khorgos');
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-search-settled="Khorgos"]');
    expect(await page.locator('#search-results li.result').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('indexes the figure tables and the glossary, not the navigation or footer', async () => {
    const page = await open('/search/?q=Alashankou');
    await page.waitForSelector('body[data-search-settled="Alashankou"]');
    expect(await page.locator('#search-results li.result').count()).toBeGreaterThan(0);
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('break of gauge')}`);
    await page.waitForSelector('body[data-search-settled="break of gauge"]');
    expect(
      await page.locator('#search-results a[href*="/glossary/#break-of-gauge"]').count(),
    ).toBeGreaterThan(0);
    // The skip link and the menu are on every page but are not indexed.
    await page.goto(`${site.url}/search/?q=Skip`);
    await page.waitForSelector('body[data-search-settled="Skip"]');
    expect(await page.locator('#search-status').innerText()).toMatch(/^No results/);
    await page.context().close();
  });
});

describe('self-check', () => {
  it('reveals each answer without JavaScript', async () => {
    const page = await open('/russia/#self-check', { javaScriptEnabled: false });
    const items = page.locator('.self-check li');
    expect(await items.count()).toBeGreaterThanOrEqual(3);
    const answer = items.first().locator('details p');
    expect(await answer.isVisible()).toBe(false);
    await items.first().locator('summary').click();
    expect(await answer.isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('cite this', () => {
  it('copies a citation with the button, and is plain selectable text without JavaScript', async () => {
    const page = await open('/china/');
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const button = page.locator('button[data-copy="cite-page-apa-7"]');
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#cite-page-apa-7').innerText());
    expect(copied).toMatch(/\(\d{4}, \w+ \d{1,2}\)\. China and the Belt and Road\./);
    expect(await page.locator('.cite-this [role="status"]').innerText()).toMatch(/copied/i);
    await page.context().close();

    const still = await open('/china/', { javaScriptEnabled: false });
    expect(await still.locator('button[data-copy]').first().isVisible()).toBe(false);
    expect(await still.locator('#cite-original-mla-9').innerText()).toMatch(
      /^Antić, Stefan\. “Kazakhstan’s Balancing Act/,
    );
    await still.context().close();
  });

  it('puts citation metadata in the head', async () => {
    const html = readFileSync('dist/china/index.html', 'utf8');
    expect(html).toMatch(/<meta name="citation_title" content="China and the Belt and Road"/);
    expect(html).toMatch(/<meta name="citation_publication_date" content="\d{4}\/\d{2}\/\d{2}"/);
  });
});

describe('print', () => {
  it('hides navigation, search and buttons on every kind of page', async () => {
    for (const path of ['/china/', '/teachers/', '/glossary/']) {
      const page = await open(path);
      await page.emulateMedia({ media: 'print' });
      for (const selector of [
        '.site-header nav',
        '.site-header .tools',
        '.site-footer .links',
        'button.copy',
        '.heading-anchor',
      ]) {
        const visible = await page
          .locator(selector)
          .evaluateAll((els) => els.some((el) => (el as HTMLElement).offsetParent !== null));
        expect(visible, `${selector} on ${path}`).toBe(false);
      }
      await page.context().close();
    }
  });

  it('renders the print edition to a PDF with every chapter on its own pages', async () => {
    const page = await open('/print/');
    await page.emulateMedia({ media: 'print' });
    const chapters = await page.locator('article.print-chapter').count();
    expect(chapters).toBe(
      readChapters().filter((c) => !(c.frontmatter as { draft?: boolean }).draft).length,
    );
    expect(await page.locator('article.print-chapter svg').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('.print-sources li').count()).toBeGreaterThan(50);
    const pdf = await page.pdf({
      path: 'test-results/print-edition.pdf',
      format: 'A4',
      printBackground: false,
    });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(chapters + 2);
    await page.context().close();
  });
});
