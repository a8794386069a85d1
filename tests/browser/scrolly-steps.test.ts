/**
 * Steps a reader controls, on every scrolly at a phone and a desktop size: the control bar's
 * buttons and the keyboard (Enter on a button, arrow keys in the figure, Tab to each step in
 * order), links to a step that survive a reload, "Copy link to this step", the "Show all steps"
 * view (one still per step, ids kept unique, remembered across a reload), and without JavaScript
 * no controls at all.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { openPage, useBuiltSite } from '../support/built-site.ts';
import { builtFigures, type BuiltFigure } from '../support/figures.ts';
import { fill, ui } from '../../src/i18n/ui/index.ts';

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

const site = useBuiltSite();
const figures = builtFigures();
const sample = figures.find((f) => f.id === 'china-trade') ?? figures[0]!;

const open = (path: string, options: BrowserContextOptions) => openPage(site, path, options);

function atStep(page: Page, figure: BuiltFigure, index: number): Promise<unknown> {
  const state = index < 0 ? figure.overview : figure.steps[index]!;
  return page.waitForFunction(
    ({ id, index, state }) => {
      const el = document.getElementById(`fig-${id}`);
      return el?.dataset.step === String(index) && el.dataset.state === state;
    },
    { id: figure.id, index, state },
    // Generous: on a loaded two-core CI machine a smooth scroll can take seconds.
    { timeout: 30_000 },
  );
}

/** The active step's index once the page has settled after a scroll. */
async function current(page: Page, figure: BuiltFigure): Promise<number> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return Number(await page.locator(`#fig-${figure.id}`).getAttribute('data-step'));
}

const count = (page: Page, figure: BuiltFigure) =>
  page.locator(`#fig-${figure.id} .scrolly__count`).textContent();

describe.each(VIEWPORTS)('step controls at $name size', (viewport) => {
  it.each(figures.map((f) => [f.id, f] as const))(
    '%s: Next and Previous step through every state, and a step link survives a reload',
    async (id, figure) => {
      // Each edition's controls, in its own words.
      const words = ui(figure.page.startsWith('/ru/') ? 'ru' : 'en').steps;
      const stepOf = (n: number) => fill(words.stepOf, { n, total });
      // Instant scrolls (as under reduced motion), so each click lands before the next one.
      const { context, page, errors } = await open(figure.page, {
        viewport,
        reducedMotion: 'reduce',
      });
      const bar = page.locator(`#fig-${id} .scrolly__bar`);
      const nextButton = bar.getByRole('button', { name: words.next });
      const previousButton = bar.getByRole('button', { name: words.previous });
      await nextButton.scrollIntoViewIfNeeded();
      // Where the bar comes into view, the figure is in its overview (phone) or already at its first step (desktop).
      const start = await current(page, figure);
      const total = figure.steps.length;
      for (let i = start + 1; i < total; i++) {
        await nextButton.click();
        await atStep(page, figure, i);
        expect(await count(page, figure)).toBe(stepOf(i + 1));
      }
      expect(await nextButton.getAttribute('aria-disabled')).toBe('true');
      await previousButton.click();
      await atStep(page, figure, total - 2);
      expect(await count(page, figure)).toBe(stepOf(total - 1));

      // A link to a step opens the page there, and a reload keeps it there.
      const n = Math.ceil(total / 2);
      await page.goto(`${site.url}${figure.page}#fig-${id}-step-${n}`, { waitUntil: 'load' });
      await atStep(page, figure, n - 1);
      await page.reload({ waitUntil: 'load' });
      await atStep(page, figure, n - 1);
      expect(await count(page, figure)).toBe(stepOf(n));
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('by keyboard: Enter on the buttons, arrow keys in the figure, and Tab visits every step in order', async () => {
    const figure = sample;
    const { context, page, errors } = await open(figure.page, { viewport });
    const next = page
      .locator(`#fig-${figure.id} .scrolly__bar`)
      .getByRole('button', { name: 'Next step' });
    await next.scrollIntoViewIfNeeded();
    await next.focus();
    const s = await current(page, figure);
    await page.keyboard.press('Enter');
    await atStep(page, figure, s + 1);
    await page.keyboard.press('Space');
    await atStep(page, figure, s + 2);
    // Arrow keys while focus is in the figure.
    await page.keyboard.press('ArrowUp');
    await atStep(page, figure, s + 1);
    await page.keyboard.press('ArrowDown');
    await atStep(page, figure, s + 2);

    // Tab from the first step visits every step in order, each taking its place with its state.
    await page.locator(`#fig-${figure.id} .step`).first().focus();
    await atStep(page, figure, 0);
    const visited: number[] = [0];
    for (let i = 0; i < 60 && visited.length < figure.steps.length; i++) {
      await page.keyboard.press('Tab');
      const index = await page.evaluate((id) => {
        const steps = [...document.querySelectorAll(`#fig-${id} .step`)];
        return steps.indexOf(document.activeElement as Element);
      }, figure.id);
      if (index >= 0) {
        visited.push(index);
        await atStep(page, figure, index);
      }
    }
    expect(visited).toEqual(figure.steps.map((_, i) => i));
    // On a step, the arrow keys move focus with the step.
    await page.keyboard.press('ArrowUp');
    await atStep(page, figure, figure.steps.length - 2);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      `fig-${figure.id}-step-${figure.steps.length - 1}`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Copy link to this step copies the step address and says so', async () => {
    const figure = sample;
    const { context, page, errors } = await open(`${figure.page}#fig-${figure.id}-step-2`, {
      viewport,
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await atStep(page, figure, 1);
    await page
      .locator(`#fig-${figure.id} .scrolly__bar`)
      .getByRole('button', { name: 'Copy link to this step' })
      .click();
    await page.waitForFunction(
      (id) => document.querySelector(`#fig-${id} .scrolly__live`)?.textContent === 'Link copied',
      figure.id,
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${site.url}${figure.page}#fig-${figure.id}-step-2`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Show all steps unrolls every figure into stills with unique ids, and is remembered', async () => {
    const figure = sample;
    const { context, page, errors } = await open(figure.page, { viewport });
    const toggle = page
      .locator(`#fig-${figure.id} .scrolly__bar`)
      .getByRole('button', { name: 'Show all steps' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    const check = () =>
      page.evaluate((id) => {
        const section = document.getElementById(`fig-${id}`)!;
        const stills = [...section.querySelectorAll('.scrolly__still')];
        const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
        const steps = [...section.querySelectorAll('.step')];
        return {
          stills: stills.length,
          drawn: stills.every(
            (s) =>
              s.querySelector('svg.figure__svg') &&
              (s.nextElementSibling as HTMLElement)?.classList.contains('step'),
          ),
          duplicates: ids.filter((x, i) => ids.indexOf(x) !== i),
          visible: stills.every(
            (s) =>
              (s.querySelector('svg.figure__svg') as SVGSVGElement).getBoundingClientRect().height >
              50,
          ),
          pressed: section.querySelector('[data-show-all]')!.getAttribute('aria-pressed'),
          steps: steps.length,
        };
      }, figure.id);
    let view = await check();
    expect(view).toMatchObject({
      stills: figure.steps.length,
      drawn: true,
      duplicates: [],
      visible: true,
      pressed: 'true',
    });
    // Each still is in its step's state.
    const states = await page.evaluate(
      (id) =>
        [...document.querySelectorAll(`#fig-${id} .scrolly__still`)].map(
          (s) => s.querySelectorAll('.is-on').length,
        ),
      figure.id,
    );
    expect(states.length).toBe(figure.steps.length);
    await page.reload({ waitUntil: 'load' });
    view = await check();
    expect(view).toMatchObject({ stills: figure.steps.length, duplicates: [], pressed: 'true' });
    // Every scrolly on the page follows the choice; turning it off brings the scrolling back.
    await page.locator(`#fig-${figure.id} [data-show-all]`).click();
    view = await check();
    expect(view.stills).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('scrolly-view'))).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript there are no controls, and the steps are paragraphs after the figure', async () => {
    const figure = sample;
    const { context, page } = await open(figure.page, { viewport, javaScriptEnabled: false });
    expect(await page.locator(`#fig-${figure.id} .scrolly__bar`).isVisible()).toBe(false);
    expect(await page.locator(`#fig-${figure.id} .step[tabindex]`).count()).toBe(0);
    expect(await page.locator(`#fig-${figure.id} .step`).count()).toBe(figure.steps.length);
    // The drawing for this width (the other artwork is hidden by its media query).
    expect(await page.locator(`#fig-${figure.id} svg.figure__svg:visible`).count()).toBe(1);
    await context.close();
  });
});
