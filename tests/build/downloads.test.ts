/** Figure downloads: every state of every figure as a 1600 px PNG and an SVG of the same size, linked from its figure's notes. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectAll, selectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { FIGURES } from '../../src/figures/index.ts';
import { readPngHeader } from '../support/png.ts';
import { DIST, readPage, requireDist } from '../support/dist.ts';

const CASES = FIGURES.flatMap((f) => f.states.map((state) => [f.id, state, f.chapter] as const));

/** Decodes the image data far enough to know it is whole: every IDAT chunk inflates to one filter byte plus a row per line. */
function decodePng(bytes: Buffer): { width: number; height: number } {
  const { width, height, bitDepth, colourType } = readPngHeader(bytes);
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colourType] ?? 0;
  const idat: Buffer[] = [];
  let at = 8;
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe(height * (1 + Math.ceil((width * channels * bitDepth) / 8)));
  return { width, height };
}

describe('figure downloads', () => {
  beforeAll(requireDist);

  it.each(CASES)('%s, %s: a PNG 1600 px wide and an SVG of the same size', (id, state) => {
    const png = join(DIST, 'downloads', id, `${state}.png`);
    const svg = join(DIST, 'downloads', id, `${state}.svg`);
    expect(existsSync(png), `${png} was not built`).toBe(true);
    expect(existsSync(svg), `${svg} was not built`).toBe(true);
    const { width, height } = decodePng(readFileSync(png));
    expect(width).toBe(1600);
    const doc = parseDocument(readFileSync(svg, 'utf8'), { xmlMode: true });
    const root = selectOne<AnyNode, Element>('svg', doc)!;
    expect(root.attribs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root.attribs.width).toBe('1600');
    expect(root.attribs.height).toBe(String(height));
    expect(root.attribs.viewBox).toBe(`0 0 1600 ${height}`);
    const text = selectAll<AnyNode, Element>('svg > text', doc)
      .map((t) => textContent(t))
      .join(' ');
    expect(text).toContain('Source: ');
    expect(text).toContain('CC BY 4.0');
    expect(text).toContain('Kazakhstan’s balancing act');
  });

  it.each(FIGURES.map((f) => [f.id, f.chapter] as const))(
    '%s: its notes on /%s/ link every download',
    (id, chapter) => {
      const doc = parseDocument(readPage(`/${chapter}/`));
      const hrefs = selectAll<AnyNode, Element>(`#fig-${id} .figure__downloads a`, doc).map(
        (a) => a.attribs.href,
      );
      const figure = FIGURES.find((f) => f.id === id)!;
      for (const state of figure.states) {
        expect(hrefs).toContain(`/downloads/${id}/${state}.png`);
        expect(hrefs).toContain(`/downloads/${id}/${state}.svg`);
      }
    },
  );

  it.each(FIGURES.map((f) => [f.id, f.chapter] as const))(
    '%s: its notes on /ru/%s/ link the Russian downloads, each drawn in Russian',
    (id, chapter) => {
      const doc = parseDocument(readPage(`/ru/${chapter}/`));
      const hrefs = selectAll<AnyNode, Element>(`#fig-${id} .figure__downloads a`, doc).map(
        (a) => a.attribs.href,
      );
      const figure = FIGURES.find((f) => f.id === id)!;
      for (const state of figure.states) {
        expect(hrefs).toContain(`/ru/downloads/${id}/${state}.png`);
        expect(hrefs).toContain(`/ru/downloads/${id}/${state}.svg`);
        expect(existsSync(join(DIST, 'ru', 'downloads', id, `${state}.png`))).toBe(true);
      }
      const svg = readFileSync(join(DIST, 'ru', 'downloads', id, `${figure.overview}.svg`), 'utf8');
      expect(svg).toContain('Лицензия: CC BY 4.0');
      expect(svg).not.toMatch(/>(Source|Licence):/);
    },
  );
});
