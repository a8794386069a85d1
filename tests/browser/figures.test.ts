/**
 * Each scrolly figure, driven by real scrolling in Chromium at a phone and a desktop size:
 * every declared state is reached in order and back again, a fast jump and a reload land
 * on the right state, it works without JavaScript, and reduced motion switches at once.
 */
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { openPage, useBuiltSite } from '../support/built-site.ts';
import { builtFigures, type BuiltFigure } from '../support/figures.ts';

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;
const SHOTS = 'test-results/figures';

const site = useBuiltSite();
beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

async function open(
  figure: BuiltFigure,
  options: BrowserContextOptions,
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const { context, page, errors } = await openPage(site, figure.page, options);
  return { page, errors, close: () => context.close() };
}

/** Puts step `index` just above the trigger line (or the figure's top in view, for -1), as a reader's scroll would. */
async function scrollToStep(
  page: Page,
  figure: BuiltFigure,
  index: number,
  behavior: ScrollBehavior = 'instant',
): Promise<void> {
  await page.evaluate(
    ({ id, index, behavior }) => {
      const section = document.getElementById(`fig-${id}`)!;
      const steps = section.querySelectorAll('.step');
      // Before the first step: its top well below the trigger line. Otherwise: the step's top just above it
      // (on a phone, just below the pinned chart, where the cards are read).
      const target = steps[Math.max(index, 0)]!;
      const graphic = section.querySelector<HTMLElement>('.scrolly__graphic')!;
      const line =
        index < 0
          ? window.innerHeight * 0.85
          : window.innerWidth < 1024
            ? graphic.offsetHeight + 8
            : window.innerHeight * 0.3;
      window.scrollTo({
        top: target.getBoundingClientRect().top + window.scrollY - line,
        behavior,
      });
    },
    { id: figure.id, index, behavior },
  );
}

async function expectState(page: Page, figure: BuiltFigure, index: number): Promise<void> {
  const state = index < 0 ? figure.overview : figure.steps[index]!;
  await page.waitForFunction(
    ({ id, index, state }) => {
      const el = document.getElementById(`fig-${id}`);
      return el?.dataset.step === String(index) && el.dataset.state === state;
    },
    { id: figure.id, index, state },
  );
}

const figures = builtFigures();

describe.each(VIEWPORTS)('figures at $name size', (viewport) => {
  it.each(figures.map((f) => [f.id, f] as const))(
    '%s reaches every state in order, and back',
    async (id, figure) => {
      const { page, errors, close } = await open(figure, { viewport });
      for (let i = 0; i < figure.steps.length; i++) {
        await scrollToStep(page, figure, i);
        await expectState(page, figure, i);
        await page.waitForFunction(
          ({ id, state }) => document.getElementById(`fig-${id}`)?.dataset.settled === state,
          { id, state: figure.steps[i]! },
        );
        // For people to look at; nothing reads them, so CI, which keeps none, takes none.
        if (!process.env.CI)
          await page.screenshot({
            path: `${SHOTS}/${id}-${viewport.name}-${i + 1}-${figure.steps[i]}.png`,
          });
      }
      for (let i = figure.steps.length - 2; i >= -1; i--) {
        await scrollToStep(page, figure, i);
        await expectState(page, figure, i);
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it.each(figures.map((f) => [f.id, f] as const))(
    '%s shows the last state after a fast jump, and after a reload halfway down',
    async (_id, figure) => {
      const { page, errors, close } = await open(figure, { viewport });
      const last = figure.steps.length - 1;
      await scrollToStep(page, figure, last);
      await expectState(page, figure, last);
      const middle = Math.floor(last / 2);
      await scrollToStep(page, figure, middle);
      await expectState(page, figure, middle);
      await page.reload({ waitUntil: 'load' });
      await expectState(page, figure, middle);
      expect(errors).toEqual([]);
      await close();
    },
  );
});

describe('figures without JavaScript and with reduced motion', () => {
  it.each(figures.map((f) => [f.id, f] as const))(
    '%s is a visible SVG in its overview state with JavaScript off',
    async (id, figure) => {
      const { page, close } = await open(figure, {
        viewport: VIEWPORTS[0],
        javaScriptEnabled: false,
      });
      // Two drawings per figure (phone and desktop artwork); the one the container query shows.
      const svg = page.locator(`#fig-${id} svg.figure__svg:visible`);
      await expect(svg.isVisible()).resolves.toBe(true);
      const box = await svg.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(100);
      expect(await page.locator(`#fig-${id}`).getAttribute('data-state')).toBe(figure.overview);
      expect(await page.locator(`#fig-${id} .step`).count()).toBe(figure.steps.length);
      await close();
    },
  );

  it.each(figures.map((f) => [f.id, f] as const))(
    '%s switches state at once under reduced motion',
    async (id, figure) => {
      const { page, errors, close } = await open(figure, {
        viewport: VIEWPORTS[1],
        reducedMotion: 'reduce',
      });
      // Record, at the moment the step changes, whether every animated attribute already has its final value.
      await page.evaluate((id) => {
        const section = document.getElementById(`fig-${id}`)!;
        const w = window as unknown as { settled: boolean[] };
        w.settled = [];
        new MutationObserver(() => {
          const state = section.dataset.state!;
          const ok = [...section.querySelectorAll<SVGElement>('[data-frames]')].every((el) => {
            const frames = JSON.parse(el.dataset.frames!) as Record<
              string,
              Record<string, string | number>
            >;
            const target = frames[state] ?? frames['*'] ?? {};
            return Object.entries(target).every(
              ([name, value]) => String(el.getAttribute(name)) === String(value),
            );
          });
          w.settled.push(ok);
        }).observe(section, { attributes: true, attributeFilter: ['data-state'] });
      }, id);
      for (let i = 0; i < figure.steps.length; i++) {
        await scrollToStep(page, figure, i);
        await expectState(page, figure, i);
      }
      const settled = await page.evaluate(
        () => (window as unknown as { settled: boolean[] }).settled,
      );
      expect(settled.length).toBeGreaterThan(0);
      expect(settled.every(Boolean)).toBe(true);
      const durations = await page.evaluate(
        (id) =>
          [...document.querySelectorAll(`#fig-${id} [data-on], #fig-${id} [data-frames]`)].map(
            (el) => getComputedStyle(el).transitionDuration,
          ),
        id,
      );
      // base.css caps every transition at 0.01 ms under reduced motion, which is no visible motion.
      expect(durations.every((d) => d.split(',').every((part) => parseFloat(part) < 0.001))).toBe(
        true,
      );
      expect(errors).toEqual([]);
      await close();
    },
  );
});
