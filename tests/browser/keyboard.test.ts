/**
 * Keyboard and zoom, on every page: Tab reaches every control in reading order,
 * focus is always visible, nothing traps it, and the page reflows at 320 CSS px
 * and at 200% zoom without sideways scrolling.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site.ts';
import { builtPages } from '../support/dist.ts';

const site = useBuiltSite();

const pages = builtPages();

/** Tabbable elements in DOM order, each tagged so the Tab walk can be compared with it. */
function tagTabbables(page: Page): Promise<number> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const visible = (el: Element) => {
      const box = (el as HTMLElement).getClientRects();
      const style = getComputedStyle(el);
      return (
        box.length > 0 &&
        style.visibility !== 'hidden' &&
        !el.closest('[inert], details:not([open]) > :not(summary)')
      );
    };
    const list = [...document.querySelectorAll(selector)].filter(
      (el) => !(el as HTMLButtonElement).disabled && visible(el),
    );
    list.forEach((el, i) => el.setAttribute('data-tab-order', String(i)));
    return list.length;
  });
}

/** What is focused, and whether a focus indicator is drawn on it. */
function focusState(
  page: Page,
): Promise<{ order: number | null; tag: string; indicated: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { order: null, tag: 'body', indicated: true };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none';
    const order = el.getAttribute('data-tab-order');
    return {
      order: order === null ? null : Number(order),
      tag: `${el.tagName.toLowerCase()}.${el.className}`,
      indicated: outline || ring,
    };
  });
}

describe('keyboard', () => {
  it.each(pages)(
    '%s: Tab visits every control in order with visible focus, then leaves the page',
    async (path) => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(site.url + path, { waitUntil: 'load' });
      const count = await tagTabbables(page);
      const seen: number[] = [];
      const unindicated: string[] = [];
      for (let i = 0; i < count + 2; i++) {
        await page.keyboard.press('Tab');
        const state = await focusState(page);
        if (state.tag === 'body') break; // Focus has left the page: nothing traps it.
        if (!state.indicated) unindicated.push(state.tag);
        if (state.order !== null) seen.push(state.order);
      }
      expect(unindicated, 'focused without a visible indicator').toEqual([]);
      // Every control is reached, once, in document order (which is also reading order).
      expect(seen).toEqual([...Array(count).keys()]);
      expect(
        (await focusState(page)).tag,
        'focus should leave the page after the last control',
      ).toBe('body');
      await context.close();
    },
  );
});

describe('zoom and reflow', () => {
  const SIZES = [
    { name: '320 CSS px (WCAG reflow)', width: 320, height: 640, scale: 1 },
    { name: '200% zoom of a 1280 px window', width: 640, height: 450, scale: 2 },
  ];
  describe.each(SIZES)('$name', (size) => {
    it.each(pages)(
      '%s fits without sideways scrolling and keeps its controls usable',
      async (path) => {
        const context = await site.browser.newContext({
          viewport: { width: size.width, height: size.height },
          deviceScaleFactor: size.scale,
        });
        const page = await context.newPage();
        await page.goto(site.url + path, { waitUntil: 'load' });
        const report = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const overflow = document.documentElement.scrollWidth - width;
          // Anything wider than the screen, except inside its own scroll box and inside SVG (maps clip their shapes).
          const wide = [...document.querySelectorAll('main *, header *')]
            .filter((el) => {
              const box = el.getBoundingClientRect();
              return (
                box.width > 0 &&
                (box.right > width + 1 || box.left < -1) &&
                !el.closest('[data-scroll-x], .table-scroll, details:not([open]), svg *')
              );
            })
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
          return { overflow, wide };
        });
        expect(report.overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
        expect(report.wide).toEqual([]);
        expect(await page.locator('h1').first().isVisible()).toBe(true);
        await context.close();
      },
    );
  });
});
