/** Every figure in the built HTML carries its furniture, its CSV exists, and every state its markup names is one of its states. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtFigures } from '../support/figures.ts';
import { isEmbed, readPage } from '../support/dist.ts';
import { FIGURES, figureById, isFigureId } from '../../src/figures/index.ts';

const figures = builtFigures({ embeds: true });
const statesOf = (id: string): readonly string[] => (isFigureId(id) ? figureById(id).states : []);

/** The part of a page that is one figure: from its <figure> to its end. */
const blockOf = (html: string, id: string) =>
  html.slice(
    html.indexOf(`id="fig-${id}"`),
    html.indexOf('</figure>', html.indexOf(`id="fig-${id}"`)),
  );
const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#34;/g, '"')
    .replace(/&amp;/g, '&');

describe('figures in the built site', () => {
  it('are all on their chapter pages', () => {
    for (const spec of FIGURES) {
      const figure = figures.find(
        (f) => f.id === spec.id && !f.page.startsWith('/ru/') && !isEmbed(f.page),
      );
      expect(figure, `figure ${spec.id} is not on any page`).toBeDefined();
      expect(figure!.page).toBe(`/${spec.chapter}/`);
    }
  });

  it.each(figures.map((f) => [f.id, f] as const))(
    '%s has a title, caption, source line, named SVG, data table and CSV',
    (id, figure) => {
      const block = blockOf(readPage(figure.page), id);
      expect(block).toMatch(/class="scrolly__title"[^>]*>[^<]{10,}</);
      expect(block).toMatch(
        /<svg class="figure__svg[^"]*"[^>]*role="img"[^>]*aria-labelledby="([^"]+)"/,
      );
      const labelIds = /aria-labelledby="([^"]+)"/.exec(block)![1]!.split(' ');
      for (const labelId of labelIds)
        expect(block).toMatch(new RegExp(`id="${labelId}"[^>]*>[^<]{10,}<`));
      expect(block).toMatch(/<figcaption[^>]*>/);
      expect(block).toMatch(/class="figure__caption"[^>]*>[^<]{20,}</);
      // The same furniture in each edition's words, with its own CSV (/data/<id>.csv, /ru/data/<id>.csv).
      const ru = figure.page.startsWith('/ru/');
      expect(block).toMatch(ru ? /Источник: <a href="https?:\/\// : /Source: <a href="https?:\/\//);
      expect(block).toMatch(
        ru
          ? /<details class="figure__data"[^>]*><summary[^>]*>Таблица данных<\/summary>[\s\S]*<table/
          : /<details class="figure__data"[^>]*><summary[^>]*>Data table<\/summary>[\s\S]*<table/,
      );
      expect(block).toContain(`href="${ru ? '/ru' : ''}/data/${id}.csv"`);
      const csv = readFileSync(`dist${ru ? '/ru' : ''}/data/${id}.csv`, 'utf8');
      expect(csv.split('\r\n').length).toBeGreaterThan(2);
      expect(figure.steps.length).toBeGreaterThan(0);
      for (const state of figure.steps) expect(statesOf(id)).toContain(state);
    },
  );

  it.each(figures.map((f) => [f.id, f] as const))(
    '%s names only its own states in data-on and data-frames',
    (id, figure) => {
      const block = blockOf(readPage(figure.page), id);
      const states = statesOf(id);
      const on = [...block.matchAll(/data-on="([^"]*)"/g)].flatMap((m) =>
        m[1]!.split(/\s+/).filter(Boolean),
      );
      const framed = [...block.matchAll(/data-frames="([^"]*)"/g)].flatMap((m) =>
        Object.keys(JSON.parse(unescape(m[1]!)) as object),
      );
      expect(
        on.length + framed.length,
        `${id} has no data-on or data-frames at all`,
      ).toBeGreaterThan(0);
      expect(
        on.filter((s) => !states.includes(s)),
        `data-on states that ${id} does not have`,
      ).toEqual([]);
      expect(
        framed.filter((s) => s !== '*' && !states.includes(s)),
        `data-frames keys that ${id} does not have`,
      ).toEqual([]);
    },
  );

  it('have no CSV without a figure', () => {
    for (const { id } of FIGURES) expect(existsSync(`dist/data/${id}.csv`)).toBe(true);
  });
});
