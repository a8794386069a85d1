import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { selectAll } from 'css-select';
import { describe, expect, it } from 'vitest';
import { parsePath } from '../../src/lib/svg-cull.ts';
import { thinPaths } from '../../src/lib/svg-thin.ts';

const svgOf = (markup: string) =>
  parseDocument(markup, { xmlMode: true }).children.find((n) => n.type === 'tag') as Element;
const pathsIn = (svg: Element, selector = 'path') => selectAll<Element, Element>(selector, svg);
const pointsOf = (el: Element) => parsePath(el.attribs.d!)!.flatMap((s) => s.points);

/** A border from (0,0) to (100,0) that wobbles by at most `wobble`, with `n` points between. */
const wobbly = (n: number, wobble: number) =>
  Array.from({ length: n }, (_, i) => [((i + 1) * 100) / (n + 1), i % 2 ? wobble : -wobble]);
const ring = (points: number[][]) => `M${points.map((p) => p.join(',')).join('L')}Z`;

describe('stills: outlines thinned to what can be seen', () => {
  it('drops the vertices that move a line by less than the tolerance, and keeps one that moves it more', () => {
    const svg = svgOf(
      `<svg viewBox="0 0 100 100"><path d="${ring([[0, 0], ...wobbly(20, 0.3), [100, 0], [100, 100], [50, 60], [0, 100]])}"/></svg>`,
    );
    thinPaths(svg, 1);
    expect(pointsOf(pathsIn(svg)[0]!)).toEqual([
      [0, 0],
      [100, 0],
      [100, 100],
      [50, 60],
      [0, 100],
    ]);
  });

  it('thins a shared border the same way from both sides, so no sliver opens between neighbours', () => {
    const border = wobbly(30, 0.8).concat([[100, 0]]);
    const north = [[0, 0], ...border, [100, -50], [0, -50]];
    const south = [[100, 0], ...[...border].reverse().slice(1), [0, 0], [0, 50], [100, 50]];
    const onBorder = (el: Element) =>
      pointsOf(el)
        .filter(([x, y]) => Math.abs(y!) < 1 && x! > 0 && x! < 100)
        .map((p) => p.join(','))
        .sort();
    // The group's scale(2) halves the tolerance in the paths' own units: 1.5 flattens a 0.8 wobble, 0.5 does not.
    for (const [tolerance, kept] of [
      [3, false],
      [1, true],
    ] as const) {
      const svg = svgOf(
        `<svg viewBox="0 0 240 240"><g transform="translate(5,120) scale(2)"><path class="n" d="${ring(north)}"/><path class="s" d="${ring(south)}"/></g></svg>`,
      );
      thinPaths(svg, tolerance);
      const [n, s] = [pathsIn(svg, '.n')[0]!, pathsIn(svg, '.s')[0]!];
      expect(onBorder(n)).toEqual(onBorder(s));
      expect(onBorder(n).length > 0).toBe(kept);
    }
  });

  it('drops an island smaller than the tolerance, and writes no more decimals than it needs', () => {
    const svg = svgOf(
      '<svg viewBox="0 0 100 100"><path d="M10.123,10.456L90.789,10.1L50.5,80.25ZM60,60L60.2,60.1L60.1,60.3Z"/></svg>',
    );
    thinPaths(svg, 2);
    expect(pathsIn(svg)[0]!.attribs.d).toBe('M10,10L91,10L51,80Z');
  });

  it('leaves alone what a thinner line would change: dashes, markers, ids and curves', () => {
    const wiggle = `M0,0L${wobbly(10, 0.1)
      .map((p) => p.join(','))
      .join('L')}L100,0`;
    const markup =
      `<svg viewBox="0 0 100 100"><path class="dash" stroke-dasharray="4 2" d="${wiggle}"/>` +
      `<path class="mark" marker-end="url(#m)" d="${wiggle}"/><path id="named" d="${wiggle}"/>` +
      `<path class="curve" d="M0,0C10,10 20,20 30,30"/><path class="plain" d="${wiggle}"/></svg>`;
    const svg = svgOf(markup);
    thinPaths(svg, 1);
    for (const selector of ['.dash', '.mark', '#named', '.curve'])
      expect(pathsIn(svg, selector)[0]!.attribs.d, selector).toBe(
        pathsIn(svgOf(markup), selector)[0]!.attribs.d,
      );
    expect(pathsIn(svg, '.plain')[0]!.attribs.d).toBe('M0,0L100,0');
  });
});

describe('stills: shapes drawn by reference', () => {
  it('thins a <defs> path for the largest size a <use> draws it at, and leaves one nothing draws', () => {
    const wiggle = `M0,0L${wobbly(10, 0.3)
      .map((p) => p.join(','))
      .join('L')}L100,0L100,50Z`;
    const svg = svgOf(
      `<svg viewBox="0 0 400 400"><defs><path id="a" d="${wiggle}"/><path id="b" d="${wiggle}"/><path id="c" d="${wiggle}"/></defs>` +
        '<use href="#a"/><g transform="scale(4)"><use href="#b"/></g><use href="#b"/></svg>',
    );
    thinPaths(svg, 1);
    const d = (id: string) => pathsIn(svg, `#${id}`)[0]!.attribs.d;
    // #a at scale 1: a 0.3 wobble is under the tolerance. #b is also drawn 4× larger: 1.2, over it.
    expect(d('a')).toBe('M0,0L100,0L100,50Z');
    expect(pointsOf(pathsIn(svg, '#b')[0]!).length).toBeGreaterThan(3);
    expect(d('c')).toBe(wiggle);
  });
});
