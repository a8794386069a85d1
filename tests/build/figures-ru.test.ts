/**
 * Every figure on a Russian page is drawn in Russian: no common English word in its SVG text,
 * its data table (source names aside, which keep their own language), its downloads list or its
 * CSV header. A short deny-list, not a dictionary: it catches a figure that forgot its edition.
 */
import { readFileSync } from 'node:fs';
import { selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../src/figures/index.ts';
import { readPage } from '../support/dist.ts';

const ENGLISH =
  /\b(Kazakhstan|Russia|China|Caspian|million|thousand|tonnes|members?|observers?|derived|reported|Step|Source|Download|Licence|Embed|Overview)\b/;

/** Source and publisher columns name outlets in their own language ("The Astana Times"). */
const SOURCE_COLUMNS = new Set(['Источник', 'Источники', 'Источник координат']);

const english = (texts: string[]) =>
  texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => ENGLISH.test(t));

describe.each(FIGURES.map((f) => [f.id, f] as const))('%s on its Russian page', (id, figure) => {
  const doc = parseDocument(readPage(`/ru/${figure.chapter}/`));
  const section = selectAll<AnyNode, Element>(`figure.scrolly[data-figure="${id}"]`, doc)[0];

  it('is on the page', () => expect(section).toBeDefined());

  it('draws no English word in its SVG', () => {
    const texts = selectAll('svg text, svg title, svg desc', section!).map((n) => textContent(n));
    expect(english(texts)).toEqual([]);
  });

  it('has no English word in its data table, source names aside', () => {
    const table = selectAll<AnyNode, Element>('table', section!)[0]!;
    const heads = selectAll('thead th', table).map((n) => textContent(n).trim());
    const cells = selectAll<AnyNode, Element>('tbody tr', table).flatMap((tr) =>
      selectAll('th, td', tr)
        .filter((_, i) => !SOURCE_COLUMNS.has(heads[i] ?? ''))
        .map((n) => textContent(n)),
    );
    expect(english([...heads, ...selectAll('caption', table).map((n) => textContent(n))])).toEqual(
      [],
    );
    expect(english(cells)).toEqual([]);
  });

  it('lists its downloads in Russian', () => {
    const texts = selectAll('.figure__downloads, .figure__download', section!).map((n) =>
      textContent(n),
    );
    expect(english(texts)).toEqual([]);
  });

  it('has a Russian CSV header', () => {
    const header = readFileSync(`dist/ru/data/${id}.csv`, 'utf8').split('\r\n')[0]!;
    expect(header).not.toMatch(/[A-Za-z]{3,}/);
  });
});
