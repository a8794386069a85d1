import { describe, expect, it } from 'vitest';
import { chinaTrade } from '../../src/figures/china-trade/data.ts';
import { chinaTradeLayout, valueBoxes } from '../../src/figures/china-trade/layout.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { toCsv } from '../../src/figures/shared/table.ts';
import { fixtureLedger } from '../support/ledger.ts';
import { parseLedger } from '../../src/lib/ledger.ts';
import { ContentError } from '../../src/lib/errors.ts';

const ledger = fixtureLedger();
const data = chinaTrade(ledger);
const valueOf = (id: string) => ledger.facts.get(id)!.value;

describe('china-trade data', () => {
  it('takes both trade series for 2022 and 2023 from the ledger', () => {
    expect(data.years).toEqual(['2022', '2023']);
    expect(data.bars.map((b) => [b.year, b.series, b.fact.id, b.value])).toEqual([
      ['2022', 'kz', 'china-trade-2022-kz', valueOf('china-trade-2022-kz')],
      ['2022', 'gacc', 'china-trade-2022-gacc', valueOf('china-trade-2022-gacc')],
      ['2023', 'kz', 'china-trade-2023-kz', valueOf('china-trade-2023-kz')],
      ['2023', 'gacc', 'china-trade-2023-gacc', valueOf('china-trade-2023-gacc')],
    ]);
    expect(data.bars.map((b) => b.value)).toEqual([24.2, 31.2, 31.4, 41]);
  });

  it('shows the 2023 gap as derived, computed from the two 2023 figures', () => {
    expect(data.gap.fact.derived).toEqual({
      formula: 'difference',
      from: ['china-trade-2023-gacc', 'china-trade-2023-kz'],
    });
    expect(data.gap.value).toBeCloseTo(data.gap.to.value - data.gap.from.value, 6);
    expect([data.gap.from.key, data.gap.to.key]).toEqual(['kz-2023', 'gacc-2023']);
  });

  it('keeps the investment stock apart from the yearly trade', () => {
    expect(data.investment.fact.id).toBe('china-investment-18y');
    expect(data.investment.value).toBe(valueOf('china-investment-18y'));
    expect(data.investment.years).toBe(valueOf('china-investment-years'));
    expect(data.bars.some((b) => b.fact.id.startsWith('china-investment'))).toBe(false);
    expect(data.max).toBe(Math.max(...data.bars.map((b) => b.value), data.investment.value));
  });

  it('has a table with one row per bar, the derived gap and the investment stock', () => {
    const { table } = data;
    expect(table.columns).toEqual(['Year', 'Series', 'Value (USD bn)', 'Status', 'Source']);
    expect(table.rows).toHaveLength(6);
    expect(table.rows.slice(0, 4).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['2022', 'Kazakh statistics', 24.2, 'reported'],
      ['2022', 'Chinese customs (GACC)', 31.2, 'reported'],
      ['2023', 'Kazakh statistics', 31.4, 'reported'],
      ['2023', 'Chinese customs (GACC)', 41, 'reported'],
    ]);
    expect(table.rows.filter((r) => r[3] === 'derived').map((r) => [r[0], r[2]])).toEqual([
      ['2023', data.gap.value],
    ]);
    const investment = table.rows[5]!;
    expect(investment[0]).toBe('18 years to 2023');
    expect(investment[1]).toMatch(/stock, not a yearly flow/);
    expect(investment[2]).toBe(24);
    for (const row of table.rows) expect(typeof row[2]).toBe('number');
    expect(table.notes?.some((n) => /record the same trade differently/.test(n))).toBe(true);
    expect(table.notes?.some((n) => /derived/.test(n))).toBe(true);
  });

  it('exports as CSV with a header and one line per row', () => {
    const csv = toCsv(data.table);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Year,Series,Value (USD bn),Status,Source');
    expect(lines).toHaveLength(7);
    expect(lines).toContain('2023,Chinese customs (GACC),41,reported,WE News');
    expect(lines[6]).toMatch(
      /^18 years to 2023,"Chinese investment, cumulative \(a stock, not a yearly flow\)",24,reported,/,
    );
  });

  it('lists every source behind the figure, each of them known', () => {
    expect(new Set(data.sources)).toEqual(
      new Set([
        'trend-2024-04-01',
        'nca-2023-01-20',
        'wenews-2024',
        'antic-2024',
        'nca-2023-11-07',
      ]),
    );
    for (const id of data.sources) expect(ledger.sources.has(id)).toBe(true);
  });

  it('names the fact and the fix when a value it draws is not one number', () => {
    const sources = {
      path: 'content/data/sources.yaml',
      text: '- id: s\n  title: T\n  publisher: P\n  url: https://example.org/\n  group: news\n',
    };
    const fact = (id: string, value: string, unit = 'USD bn') =>
      `- id: ${id}\n  label: L\n  value: ${value}\n  unit: ${unit}\n  asOf: "2023"\n  sources: [s]\n`;
    const text = [
      fact('china-trade-2022-kz', '[24, 25]'),
      fact('china-trade-2022-gacc', '31.2'),
      fact('china-trade-2023-kz', '31.4'),
      fact('china-trade-2023-gacc', '41'),
      '- id: china-trade-2023-gap\n  label: L\n  unit: USD bn\n  asOf: "2023"\n  derived:\n    formula: difference\n    from: [china-trade-2023-gacc, china-trade-2023-kz]\n',
      fact('china-investment-18y', '24'),
      fact('china-investment-years', '18', 'years'),
    ].join('\n');
    const bad = parseLedger({ facts: { path: 'content/data/facts.yaml', text }, sources });
    expect(() => chinaTrade(bad)).toThrow(ContentError);
    expect(() => chinaTrade(bad)).toThrow(
      /content\/data\/facts\.yaml — fact "china-trade-2022-kz" → value: is \[24,25\], not a single number, so the china-trade figure \(src\/figures\/china-trade\/data\.ts\) cannot use it[\s\S]*Fix:/,
    );
  });
});

describe('china-trade layout', () => {
  it.each([
    [1, 'desktop'],
    [10, 'desktop'],
    [0.1, 'desktop'],
    [1, 'phone'],
    [10, 'phone'],
    [0.1, 'phone'],
  ] as const)(
    'keeps every bar and value label inside the frame with amounts ×%s (%s drawing)',
    (scale, art) => {
      const data = chinaTrade(fixtureLedger(scale));
      const layout = chinaTradeLayout(data, art);
      for (const b of layout.bars) {
        expect(b.y, `${b.bar.key} bar top`).toBeGreaterThanOrEqual(layout.margin.top - 1e-9);
        expect(b.x + b.width).toBeLessThanOrEqual(layout.plotRight);
      }
      expect(layout.investment.y).toBeGreaterThanOrEqual(layout.margin.top - 1e-9);
      for (const { text, box } of valueBoxes(layout, data, formatNumber)) {
        expect(box[0], `"${text}" left edge`).toBeGreaterThanOrEqual(0);
        expect(box[2], `"${text}" right edge`).toBeLessThanOrEqual(layout.width);
        expect(box[1], `"${text}" top`).toBeGreaterThanOrEqual(0);
        expect(box[3], `"${text}" bottom`).toBeLessThanOrEqual(layout.height);
      }
      // The bracket's label stays in the trade panel, left of the divider.
      const gapLabel = valueBoxes(layout, data, formatNumber).find((l) => l.text.startsWith('+'))!;
      expect(gapLabel.box[2]).toBeLessThanOrEqual(layout.split);
    },
  );
});
