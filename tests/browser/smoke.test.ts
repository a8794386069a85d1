/**
 * Every built page in the system Chromium, at a phone and a desktop width, in
 * light and dark, served with the security headers of dist/_headers: no console
 * errors, no failed requests, no CSP violations, no request to another origin,
 * no axe violations, no sideways scroll.
 */
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { AXE_TAGS } from '../support/axe.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { builtPages, isEmbed } from '../support/dist.ts';
import { BUDGET } from '../support/budget.ts';
import { settledLayoutShift } from '../support/layout-shift.ts';

// `every`: every page. The other two read each page except the print editions, the embeds and the
// storyboard, which only gather chapter content that they check already (and a print edition
// takes ten pages' time), so each theme still meets each of those at one width.
const VIEWPORTS = [
  { name: 'phone', width: 360, height: 780, colorScheme: 'light', every: true },
  { name: 'phone, dark theme', width: 360, height: 780, colorScheme: 'dark', every: false },
  { name: 'desktop', width: 1440, height: 900, colorScheme: 'light', every: false },
  { name: 'desktop, dark theme', width: 1440, height: 900, colorScheme: 'dark', every: true },
] as const;
const gathered = (path: string) =>
  /^(\/ru)?\/print\/$/.test(path) || isEmbed(path) || path === '/storyboard/';

const site = useBuiltSite({ headers: true });

const pages = builtPages();

describe.each(VIEWPORTS)('$name', (viewport) => {
  it.each(viewport.every ? pages : pages.filter((path) => !gathered(path)))(
    '%s loads cleanly and passes axe',
    async (path) => {
      const context = await site.browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        colorScheme: viewport.colorScheme,
      });
      const page = await context.newPage();
      const problems: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`),
        );
      });
      page.on('request', (request) => {
        if (!request.url().startsWith(site.url) && !request.url().startsWith('data:'))
          problems.push(`request to another origin: ${request.url()}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
      page.on('response', (response) => {
        if (
          response.status() >= 400 &&
          !(path === '/404.html' && response.url().endsWith('/404.html'))
        )
          problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });

      await page.goto(site.url + path, { waitUntil: 'load' });
      expect(problems).toEqual([]);

      // Nothing moves while fonts arrive and scripts start: cumulative layout shift, counted until it goes quiet.
      const shift = await settledLayoutShift(page);
      expect(shift, 'layout shift').toBeLessThan(0.01);

      // Fonts are fetched by unicode-range and style as the text needs them, so the browser is the honest meter.
      const fonts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => /\.woff2?$/.test(new URL(e.name).pathname))
          .map((e) => ({
            url: new URL(e.name).pathname,
            bytes: (e as PerformanceResourceTiming).encodedBodySize,
          })),
      );
      const fontBytes = fonts.reduce((sum, f) => sum + f.bytes, 0);
      // A Cyrillic page sets its text in the Cyrillic files and its digits, punctuation and Latin names in the Latin ones.
      const cyrillic = path.startsWith('/ru/');
      const fontBudget = /^(\/ru)?\/print\/$/.test(path)
        ? cyrillic
          ? BUDGET.cyrillicPrintFontBytes
          : BUDGET.printFontBytes
        : cyrillic
          ? BUDGET.cyrillicFontBytes
          : BUDGET.fontBytes;
      expect(
        fontBytes,
        `fonts: ${fonts.map((f) => `${f.url} ${f.bytes}`).join(', ')}`,
      ).toBeLessThanOrEqual(fontBudget);
      expect(fonts.length, 'no web font was fetched: the measurement is broken').toBeGreaterThan(0);

      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);

      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const violations = results.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
      expect(violations).toEqual([]);
      await context.close();
    },
  );
});

describe('print', () => {
  it('hides navigation and keeps the figures, on a chapter page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1000, height: 1400 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/middle-corridor/`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    expect(await page.locator('.pager').isVisible()).toBe(false);
    expect(await page.locator('#fig-corridor-route svg.figure__svg:visible').isVisible()).toBe(
      true,
    );
    expect(await page.locator('#fig-corridor-volumes table').isVisible()).toBe(true);
    await page.pdf({ path: 'test-results/middle-corridor.pdf', format: 'A4' });
    await context.close();
  });
});
