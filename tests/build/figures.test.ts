/** Every figure in the built HTML carries its furniture, and its CSV exists. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtFigures } from '../support/figures.ts';
import { readPage } from '../support/dist.ts';
import { FIGURES } from '../../src/lib/figures/registry.ts';

const figures = builtFigures();

describe('figures in the built site', () => {
  it('are all on their chapter pages', () => {
    for (const [id, spec] of Object.entries(FIGURES)) {
      const figure = figures.find((f) => f.id === id);
      expect(figure, `figure ${id} is not on any page`).toBeDefined();
      expect(figure!.page).toBe(`/${spec.chapter}/`);
    }
  });

  it.each(figures.map((f) => [f.id, f] as const))('%s has a title, caption, source line, named SVG, data table and CSV', (id, figure) => {
    const html = readPage(figure.page);
    const block = html.slice(html.indexOf(`id="fig-${id}"`), html.indexOf('</figure>', html.indexOf(`id="fig-${id}"`)));
    expect(block).toMatch(/class="scrolly__title"[^>]*>[^<]{10,}</);
    expect(block).toMatch(/<svg class="figure__svg[^"]*"[^>]*role="img"[^>]*aria-labelledby="([^"]+)"/);
    const labelIds = /aria-labelledby="([^"]+)"/.exec(block)![1]!.split(' ');
    for (const labelId of labelIds) expect(block).toMatch(new RegExp(`id="${labelId}"[^>]*>[^<]{10,}<`));
    expect(block).toMatch(/<figcaption[^>]*>/);
    expect(block).toMatch(/class="figure__caption"[^>]*>[^<]{20,}</);
    expect(block).toMatch(/Source: <a href="https?:\/\//);
    expect(block).toMatch(/<details class="figure__data"[^>]*><summary[^>]*>Data table<\/summary>[\s\S]*<table/);
    expect(block).toContain(`href="/data/${id}.csv"`);
    const csv = readFileSync(`dist/data/${id}.csv`, 'utf8');
    expect(csv.split('\r\n').length).toBeGreaterThan(2);
    expect(figure.steps.length).toBeGreaterThan(0);
    for (const state of figure.steps) expect(FIGURES[id as keyof typeof FIGURES].states as readonly string[]).toContain(state);
  });

  it('have no CSV without a figure', () => {
    for (const id of Object.keys(FIGURES)) expect(existsSync(`dist/data/${id}.csv`)).toBe(true);
  });
});
