/**
 * The chart stays visible while its step is active. Each scrolly is scrolled through
 * at a phone and a desktop size; at every sampled position the active step's card may
 * hide at most 10% of the chart. What a card hides is measured as a reader sees it:
 * the area where the card's rect meets the chart's (every svg.figure__svg drawn in the
 * figure) and the card is painted on top there (elementFromPoint on a grid of points).
 * On a phone the cards pass under the pinned chart, so they share its rect without hiding
 * it; the geometric share is reported too, and the active card must be readable: some
 * of it below the chart, on screen, whenever a card is active.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site.ts';
import { builtFigures } from '../support/figures.ts';

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;
const MAX_HIDDEN = 0.1;

const site = useBuiltSite();
const figures = builtFigures();

interface Sample {
  y: number;
  step: number;
  hidden: number;
  geometric: number;
  readable: boolean;
}

describe.each(VIEWPORTS)('scrolly layout at $name size', (viewport) => {
  it.each(figures.map((f) => [f.id, f] as const))(
    '%s: the active card never hides more than a tenth of the chart',
    async (id, figure) => {
      const context = await site.browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(site.url + figure.page, { waitUntil: 'load' });
      const range = await page.evaluate((id) => {
        const section = document.getElementById(`fig-${id}`)!;
        const stage = section.querySelector('.scrolly__stage')!.getBoundingClientRect();
        return { from: Math.max(0, stage.top + scrollY - innerHeight), to: stage.bottom + scrollY };
      }, id);
      // One call for the whole scroll-through: the positions are the same as a reader's, and
      // the browser is not waited on once per position.
      const samples: Sample[] = await page.evaluate(
        async ({ id, from, to, stride }) => {
          const out: Array<{
            y: number;
            step: number;
            hidden: number;
            geometric: number;
            readable: boolean;
          }> = [];
          const section = document.getElementById(`fig-${id}`)!;
          for (let y = from; y <= to; y += stride) {
            window.scrollTo({ top: y, behavior: 'instant' });
            // The island recomputes on the next frame after a scroll.
            await new Promise((resolve) =>
              requestAnimationFrame(() => requestAnimationFrame(resolve)),
            );
            const step = Number(section.dataset.step);
            const card = section.querySelector<HTMLElement>('.step.is-active');
            const charts = [
              ...section.querySelectorAll<SVGSVGElement>('.scrolly__graphic svg.figure__svg'),
            ]
              .map((svg) => svg.getBoundingClientRect())
              .filter((r) => r.width > 0 && r.height > 0);
            if (!card || charts.length === 0) {
              out.push({ y, step, hidden: 0, geometric: 0, readable: true });
              continue;
            }
            const c = card.getBoundingClientRect();
            let area = 0;
            let overlap = 0;
            let hiddenPoints = 0;
            let points = 0;
            for (const r of charts) {
              // Only the part of the chart on screen can be hidden from the reader.
              const top = Math.max(r.top, 0);
              const bottom = Math.min(r.bottom, innerHeight);
              if (bottom <= top) continue;
              area += r.width * (bottom - top);
              const w = Math.max(0, Math.min(r.right, c.right) - Math.max(r.left, c.left));
              const h = Math.max(0, Math.min(bottom, c.bottom) - Math.max(top, c.top));
              overlap += w * h;
              const nx = 15;
              const ny = 10;
              for (let i = 0; i < nx; i++) {
                for (let j = 0; j < ny; j++) {
                  const px = r.left + ((i + 0.5) * r.width) / nx;
                  const py = top + ((j + 0.5) * (bottom - top)) / ny;
                  points++;
                  if (card.contains(document.elementFromPoint(px, py))) hiddenPoints++;
                }
              }
            }
            if (area === 0) {
              out.push({ y, step, hidden: 0, geometric: 0, readable: true });
              continue;
            }
            // Stacked (phone): readable below the chart. Side by side (desktop): anywhere on screen.
            const stacked = charts.some((r) => r.left < c.right && c.left < r.right);
            const below = stacked ? Math.max(...charts.map((r) => r.bottom)) : 0;
            const readable = Math.min(c.bottom, innerHeight) - Math.max(c.top, below) > 0;
            out.push({
              y,
              step,
              hidden: hiddenPoints / points,
              geometric: overlap / area,
              readable,
            });
          }
          return out;
        },
        { id, ...range, stride: viewport.height / 12 },
      );
      const active = samples.filter((s) => s.step >= 0);
      expect(active.length, 'no sampled position had an active step').toBeGreaterThan(
        figure.steps.length,
      );
      const worst = active.reduce((a, b) => (b.hidden > a.hidden ? b : a));
      const bad = active
        .filter((s) => s.hidden > MAX_HIDDEN)
        .map(
          (s) =>
            `step ${s.step + 1} at y=${Math.round(s.y)}: ${(s.hidden * 100).toFixed(0)}% hidden`,
        );
      expect(bad, `worst ${(worst.hidden * 100).toFixed(1)}%`).toEqual([]);
      if (viewport.name === 'desktop') {
        // Side by side: the card and the chart never even share a rect.
        expect(Math.max(...active.map((s) => s.geometric))).toBeLessThanOrEqual(MAX_HIDDEN);
      }
      // Mostly, the active card is on screen below the chart (between cards, for a moment, none is).
      const readable = active.filter((s) => s.readable).length / active.length;
      expect(readable, 'share of positions where the active card is readable').toBeGreaterThan(
        0.75,
      );
      await context.close();
    },
  );
});

/**
 * The active card's words are painted where the reader looks. Geometry and elementFromPoint
 * cannot see paint: a sibling's border-image or shadow can cover a card that still wins hit
 * testing. So each step is reached by its link and its visible text is photographed twice,
 * as it is and with its ink made transparent; if nothing covers it, the two differ.
 */
/** Makes a step's text transparent (or gives it back its colour), to photograph what covers it. */
function setInk(page: Page, id: string, index: number, ink: boolean) {
  return page.evaluate(
    ({ id, index, ink }) => {
      const step = document.getElementById(`fig-${id}`)!.querySelectorAll<HTMLElement>('.step')[
        index
      ]!;
      for (const e of [step, ...step.querySelectorAll<HTMLElement>('*')]) {
        if (ink) e.style.removeProperty('color');
        else e.style.setProperty('color', 'transparent', 'important');
      }
    },
    { id, index, ink },
  );
}

describe.each(VIEWPORTS)('step text at $name size', (viewport) => {
  it.each(figures.map((f) => [f.id, f] as const))(
    '%s: every active step shows its words on screen',
    async (id, figure) => {
      const context = await site.browser.newContext({ viewport, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(site.url + figure.page, { waitUntil: 'load' });
      const unseen: string[] = [];
      for (let i = 0; i < figure.steps.length; i++) {
        const clip = await page.evaluate(
          async ({ id, i }) => {
            const step = document.getElementById(`fig-${id}`)!.querySelectorAll('.step')[i]!;
            location.hash = step.id;
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            const text = step.querySelector('p') ?? step;
            const r = text.getBoundingClientRect();
            const top = Math.max(r.top, 0);
            const bottom = Math.min(r.bottom, innerHeight);
            if (bottom - top < 8 || r.width < 8) return null;
            return { x: r.left, y: top, width: r.width, height: bottom - top };
          },
          { id, i },
        );
        if (!clip) {
          unseen.push(`step ${i + 1}: its text is off screen`);
          continue;
        }
        const shown = await page.screenshot({ clip });
        await setInk(page, id, i, false);
        const inkless = await page.screenshot({ clip });
        await setInk(page, id, i, true);
        if (shown.equals(inkless)) unseen.push(`step ${i + 1}: its text is covered`);
      }
      expect(unseen).toEqual([]);
      await context.close();
    },
  );
});

// Each figure has a phone and a desktop drawing; a reader sees exactly one of them, at any width.
describe.each(VIEWPORTS)('drawings at $name size', (viewport) => {
  it.each(figures.map((f) => [f.id, f] as const))('%s shows one drawing', async (id, figure) => {
    const context = await site.browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(site.url + figure.page, { waitUntil: 'load' });
    const shown = await page.evaluate(
      (id) =>
        [...document.querySelectorAll(`#fig-${id} .scrolly__graphic svg[role="img"]`)].filter(
          (svg) => svg.getBoundingClientRect().height > 0,
        ).length,
      id,
    );
    expect(shown).toBe(1);
    await context.close();
  });
});
