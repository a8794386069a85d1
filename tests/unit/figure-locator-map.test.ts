import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT, fixtureLedger } from '../support/ledger.ts';
import { locatorMap, KAZAKHSTAN_OPACITY } from '../../src/figures/locator-map/data.ts';
import { locatorLayout } from '../../src/figures/locator-map/layout.ts';
import { fitView } from '../../src/figures/shared/map.ts';
import { STATES } from '../../src/figures/locator-map/states.ts';
import { toCsv } from '../../src/figures/shared/table.ts';
import { loadPlaces, unknownPlaceSources } from '../../src/lib/places.ts';

describe('locator map data', () => {
  const ledger = fixtureLedger();
  const data = locatorMap(ledger, { dir: FIXTURE_CONTENT });

  it('takes the three span places, west to east, from places.yaml', () => {
    expect(data.span.map((p) => [p.name, p.lat, p.lon, p.approximate])).toEqual([
      ['Istanbul', 41.01, 28.98, true],
      ['Astana', 51.17, 71.43, true],
      ['Khorgos', 44.21, 80.41, false],
    ]);
  });

  it('colours the subject of each step', () => {
    expect(data.highlighted).toEqual({
      eurasia: [],
      kazakhstan: ['kazakhstan'],
      'russia-border': ['kazakhstan', 'russia'],
      china: ['kazakhstan', 'china'],
      'central-asia': ['kazakhstan', 'kyrgyzstan', 'uzbekistan', 'turkmenistan', 'tajikistan'],
      'europe-asia': ['kazakhstan', 'china'],
    });
    expect(KAZAKHSTAN_OPACITY.eurasia).toBeGreaterThan(0);
    expect(KAZAKHSTAN_OPACITY.eurasia).toBeLessThan(1);
    expect(data.borders.map((b) => [b.with, b.states])).toEqual([
      ['russia', ['russia-border']],
      ['china', ['china']],
    ]);
    for (const b of data.borders) expect(b.line.coordinates.length).toBeGreaterThan(0);
  });

  it('reads from the outlines which countries border Kazakhstan: all but Tajikistan', () => {
    expect(
      data.countries
        .filter((c) => c.key !== 'kazakhstan')
        .map((c) => [c.name, c.bordersKazakhstan]),
    ).toEqual([
      ['Russia', true],
      ['China', true],
      ['Kyrgyzstan', true],
      ['Uzbekistan', true],
      ['Turkmenistan', true],
      ['Tajikistan', false],
    ]);
  });

  it('lists the article and every coordinate source, all known to the sources list', () => {
    expect(data.sources).toEqual(['antic-2024', 'mirror-wikipedia-horgos']);
    for (const id of data.sources) expect(ledger.sources.has(id)).toBe(true);
    expect(unknownPlaceSources(loadPlaces(FIXTURE_CONTENT), ledger)).toEqual([]);
  });

  it('tables the countries by step and the places with approximate positions marked', () => {
    const { table } = data;
    // Cells are read by column name, so the test asserts what each column holds, wherever it stands.
    const cells = (row: (typeof table.rows)[number], ...names: string[]) =>
      names.map((name) => {
        expect(table.columns).toContain(name);
        return row[table.columns.indexOf(name)];
      });
    const places = table.rows.filter((r) => cells(r, 'Kind')[0] === 'place');
    expect(places.map((r) => cells(r, 'Name', 'Latitude', 'Longitude', 'Status'))).toEqual([
      ['Istanbul', 41.01, 28.98, 'approximate'],
      ['Astana', 51.17, 71.43, 'approximate'],
      ['Khorgos', 44.21, 80.41, 'from source'],
    ]);
    const countries = table.rows.filter((r) => cells(r, 'Kind')[0] === 'country');
    expect(countries.map((r) => cells(r, 'Name', 'Borders Kazakhstan'))).toEqual([
      ['Kazakhstan', ''],
      ['Russia', 'yes'],
      ['China', 'yes'],
      ['Kyrgyzstan', 'yes'],
      ['Uzbekistan', 'yes'],
      ['Turkmenistan', 'yes'],
      ['Tajikistan', 'no'],
    ]);
    const russia = countries.find((r) => cells(r, 'Name')[0] === 'Russia')!;
    expect(cells(russia, 'Highlighted in')).toEqual(['The border with Russia']);
    const csv = toCsv(table);
    expect(csv.split('\r\n')[0]).toBe(
      'Name,Kind,Highlighted in,Borders Kazakhstan,Latitude,Longitude,Status',
    );
    expect(csv).toContain('Astana,place,From Europe to China,,51.17,71.43,approximate\r\n');
    expect(table.notes?.join(' ')).toMatch(/Natural Earth/);
  });

  it('refuses a place whose source is not in sources.yaml, naming the file and the fix', () => {
    const bare = {
      facts: ledger.facts,
      sources: new Map([...ledger.sources].filter(([id]) => id !== 'mirror-wikipedia-horgos')),
    };
    expect(() => locatorMap(bare, { dir: FIXTURE_CONTENT })).toThrow(
      /place "khorgos" → sources: names the source "mirror-wikipedia-horgos", which is not in content\/data\/sources\.yaml/,
    );
  });
});

describe('locator map layout', () => {
  const W = 520;
  const H = 340;
  const layout = locatorLayout(locatorMap(fixtureLedger(), { dir: FIXTURE_CONTENT }), W, H);

  it('fits a box into the frame, centred', () => {
    expect(
      fitView(
        [
          [0, 0],
          [260, 170],
        ],
        W,
        H,
      ),
    ).toEqual({ k: 2, x: 0, y: 0 });
    expect(
      fitView(
        [
          [100, 100],
          [200, 200],
        ],
        400,
        200,
      ),
    ).toEqual({ k: 2, x: -100, y: -200 });
  });

  it('shows the whole map in the overview and zooms in for every other step', () => {
    expect(layout.views.eurasia).toEqual({ k: 1, x: 0, y: 0 });
    for (const state of STATES.slice(1)) expect(layout.views[state].k).toBeGreaterThan(1.2);
  });

  it('keeps every label and marker inside the frame in the steps that show it', () => {
    const inside = ([x, y]: [number, number]) => x > 0 && x < W && y > 0 && y < H;
    for (const item of [...layout.labels, ...layout.marks]) {
      for (const state of item.shown)
        expect(
          inside(item.at[state]),
          `${'key' in item ? item.key : item.place.id} in ${state}`,
        ).toBe(true);
    }
    const shown = (state: (typeof STATES)[number]) =>
      layout.labels
        .filter((l) => l.shown.includes(state))
        .map((l) => l.key)
        .sort();
    expect(shown('eurasia')).toEqual(['asia', 'europe', 'kazakhstan']);
    expect(shown('kazakhstan')).toEqual(['caspian', 'kazakhstan-solid']);
    expect(shown('central-asia')).toEqual([
      'caspian',
      'kazakhstan',
      'kyrgyzstan',
      'tajikistan',
      'turkmenistan',
      'uzbekistan',
    ]);
    expect(shown('europe-asia')).toEqual([
      'astana',
      'black-sea',
      'caspian',
      'china',
      'europe',
      'istanbul',
      'kazakhstan',
      'khorgos',
      'schematic',
    ]);
  });

  it('names the Caspian Sea where the step text does, and says the span is schematic', () => {
    const caspian = layout.labels.find((l) => l.key === 'caspian')!;
    expect([caspian.text, caspian.sub, caspian.kind]).toEqual(['Caspian', 'Sea', 'sea']);
    expect(caspian.shown).toContain('kazakhstan');
    expect(layout.labels.find((l) => l.key === 'schematic')!.text).toMatch(/schematic/);
  });

  it.each([
    ['phone', 320, 300],
    ['desktop', 520, 340],
  ] as const)('keeps every label inside the %s frame', (_name, width, height) => {
    const drawn = locatorLayout(
      locatorMap(fixtureLedger(), { dir: FIXTURE_CONTENT }),
      width,
      height,
    );
    for (const item of [...drawn.labels, ...drawn.marks]) {
      for (const state of item.shown) {
        const [x, y] = item.at[state];
        expect(
          x > 0 && x < width && y > 0 && y < height,
          `${'key' in item ? item.key : item.place.id} in ${state}`,
        ).toBe(true);
      }
    }
  });

  it('draws the countries, the borders and the span as path data', () => {
    expect(layout.countries.length).toBeGreaterThan(50);
    for (const c of layout.fills) expect(c.d).toMatch(/^M/);
    for (const b of layout.borders) expect(b.length).toBeGreaterThan(0);
    expect(layout.span.d).toMatch(/^M/);
  });
});
