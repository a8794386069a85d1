import { describe, expect, it } from 'vitest';
import { activeIndex, highlight, stateForIndex, triggerFor } from '../../src/lib/figures/steps.ts';
import { toCsv } from '../../src/lib/figures/table.ts';
import { FIGURES, isFigureId, overviewState } from '../../src/lib/figures/registry.ts';
import { corridorVolumes } from '../../src/lib/figures/corridor-volumes.ts';
import { loadLedger } from '../../src/lib/content-dir.ts';

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
    expect(highlight('growth-2023 capacity', 'capacity', 'overview')).toEqual({ on: true, off: false });
    expect(highlight('growth-2023', 'capacity', 'overview')).toEqual({ on: false, off: true });
    expect(highlight('growth-2023', 'overview', 'overview')).toEqual({ on: false, off: false });
  });
});

describe('figure registry', () => {
  it('gives every figure an overview state and unique states', () => {
    for (const id of Object.keys(FIGURES)) {
      expect(isFigureId(id)).toBe(true);
      const states = FIGURES[id as keyof typeof FIGURES].states as readonly string[];
      expect(new Set(states).size).toBe(states.length);
      expect(overviewState(id as keyof typeof FIGURES)).toBe(states[0]);
    }
    expect(isFigureId('pie-chart')).toBe(false);
  });
});

describe('CSV', () => {
  it('quotes cells with commas, quotes and line breaks', () => {
    expect(toCsv({ columns: ['Period', 'Note'], rows: [['2023', 'a, b'], ['2024', 'say "hi"']] })).toBe('Period,Note\r\n2023,"a, b"\r\n2024,"say ""hi"""\r\n');
  });

  it('refuses ragged rows', () => {
    expect(() => toCsv({ columns: ['a', 'b'], rows: [['1']] })).toThrow(/Row 1 has 1 cells/);
  });
});

describe('corridor volumes data', () => {
  const data = corridorVolumes(loadLedger());

  it('takes every value from the ledger, deriving 2022 and January 2023', () => {
    expect(data.annual.map((b) => [b.label, b.value, b.derived])).toEqual([
      ['2022', 1.67, true],
      ['2023', 2.76, false],
      ['2024', 4.48, false],
      ['2025', 4.12, false],
    ]);
    expect(data.january.map((b) => [b.label, b.value, b.derived])).toEqual([
      ['Jan 2023', 111000, true],
      ['Jan 2024', 274200, false],
    ]);
    expect([data.capacity.value, data.target.value, data.targetYear.value]).toEqual([6, 10, 2027]);
  });

  it('labels derived rows in its table and lists every source', () => {
    expect(data.table.rows.filter((r) => r[3] === 'derived').map((r) => r[0])).toEqual(['2022', 'Jan 2023']);
    expect(data.sources).toContain('astanatimes-2026-03-titr');
    expect(data.sources).toContain('antic-2024');
    expect(() => toCsv(data.table)).not.toThrow();
  });
});
