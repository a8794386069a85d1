/**
 * What a reader sees of every figure label, read from the pixels: each figure in each of its
 * states, light and dark, on a 360 px phone and a 1440 px desktop.
 *
 * - Contrast: every label's colour (its computed fill) against the background under its box,
 *   taken from a screenshot: the dominant colour there that is not the label's own, or the
 *   label's halo where it has one. At least 4.5:1, or 3:1 for bold labels of 14 px and more.
 *   axe does not check text drawn over SVG shapes. Labels a state fades back on purpose
 *   (opacity below 1: not this step's subject) are not read.
 * - Size: every label 12–16 CSS px on the phone, and no larger than body text on the desktop,
 *   as printed: font-size × the drawing's scale (rendered width / viewBox width).
 *
 * Screenshots of every state go to test-results/figure-contrast (or FIGURE_SHOTS).
 */
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site.ts';
import { builtFigures, type BuiltFigure } from '../support/figures.ts';

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const SHOTS = process.env.FIGURE_SHOTS ?? 'test-results/figure-contrast';

const site = useBuiltSite();
beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

interface Label {
  text: string;
  /** Viewport box, CSS px. */
  box: { x: number; y: number; width: number; height: number };
  fill: [number, number, number];
  /** The halo colour, for labels drawn with a stroke under their fill. */
  halo: [number, number, number] | null;
  /** Printed size in CSS px. */
  px: number;
  bold: boolean;
}

interface Reading {
  text: string;
  ratio: number;
  need: number;
  px: number;
}

/**
 * Brings step `index` into play (-1: the overview, the figure scrolled into view before its first
 * step) and waits for the figure to settle. A step is reached by its link, as a reader following
 * one would, so the island itself decides where the step sits at this width.
 */
async function reach(page: Page, figure: BuiltFigure, index: number): Promise<string> {
  const state = index < 0 ? figure.overview : figure.steps[index]!;
  await page.evaluate(
    ({ id, index }) => {
      const steps = document.getElementById(`fig-${id}`)!.querySelectorAll('.step');
      if (index >= 0) {
        location.hash = steps[index]!.id;
        return;
      }
      window.scrollTo({
        top: steps[0]!.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.85,
        behavior: 'instant',
      });
    },
    { id: figure.id, index },
  );
  await page.waitForFunction(
    ({ id, state }) => document.getElementById(`fig-${id}`)?.dataset.settled === state,
    { id: figure.id, state },
  );
  return state;
}

/** The labels of the drawing on show, with their colour, halo and printed size; faded labels left out. */
function labelsOf(
  page: Page,
  id: string,
): Promise<{ labels: Label[]; clip: Label['box']; body: number }> {
  return page.evaluate((id) => {
    const rgb = (value: string): [number, number, number] | null => {
      const m = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(value);
      if (!m || (m[4] !== undefined && Number(m[4]) === 0)) return null;
      return [Number(m[1]), Number(m[2]), Number(m[3])];
    };
    // The drawing on show: either size, whatever classes its figure gives it.
    const svg = [
      ...document.querySelectorAll<SVGSVGElement>(`#fig-${id} .scrolly__graphic svg[role="img"]`),
    ].find((s) => s.getBoundingClientRect().width > 0)!;
    const r = svg.getBoundingClientRect();
    const vb = svg.viewBox.baseVal;
    const k = Math.min(r.width / vb.width, r.height / vb.height);
    const opacity = (el: Element | null): number => {
      let o = 1;
      for (let e = el; e && e !== svg.parentElement; e = e.parentElement)
        o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const labels: Label[] = [];
    for (const text of svg.querySelectorAll<SVGTextElement>('text, tspan')) {
      const style = getComputedStyle(text);
      const box = text.getBoundingClientRect();
      if (
        !text.textContent?.trim() ||
        box.width < 1 ||
        style.visibility === 'hidden' ||
        style.display === 'none' ||
        opacity(text) < 0.99
      )
        continue;
      const fill = rgb(style.fill);
      if (!fill) continue;
      const strokeWidth = parseFloat(style.strokeWidth) * k;
      const halo =
        style.stroke !== 'none' && strokeWidth >= 2 && style.paintOrder.startsWith('stroke')
          ? rgb(style.stroke)
          : null;
      labels.push({
        text: text.textContent.trim(),
        box: { x: box.x, y: box.y, width: box.width, height: box.height },
        fill,
        halo,
        px: parseFloat(style.fontSize) * k,
        bold: Number(style.fontWeight) >= 600,
      });
    }
    const top = Math.max(r.y, 0);
    const bottom = Math.min(r.bottom, window.innerHeight);
    const inView = labels.filter((l) => l.box.y >= top && l.box.y + l.box.height <= bottom);
    return {
      labels: inView,
      clip: { x: r.x, y: top, width: r.width, height: bottom - top },
      body: parseFloat(getComputedStyle(document.body).fontSize),
    };
  }, id);
}

/** Reads the pixels under each label from a PNG of the drawing, decoded in the page, and returns each label's contrast. */
async function contrastOf(
  page: Page,
  png: Buffer,
  clip: Label['box'],
  labels: Label[],
): Promise<Reading[]> {
  return page.evaluate(
    async ({ data, clip, labels }) => {
      // Decoded from bytes (the CSP forbids fetching a data: URL).
      const image = await createImageBitmap(
        new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type: 'image/png' }),
      );
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const scale = image.width / clip.width;
      const channel = (v: number) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      const lum = ([r, g, b]: number[]) =>
        0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
      const ratio = (a: number[], b: number[]) => {
        const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
        return (hi + 0.05) / (lo + 0.05);
      };
      const distance = (a: number[], b: number[]) =>
        Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
      return labels.map((label) => {
        const x0 = Math.max(0, Math.floor((label.box.x - clip.x) * scale));
        const y0 = Math.max(0, Math.floor((label.box.y - clip.y) * scale));
        const x1 = Math.min(
          image.width,
          Math.ceil((label.box.x + label.box.width - clip.x) * scale),
        );
        const y1 = Math.min(
          image.height,
          Math.ceil((label.box.y + label.box.height - clip.y) * scale),
        );
        const need = label.bold && label.px >= 14 ? 3 : 4.5;
        if (x1 <= x0 || y1 <= y0) return { text: label.text, ratio: 0, need, px: label.px };
        const pixels = ctx.getImageData(x0, y0, x1 - x0, y1 - y0).data;
        // The dominant colour under the box that is not the label's own (nor its antialiased edge).
        const bins = new Map<string, { n: number; sum: number[] }>();
        for (let i = 0; i < pixels.length; i += 4) {
          const p = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
          if (distance(p, label.fill) < 60) continue;
          const key = p.map((v) => v >> 4).join(',');
          const bin = bins.get(key) ?? { n: 0, sum: [0, 0, 0] };
          bin.n++;
          p.forEach((v, j) => (bin.sum[j]! += v));
          bins.set(key, bin);
        }
        const top = [...bins.values()].sort((a, b) => b.n - a.n)[0];
        const background = label.halo ?? (top ? top.sum.map((v) => v / top.n) : label.fill);
        return { text: label.text, ratio: ratio(label.fill, background), need, px: label.px };
      });
    },
    { data: png.toString('base64'), clip, labels },
  );
}

const figures = builtFigures();

describe.each(VIEWPORTS)('figure labels at $name size', (viewport) => {
  describe.each(SCHEMES)('in %s mode', (scheme) => {
    it.each(figures.map((f) => [f.id, f] as const))(
      '%s: every label in every state is legible against what is under it',
      async (id, figure) => {
        const context = await site.browser.newContext({
          viewport,
          colorScheme: scheme,
          reducedMotion: 'reduce',
        });
        const page = await context.newPage();
        await page.goto(site.url + figure.page, { waitUntil: 'load' });
        const failures: string[] = [];
        const sizes: string[] = [];
        const seen = new Set<string>();
        for (let i = -1; i < figure.steps.length; i++) {
          const state = await reach(page, figure, i);
          if (seen.has(state)) continue;
          seen.add(state);
          // The step cards are another helper's concern (they must not cover the chart); here only the drawing is read.
          await page.evaluate(
            (id) =>
              document
                .querySelectorAll<HTMLElement>(`#fig-${id} .scrolly__steps`)
                .forEach((s) => (s.style.opacity = '0')),
            id,
          );
          const { labels, clip, body } = await labelsOf(page, id);
          expect(labels.length, `${state}: no labels found`).toBeGreaterThan(0);
          // In the overview the drawing may still run below the fold: only the part in view is read (a full-page
          // screenshot would unstick the graphic and move it).
          const png = await page.screenshot({
            clip,
            path: `${SHOTS}/${id}-${viewport.name}-${scheme}-${String(i + 1).padStart(2, '0')}-${state}.png`,
          });
          for (const reading of await contrastOf(page, png, clip, labels)) {
            if (reading.ratio < reading.need)
              failures.push(
                `${state}: "${reading.text}" ${reading.ratio.toFixed(2)}:1 (needs ${reading.need}:1)`,
              );
          }
          for (const label of labels) {
            const ok =
              viewport.name === 'phone'
                ? label.px >= 11.95 && label.px <= 16.05
                : label.px <= body + 0.05;
            if (!ok) sizes.push(`${state}: "${label.text}" prints at ${label.px.toFixed(1)} px`);
          }
          await page.evaluate(
            (id) =>
              document
                .querySelectorAll<HTMLElement>(`#fig-${id} .scrolly__steps`)
                .forEach((s) => (s.style.opacity = '')),
            id,
          );
        }
        expect(failures, 'labels below the contrast floor').toEqual([]);
        expect(
          sizes,
          viewport.name === 'phone'
            ? 'labels outside 12–16 px on the phone'
            : 'labels larger than body text on the desktop',
        ).toEqual([]);
        await context.close();
      },
    );
  });
});
