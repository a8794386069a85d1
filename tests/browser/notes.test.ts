/**
 * Numbers and note markers that keep the reader in place: each opens a popover beside
 * the word (by keyboard, by mouse and by touch), Escape closes it and focus returns, one
 * is open at a time, it stays inside a 360 px phone's screen, and without JavaScript the
 * number is a link to its ledger entry and the marker a link to the chapter's notes list.
 */
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { openPage, useBuiltSite } from '../support/built-site.ts';
import { AXE_TAGS } from '../support/axe.ts';

const site = useBuiltSite({ headers: true });

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 780 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;
const CHAPTER = '/china/';

async function open(path: string, options: BrowserContextOptions): Promise<Page> {
  const { page, errors } = await openPage(site, path, options);
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

const openPopovers = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('.pop:popover-open')].map((p) => p.id));

/** Presses Tab until focus is on an element matching the selector, as a keyboard user would get there. */
async function tabTo(page: Page, selector: string): Promise<Locator> {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector))
      return page.locator(':focus');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The open popover's box lies inside the viewport. */
async function expectInViewport(
  page: Page,
  id: string,
  width: number,
  height: number,
): Promise<void> {
  await page.evaluate(() => new Promise(requestAnimationFrame));
  const box = (await page.locator(`#${id}`).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(height);
}

describe.each(VIEWPORTS)('at $width px ($name)', ({ width, height }) => {
  it('a number opens its popover from the keyboard: value, date, source and ledger link; Escape closes it and focus returns', async () => {
    const page = await open(CHAPTER, { viewport: { width, height } });
    const button = await tabTo(page, '.body button.fact__value');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    const value = (await button.evaluate((b) => b.firstChild?.textContent ?? '')).trim();
    await page.keyboard.press('Enter');
    const id = (await button.getAttribute('aria-controls'))!;
    expect(await openPopovers(page)).toEqual([id]);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const pop = page.locator(`#${id}`);
    expect(await pop.getAttribute('role')).toBe('dialog');
    expect(await page.locator(`#${await pop.getAttribute('aria-labelledby')}`).innerText()).toMatch(
      /\w{3,}/,
    );
    const text = await pop.innerText();
    expect(text).toContain(value);
    expect(text).toMatch(/As of/);
    expect(text).toMatch(/Sources?|Inputs from/);
    expect(await pop.locator('a[href^="http"]').count()).toBeGreaterThan(0);
    expect(await pop.locator('a[href^="/facts/#"]').getAttribute('href')).toMatch(
      /^\/facts\/#[a-z0-9-]+$/,
    );
    await expectInViewport(page, id, width, height);

    // Tab moves into the popover; Escape from there closes it and puts focus back on the number.
    await page.keyboard.press('Tab');
    expect(await page.evaluate((i) => !!document.activeElement?.closest(`#${i}`), id)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await openPopovers(page)).toEqual([]);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);

    // Space opens it too, and Escape on the number itself closes it.
    await page.keyboard.press('Space');
    expect(await openPopovers(page)).toEqual([id]);
    await page.keyboard.press('Escape');
    expect(await openPopovers(page)).toEqual([]);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.context().close();
  });

  it('a note marker opens its source from the keyboard; Escape closes it and focus returns', async () => {
    const page = await open(CHAPTER, { viewport: { width, height } });
    const button = await tabTo(page, '.body button.note-ref');
    const label = await button.evaluate((b) => b.textContent ?? '');
    expect(label).toMatch(/^\[\d+\] source: .+, ((\d{1,2} )?([A-Z][a-z]+ )?\d{4}|no date)$/);
    const n = /^\[(\d+)\]/.exec(label)![1];
    await page.keyboard.press('Enter');
    const id = (await button.getAttribute('aria-controls'))!;
    expect(await openPopovers(page)).toEqual([id]);
    const pop = page.locator(`#${id}`);
    expect(await pop.innerText()).toContain(`Note ${n}`);
    const out = pop.locator('.pop__title a');
    expect(await out.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await out.innerText()).toMatch(/\w{3,}/);
    expect(await pop.locator(`a[href="#note-${n}"]`).count()).toBe(1);
    await expectInViewport(page, id, width, height);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await openPopovers(page)).toEqual([]);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);

    // "All notes" closes the popover and goes to the note in the list.
    await button.click();
    await pop.locator(`a[href="#note-${n}"]`).click();
    expect(await openPopovers(page)).toEqual([]);
    await page.waitForURL(new RegExp(`#note-${n}$`));
    expect(await page.locator(`li#note-${n}`).isVisible()).toBe(true);
    await page.context().close();
  });

  it('by touch: a tap opens a number, a tap on a marker swaps it for the note (one at a time), a tap elsewhere closes', async () => {
    const page = await open(CHAPTER, {
      viewport: { width, height },
      hasTouch: true,
      isMobile: width < 600,
    });
    const fact = page.locator('.body button.fact__value').nth(2);
    await fact.scrollIntoViewIfNeeded();
    await fact.tap();
    const factPop = (await fact.getAttribute('aria-controls'))!;
    expect(await openPopovers(page)).toEqual([factPop]);
    await expectInViewport(page, factPop, width, height);

    const marker = page.locator('.body button.note-ref').nth(2);
    await marker.scrollIntoViewIfNeeded();
    await marker.tap();
    const notePop = (await marker.getAttribute('aria-controls'))!;
    expect(await openPopovers(page)).toEqual([notePop]);
    expect(await fact.getAttribute('aria-expanded')).toBe('false');
    expect(await marker.getAttribute('aria-expanded')).toBe('true');
    await expectInViewport(page, notePop, width, height);

    // A second tap on the marker closes its popover.
    await marker.tap();
    expect(await openPopovers(page)).toEqual([]);
    await marker.tap();
    expect(await openPopovers(page)).toEqual([notePop]);
    await page.touchscreen.tap(5, height - 5);
    expect(await openPopovers(page)).toEqual([]);
    await page.context().close();
  });

  it('passes axe with a number and then a note popover open', async () => {
    const page = await open(CHAPTER, { viewport: { width, height } });
    for (const selector of ['.body button.fact__value', '.body button.note-ref']) {
      const button = page.locator(selector).first();
      await button.scrollIntoViewIfNeeded();
      await button.click();
      expect(await openPopovers(page)).toHaveLength(1);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(
        results.violations.map(
          (v) =>
            `${v.id}: ${v.help} — ${v.nodes
              .slice(0, 3)
              .map((node) => node.target.join(' '))
              .join(', ')}`,
        ),
      ).toEqual([]);
    }
    await page.context().close();
  });

  it('without JavaScript, a marker is a link to its note in the list and a number a link to its ledger entry', async () => {
    const page = await open(CHAPTER, { viewport: { width, height }, javaScriptEnabled: false });
    const marker = page.locator('.body a.note-ref').first();
    const href = (await marker.getAttribute('href'))!;
    expect(href).toMatch(/^#note-\d+$/);
    expect(await page.locator(`section.notes ol > li${href}`).count()).toBe(1);
    await marker.click();
    await page.waitForURL(new RegExp(`${href}$`));
    expect(await page.locator(`li${href}`).isVisible()).toBe(true);
    // The note links back to its first marker.
    const back = page.locator(`li${href} a.notes__back`);
    expect(await back.getAttribute('href')).toBe(href.replace('#note-', '#note-ref-'));
    await back.click();
    expect(await page.evaluate(() => location.hash)).toBe(href.replace('#note-', '#note-ref-'));

    const fact = page.locator('.body a.fact__value').first();
    const factHref = (await fact.getAttribute('href'))!;
    expect(factHref).toMatch(/^\/facts\/#[a-z0-9-]+$/);
    await fact.click();
    await page.waitForURL(/\/facts\/#/);
    expect(await page.locator(`li[id="${factHref.split('#')[1]}"]`).isVisible()).toBe(true);
    // Nothing of a popover shows without JavaScript.
    await page.goBack();
    expect(await page.locator('.pop').count()).toBe(0);
    await page.context().close();
  });
});

describe('on a 360 px phone', () => {
  it('every number’s and every note’s popover on the page fits on the screen', async () => {
    const page = await open(CHAPTER, {
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    const buttons = page.locator('.body button.fact__value, .body button.note-ref');
    const total = await buttons.count();
    expect(total).toBeGreaterThan(20);
    for (let i = 0; i < total; i++) {
      const button = buttons.nth(i);
      await button.scrollIntoViewIfNeeded();
      await button.tap();
      const id = (await button.getAttribute('aria-controls'))!;
      expect(await openPopovers(page), `popover ${i + 1} opens`).toEqual([id]);
      await expectInViewport(page, id, 360, 740);
      await page.keyboard.press('Escape');
    }
    await page.context().close();
  });

  it('an open popover follows its word as the page scrolls, and closes once the word has left the screen', async () => {
    const page = await open(CHAPTER, {
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    const button = page.locator('.body button.fact__value').nth(4);
    await button.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -250));
    await button.tap();
    const id = (await button.getAttribute('aria-controls'))!;
    const gap = () =>
      page.evaluate(
        (i) =>
          document.getElementById(i)!.getBoundingClientRect().top -
          document.querySelector(`[aria-controls="${i}"]`)!.getBoundingClientRect().bottom,
        id,
      );
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const before = await gap();
    await page.mouse.wheel(0, 60);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(await openPopovers(page)).toEqual([id]);
    expect(Math.abs((await gap()) - before)).toBeLessThan(2);
    await page.evaluate(() => window.scrollBy(0, 2000));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(await openPopovers(page)).toEqual([]);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await page.context().close();
  });
});

describe('the print edition', () => {
  it('keeps every chapter’s notes, with their own ids, and markers that lead to them', async () => {
    const page = await open('/print/', { viewport: { width: 1440, height: 900 } });
    const lists = await page.locator('section.notes').count();
    expect(lists).toBeGreaterThan(1);
    const marker = page.locator('.print-chapter button.note-ref').first();
    const id = await marker.getAttribute('id');
    expect(id).toMatch(/^[a-z-]+--note-ref-1$/);
    await marker.click();
    const pop = page.locator('.pop:popover-open');
    const toNote = (await pop.locator('a[href^="#"]').getAttribute('href'))!;
    expect(toNote).toBe(`#${id!.replace('note-ref-', 'note-')}`);
    expect(await page.locator(`li${toNote}`).count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await marker.isVisible()).toBe(true);
    expect(await page.locator('section.notes').first().isVisible()).toBe(true);
    await page.context().close();
  });
});
