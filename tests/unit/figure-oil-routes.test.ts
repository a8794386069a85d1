import { describe, expect, it } from 'vitest';
import figure from '../../src/figures/oil-routes/figure.ts';
import {
  attackYears,
  inMt,
  oilRoutes,
  parseOilRoutes,
  yearSpan,
} from '../../src/figures/oil-routes/data.ts';
import { oilRoutesLayout, onIn, shownIn } from '../../src/figures/oil-routes/layout.ts';
import { toCsv } from '../../src/figures/shared/table.ts';
import { labelWidth } from '../../src/figures/shared/map.ts';
import { ContentError } from '../../src/lib/errors.ts';
import { loadPlaces } from '../../src/lib/places.ts';
import { fixtureLedger, FIXTURE_CONTENT } from '../support/ledger.ts';

const ledger = fixtureLedger();
const places = loadPlaces(FIXTURE_CONTENT);
const data = oilRoutes(ledger, { dir: FIXTURE_CONTENT, places });

describe('oil routes data', () => {
  it('reads the legs in order, each with its places and volumes from the ledger', () => {
    expect(data.legs.map((l) => l.id)).toEqual([
      'cpc',
      'atyrau-samara',
      'druzhba',
      'aktau-makhachkala',
      'aktau-baku',
      'btc',
      'atasu-alashankou',
    ]);
    const cpc = data.legs[0]!;
    expect(cpc.points.map((p) => p.id)).toEqual(['tengiz', 'kropotkinskaya', 'novorossiysk']);
    expect(cpc.volumes.map((v) => v.id)).toEqual(['oil-cpc-10m-2024']);
    expect(cpc.label.text).toBe('CPC · about 46.3 Mt');
    expect(cpc.label.short).toBe('CPC 46.3 Mt');
  });

  it('says where sources differ on the CPC’s share, and marks its halts and attacks by year', () => {
    const cpc = data.legs[0]!;
    expect(cpc.shares.map((s) => s.display)).toEqual(['about 80%', 'over two-thirds']);
    expect(cpc.incidents.map((i) => [i.at.id, i.kind, i.years])).toEqual([
      ['novorossiysk', 'halt', '2022'],
      ['kropotkinskaya', 'attack', '2025'],
      ['novorossiysk', 'attack', '2025–26'],
    ]);
    expect(attackYears(cpc)).toBe('2025–26');
    expect(yearSpan(['2022-07-06'])).toBe('2022');
    expect(
      data.table.notes!.some(
        (n) =>
          n.includes('sources differ') && n.includes('about 80%') && n.includes('over two-thirds'),
      ),
    ).toBe(true);
  });

  it('tells the routes that cross Russia from those that avoid it, and marks the schematic leg', () => {
    expect(data.legs.filter((l) => !l.russia).map((l) => l.id)).toEqual([
      'aktau-baku',
      'btc',
      'atasu-alashankou',
    ]);
    expect(data.legs.filter((l) => l.schematic).map((l) => l.id)).toEqual(['druzhba']);
    expect(
      data.table.notes!.some((n) => n.startsWith('Druzhba to Germany is drawn schematically')),
    ).toBe(true);
  });

  it('has a row for every volume, in Mt, with its source, and a CSV', () => {
    expect(data.table.rows).toHaveLength(data.legs.reduce((n, l) => n + l.volumes.length, 0));
    const germany2023 = data.table.rows.find((r) => String(r[5]).includes('in 2023'))!;
    expect(germany2023[4]).toBe(0.993);
    expect(inMt(ledger.facts.get('oil-germany-2023') as never)).toBe(0.993);
    expect(data.table.rows[0]![6]).toBe(
      ledger.sources.get('trend-2024-11-24-oil-routes')!.publisher,
    );
    expect(toCsv(data.table).split('\r\n')[0]).toBe(
      'Route,From,To,Crosses Russia,Volume (Mt),What the figure measures,Source',
    );
  });

  it('lists every source it draws on, each once and each in the sources list', () => {
    expect(data.sources).toEqual(
      expect.arrayContaining([
        'trend-2024-11-24-oil-routes',
        'rferl-2022-07-06-cpc',
        'cpc-2023-11-27',
        'qazinform-2025-btc',
      ]),
    );
    expect(new Set(data.sources).size).toBe(data.sources.length);
    for (const id of data.sources) expect(ledger.sources.has(id)).toBe(true);
  });

  it('draws legs step by step: a leg is hidden before its step, highlighted in it, and routes around Russia again at the end', () => {
    // One step per leg's state, in the legs' order, between the overview and the closing step.
    const legStates = [...new Set(data.legs.map((l) => l.state))];
    expect(figure.states).toEqual(['overview', ...legStates, 'alternatives']);
    const china = data.legs.find((l) => l.id === 'atasu-alashankou')!;
    expect(shownIn(china)).toEqual(['overview', 'china', 'alternatives']);
    expect(onIn(china)).toEqual(['china', 'alternatives']);
    expect(onIn(data.legs[0]!)).toEqual(['cpc']);
  });
});

describe('oil routes content errors', () => {
  const parse = (text: string) =>
    parseOilRoutes({ path: 'content/data/oil-routes.yaml', text }, ledger, places);
  const leg = (extra: string) =>
    `- id: cpc\n  state: cpc\n  name: CPC\n  short: CPC\n  mode: pipeline\n  places: [tengiz, novorossiysk]\n  russia: true\n  label: { at: tengiz, side: right }\n${extra}`;

  // Each message points at the field's own line, not at the leg's first line.
  it('names the file, the line of the field, the leg and a near place id', () => {
    expect(() =>
      parse(leg('  volumes: [oil-cpc-10m-2024]\n').replace('novorossiysk]', 'novorosiysk]')),
    ).toThrow(/oil-routes\.yaml:6\b[\s\S]*leg "cpc" → places\.1[\s\S]*Did you mean "novorossiysk"/);
  });
  it('names the line of a field the schema refuses', () => {
    expect(() =>
      parse(leg('  volumes: [oil-cpc-10m-2024]\n').replace('mode: pipeline', 'mode: pipe')),
    ).toThrow(/oil-routes\.yaml:5\b[\s\S]*leg "cpc" → mode/);
  });
  it('refuses a volume that is not an amount of oil', () => {
    expect(() => parse(leg('  volumes: [cpc-share-cpc]\n'))).toThrow(ContentError);
  });
  it('refuses a label on a place the leg does not pass', () => {
    expect(() =>
      parse(
        leg('  volumes: [oil-cpc-10m-2024]\n').replace(
          'label: { at: tengiz',
          'label: { at: samara',
        ),
      ),
    ).toThrow(/oil-routes\.yaml:8\b[\s\S]*label\.at/);
  });
});

describe('oil routes layout', () => {
  for (const [name, scale] of [
    ['the fixture', 1],
    ['ten times the volumes', 10],
  ] as const) {
    const scaled = oilRoutes(fixtureLedger(scale), { dir: FIXTURE_CONTENT, places });
    for (const size of ['phone', 'desktop'] as const) {
      it(`keeps every label, badge and legend item inside the frame (${name}, ${size})`, () => {
        const L = oilRoutesLayout(scaled, size);
        for (const l of L.legs) {
          expect(l.label.box.x).toBeGreaterThanOrEqual(0);
          expect(l.label.box.x + l.label.box.w).toBeLessThanOrEqual(L.W);
          expect(l.label.box.y).toBeGreaterThanOrEqual(0);
          expect(l.label.y).toBeLessThanOrEqual(L.mapH);
          if (l.share) {
            expect(l.share.left).toBeGreaterThanOrEqual(0);
            expect(l.share.left + l.share.width).toBeLessThanOrEqual(L.W);
            expect(l.share.y - L.font).toBeGreaterThanOrEqual(0);
          }
        }
        for (const b of L.badges) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.w).toBeLessThanOrEqual(L.W);
          expect(b.y + b.h).toBeLessThanOrEqual(L.mapH);
        }
        for (const m of L.markers) {
          expect(m.x).toBeGreaterThanOrEqual(0);
          expect(m.x).toBeLessThanOrEqual(L.W);
          expect(m.y).toBeGreaterThanOrEqual(0);
          expect(m.y).toBeLessThanOrEqual(L.mapH);
        }
        for (const item of L.legend)
          expect(item.x + 22 + labelWidth(item.text, L.font, 0.55)).toBeLessThanOrEqual(L.W);
        expect(Math.max(...L.legend.map((i) => i.y))).toBeLessThanOrEqual(L.H);
      });
    }
  }

  it('prints labels at 12–16 px on a 360 px phone (a column about 320 px wide)', () => {
    const L = oilRoutesLayout(data, 'phone');
    for (const size of [L.font, L.badge]) {
      expect((size * 320) / L.W).toBeGreaterThanOrEqual(12);
      expect((size * 320) / L.W).toBeLessThanOrEqual(16);
    }
  });
});
