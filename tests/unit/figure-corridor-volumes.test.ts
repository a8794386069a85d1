import { describe, expect, it } from 'vitest';
import { corridorVolumes } from '../../src/figures/corridor-volumes/data.ts';
import {
  axisTop,
  corridorVolumesLayout,
  labelBoxes,
} from '../../src/figures/corridor-volumes/layout.ts';
import { toCsv } from '../../src/figures/shared/table.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { fixtureLedger } from '../support/ledger.ts';

describe('corridor volumes data', () => {
  const data = corridorVolumes(fixtureLedger());

  it('takes every value from the ledger, deriving 2022 and January 2023', () => {
    expect(data.annual.map((b) => [b.key, b.label, b.value, b.derived])).toEqual([
      ['y2022', '2022', 1.67, true],
      ['y2023', '2023', 2.76, false],
      ['y2024', '2024', 4.48, false],
      ['y2025', '2025', 4.12, false],
    ]);
    expect(data.january.map((b) => [b.key, b.label, b.value, b.derived])).toEqual([
      ['jan2023', 'Jan 2023', 111000, true],
      ['jan2024', 'Jan 2024', 274200, false],
    ]);
    expect([
      data.capacity.value,
      data.target.value,
      data.targetYear.value,
      data.growthYear,
    ]).toEqual([6, 10, 2027, 2023]);
  });

  it('labels derived rows in its table, says how they were derived, and lists every source', () => {
    expect(data.table.rows.filter((r) => r[3] === 'derived').map((r) => r[0])).toEqual([
      '2022',
      'Jan 2023',
    ]);
    expect(data.table.notes?.[0]).toMatch(/\(2\.76 Mt after \+65%; 274,200 t after \+147%\)/);
    expect(data.sources).toContain('astanatimes-2026-03-titr');
    expect(data.sources).toContain('antic-2024');
    expect(() => toCsv(data.table)).not.toThrow();
  });
});

describe('corridor volumes layout', () => {
  it('rounds the axis up from the data, with room for the top label', () => {
    expect(axisTop(10)).toBe(11);
    expect(axisTop(274200)).toBe(300000);
    expect(axisTop(100)).toBe(110);
    expect(axisTop(0)).toBe(1);
  });

  it.each([1, 10, 0.1])(
    'keeps every bar, line and label inside the frame with amounts ×%s',
    (scale) => {
      const data = corridorVolumes(fixtureLedger(scale));
      const layout = corridorVolumesLayout(data, formatNumber);
      const { width, height } = layout;
      for (const b of [...layout.annual, ...layout.january]) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(width);
        expect(b.y, `${b.bar.label} bar top`).toBeGreaterThanOrEqual(0);
        expect(b.y + b.height).toBeCloseTo(layout.base, 6);
      }
      for (const y of [layout.capacityY, layout.targetY]) expect(y).toBeGreaterThan(20);
      for (const { text, box } of labelBoxes(layout)) {
        expect(box[0], `"${text}" left edge`).toBeGreaterThanOrEqual(0);
        expect(box[2], `"${text}" right edge`).toBeLessThanOrEqual(width);
        expect(box[1], `"${text}" top`).toBeGreaterThanOrEqual(0);
        expect(box[3], `"${text}" bottom`).toBeLessThanOrEqual(height);
      }
      // The axis reaches past the largest value, and its ticks come from the data.
      expect(layout.ticks.at(-1)!.y).toBeLessThanOrEqual(layout.targetY);
      expect(layout.ticks.length).toBeGreaterThanOrEqual(3);
    },
  );

  it('draws the same positions as before for the real values', () => {
    const layout = corridorVolumesLayout(corridorVolumes(fixtureLedger()), formatNumber);
    expect(layout.ticks.map((t) => t.text)).toEqual(['0', '2', '4', '6', '8', '10']);
    expect(layout.january.map((b) => b.text)).toEqual(['111k*', '274k']);
  });

  it.each([1, 10, 0.1])(
    'keeps every bar and label inside the phone frame with amounts ×%s',
    (scale) => {
      const layout = corridorVolumesLayout(
        corridorVolumes(fixtureLedger(scale)),
        formatNumber,
        'phone',
      );
      expect(layout.width).toBeLessThanOrEqual(320);
      for (const b of [...layout.annual, ...layout.january]) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
        expect(b.y).toBeGreaterThanOrEqual(0);
      }
      for (const { text, box } of labelBoxes(layout)) {
        expect(box[0], `"${text}" left edge`).toBeGreaterThanOrEqual(0);
        expect(box[2], `"${text}" right edge`).toBeLessThanOrEqual(layout.width);
        expect(box[1], `"${text}" top`).toBeGreaterThanOrEqual(0);
        expect(box[3], `"${text}" bottom`).toBeLessThanOrEqual(layout.height);
      }
    },
  );

  it.each(['phone', 'desktop'] as const)(
    'gives the January panel its own axis, apart from the yearly bars and below the target line (%s)',
    (art) => {
      const layout = corridorVolumesLayout(corridorVolumes(fixtureLedger()), formatNumber, art);
      expect(layout.januaryTicks.map((t) => t.text)).toEqual(['0', '100k', '200k', '300k']);
      for (const b of layout.january) expect(b.x).toBeGreaterThan(layout.split);
      for (const b of layout.annual) expect(b.x + b.width).toBeLessThan(layout.split);
      // The tallest January bar stops well short of the 10 Mt target line's height, so the two scales cannot be read as one.
      expect(Math.min(...layout.january.map((b) => b.y))).toBeGreaterThan(layout.targetY + 40);
    },
  );
});
