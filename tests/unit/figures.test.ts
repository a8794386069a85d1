import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  activeIndex,
  activeIndexBelow,
  highlight,
  stateForIndex,
  stepFromHash,
  triggerFor,
} from '../../src/figures/shared/steps.ts';
import { toCsv } from '../../src/figures/shared/table.ts';
import { rectAttrs } from '../../src/figures/shared/rect.ts';
import { labelWidth } from '../../src/figures/shared/map.ts';
import { defineFigure } from '../../src/figures/define.ts';
import { FIGURE_IDS, FIGURES, isFigureId } from '../../src/figures/index.ts';

describe('step state', () => {
  it('is the last step past the trigger line, whatever the scroll history', () => {
    expect(activeIndex([500, 1200, 1900], 800)).toBe(-1);
    expect(activeIndex([300, 1000, 1700], 800)).toBe(0);
    expect(activeIndex([-2000, -1300, 100], 800)).toBe(2);
    expect(activeIndex([400, 1100], 800)).toBe(0);
  });

  it('moves the trigger line below the figure on phones, where the figure sits on top', () => {
    expect(triggerFor(360)).toBe(0.7);
    expect(triggerFor(1440)).toBe(0.5);
    expect(activeIndex([500], 800, triggerFor(360))).toBe(0);
    expect(activeIndex([500], 800, triggerFor(1440))).toBe(-1);
  });

  it('maps an index to a state, with the overview before the first step', () => {
    expect(stateForIndex(-1, ['a', 'b'], 'overview')).toBe('overview');
    expect(stateForIndex(1, ['a', 'b'], 'overview')).toBe('b');
  });

  it('highlights the elements of the current state and fades the rest, except in the overview', () => {
    expect(highlight('growth-2023 capacity', 'capacity', 'overview')).toEqual({
      on: true,
      off: false,
    });
    expect(highlight('growth-2023', 'capacity', 'overview')).toEqual({ on: false, off: true });
    expect(highlight('growth-2023', 'overview', 'overview')).toEqual({ on: false, off: false });
  });
});

describe('step state on a phone, below the pinned chart', () => {
  // The chart ends at 400; the reading area runs to 740, its upper half to 570.
  const box = (top: number, height = 200) => ({ top, bottom: top + height });
  it('is -1 until the first card reaches the upper half of the reading area', () => {
    expect(activeIndexBelow([box(600), box(1000)], 400, 740)).toBe(-1);
    expect(activeIndexBelow([box(560), box(960)], 400, 740)).toBe(0);
  });
  it('is the card with most of itself below the chart, not the one passing under it', () => {
    expect(activeIndexBelow([box(300), box(520)], 400, 740)).toBe(1);
    expect(activeIndexBelow([box(380), box(760)], 400, 740)).toBe(0);
  });
  it('keeps the card that passed while no card is in the reading area', () => {
    expect(activeIndexBelow([box(-100), box(600)], 400, 740)).toBe(0);
    expect(activeIndexBelow([box(-900), box(-300)], 400, 740)).toBe(1);
  });
  it('reads step links from the hash', () => {
    const ids = ['fig-a-step-1', 'fig-a-step-2'];
    expect(stepFromHash('#fig-a-step-2', ids)).toBe(1);
    expect(stepFromHash('#fig-b-step-1', ids)).toBeNull();
    expect(stepFromHash('', ids)).toBeNull();
  });
});

describe('the figure list', () => {
  it('gives every figure a unique id, a chapter and unique states, the first being its overview', () => {
    expect(new Set(FIGURE_IDS).size).toBe(FIGURES.length);
    for (const figure of FIGURES) {
      expect(isFigureId(figure.id)).toBe(true);
      expect(figure.chapter).toMatch(/^[a-z-]+$/);
      expect(new Set(figure.states).size).toBe(figure.states.length);
      expect(figure.overview).toBe(figure.states[0]);
    }
    expect(isFigureId('pie-chart')).toBe(false);
  });

  it('has a folder with a figure.ts and a Figure.astro for every figure, and no folder without a figure', () => {
    const folders = readdirSync('src/figures', { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'shared')
      .map((d) => d.name);
    expect(folders.sort()).toEqual([...FIGURE_IDS].sort());
    for (const id of FIGURE_IDS) {
      expect(existsSync(`src/figures/${id}/figure.ts`), `src/figures/${id}/figure.ts`).toBe(true);
      expect(existsSync(`src/figures/${id}/Figure.astro`), `src/figures/${id}/Figure.astro`).toBe(
        true,
      );
    }
  });

  it('refuses a figure that lists a state twice', () => {
    expect(() =>
      defineFigure({
        id: 'x',
        chapter: 'x',
        states: ['a', 'b', 'a'],
        prepare: () => ({ table: { caption: '', columns: [], rows: [] }, sources: [] }),
      }),
    ).toThrow(/lists a state twice/);
  });
});

describe("AUTHORING.md's table of figures", () => {
  it('lists every figure in the list, with its chapter and its states in order, and nothing else', () => {
    const text = readFileSync('AUTHORING.md', 'utf8');
    const table = text.slice(text.indexOf('| figure | chapter | states |'));
    const rows = table
      .split('\n')
      .slice(2)
      .filter((_, i, lines) => lines.slice(0, i + 1).every((l) => l.startsWith('|')))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    const written = rows.map(([figure, chapter, states]) => ({
      id: figure!.replace(/`/g, ''),
      chapter,
      states: states!.split(',').map((s) => s.trim().replace(/`/g, '')),
    }));
    expect(written.length).toBeGreaterThan(0);
    expect(written).toEqual(
      FIGURES.map((f) => ({ id: f.id, chapter: f.chapter, states: [...f.states] })),
    );
  });
});

describe('the frames encoder', () => {
  const figure = defineFigure({
    id: 'x',
    chapter: 'x',
    states: ['overview', 'one', 'two'],
    prepare: () => ({ table: { caption: '', columns: [], rows: [] }, sources: [] }),
  });

  it('keeps the overview under "*" and lists other states only where they differ', () => {
    expect(figure.framesOf((s) => ({ opacity: s === 'two' ? 0 : 1 }))).toEqual({
      '*': { opacity: 1 },
      two: { opacity: 0 },
    });
    expect(figure.framesOf(() => ({ x: 1 }))).toEqual({ '*': { x: 1 } });
    expect(figure.frames((s) => ({ y: s === 'overview' ? 5 : 9 }))).toBe(
      '{"*":{"y":5},"one":{"y":9},"two":{"y":9}}',
    );
  });

  it('spells data-on as the states joined by spaces', () => {
    expect(figure.on('one', 'two')).toBe('one two');
  });

  it('lets the type checker refuse a state the figure does not have (checked by astro check)', () => {
    // @ts-expect-error "three" is not one of the figure's states.
    expect(figure.on('three')).toBe('three');
    // @ts-expect-error neither is a misspelt state inside a frames function.
    expect(Object.keys(figure.framesOf((s) => ({ opacity: s === 'tow' ? 0 : 1 })))).toEqual(['*']);
  });
});

describe('figure ids in src/', () => {
  it("appear, outside each figure's own folder, only in the figure list", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
      );
    const all = files('src');
    for (const id of FIGURE_IDS) {
      const own = join('src', 'figures', id);
      const mentions = all.filter(
        (file) => !file.startsWith(own + '/') && readFileSync(file, 'utf8').includes(id),
      );
      expect(mentions, `files outside ${own}/ that name "${id}"`).toEqual([
        join('src', 'figures', 'index.ts'),
      ]);
    }
  });
});

describe('CSV', () => {
  it('quotes cells with commas, quotes and line breaks', () => {
    expect(
      toCsv({
        columns: ['Period', 'Note'],
        rows: [
          ['2023', 'a, b'],
          ['2024', 'say "hi"'],
        ],
      }),
    ).toBe('Period,Note\r\n2023,"a, b"\r\n2024,"say ""hi"""\r\n');
  });

  it('refuses ragged rows', () => {
    expect(() => toCsv({ columns: ['a', 'b'], rows: [['1']] })).toThrow(/Row 1 has 1 cells/);
  });
});

describe('rect attributes', () => {
  it('are a box’s position and size only, so the rest of a laid-out bar adds no attributes', () => {
    const bar = { height: 4, mid: 12, x: 10, text: '1.2', y: 20, width: 5 };
    expect(rectAttrs(bar)).toEqual({ x: 10, y: 20, width: 5, height: 4 });
    expect(Object.keys(rectAttrs(bar))).toEqual(['x', 'y', 'width', 'height']);
  });
});

describe('label width estimate', () => {
  it('gives Latin letters a little over half an em each', () => {
    expect(labelWidth('Ferry', 10)).toBeCloseTo(28);
  });

  it('counts Cyrillic letters wider, so a Russian word of as many letters takes more room', () => {
    expect(labelWidth('Паром', 10)).toBeGreaterThan(labelWidth('Ferry', 10) * 1.1);
    expect(labelWidth('Паром 2024', 10) - labelWidth('Паром', 10)).toBeCloseTo(
      labelWidth(' 2024', 10),
    );
  });
});
