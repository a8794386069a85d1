import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { FIXTURE_CONTENT, fixtureLedger } from '../support/ledger.ts';
import { loadPlaces } from '../../src/lib/places.ts';
import { contentErrorOf } from '../support/errors.ts';
import { toCsv } from '../../src/figures/shared/table.ts';
import figure from '../../src/figures/corridor-route/figure.ts';
import { corridorRoute, describeRoute } from '../../src/figures/corridor-route/route.ts';
import { corridorRouteLayout } from '../../src/figures/corridor-route/layout.ts';
import { PHONE_SIZE, SIZE } from '../../src/figures/corridor-route/style.ts';
import { parseRoute } from '../../src/figures/corridor-route/data.ts';
import { STATES, type RouteState } from '../../src/figures/corridor-route/states.ts';
import type { Box } from '../../src/figures/corridor-route/labels.ts';

const ledger = fixtureLedger();
const places = loadPlaces(FIXTURE_CONTENT);
const data = corridorRoute(ledger, { dir: FIXTURE_CONTENT });
const layout = corridorRouteLayout(data);

const FILE = { path: 'content/data/corridor-route.yaml' };
const MINIMAL = `sources: [interfax-2024-01-24]
legs:
  - { id: a, state: kazakhstan, mode: rail, actor: kazakhstan, places: [dostyk, aktau] }
steps:
${STATES.map((s) => `  - { state: ${s}, frame: whole }`).join('\n')}
`;
const parse = (text: string) => parseRoute({ ...FILE, text }, places, ledger);

describe('corridor route data', () => {
  it('takes every position from places.yaml, unchanged', () => {
    for (const p of data.places) {
      const source = places.find((q) => q.id === p.id)!;
      expect([p.lat, p.lon, p.approximate]).toEqual([source.lat, source.lon, source.approximate]);
    }
  });

  it('follows the route in order, each place entering with the first step that reaches it', () => {
    expect(data.places.map((p) => [p.id, p.firstState])).toEqual([
      ['alashankou', 'border'],
      ['dostyk', 'border'],
      ['khorgos', 'border'],
      ['aktau', 'kazakhstan'],
      ['kuryk', 'caspian-ports'],
      ['alat', 'caspian'],
      ['baku', 'baku'],
      ['tbilisi', 'tbilisi'],
      ['poti', 'black-sea'],
      ['batumi', 'black-sea'],
      ['anaklia', 'black-sea'],
      ['akhalkalaki', 'kars'],
      ['kars', 'kars'],
      ['istanbul', 'europe'],
    ]);
  });

  it('draws a leg in every step of the route, and each leg joins places in order', () => {
    const drawn = new Set(data.legs.map((l) => l.state));
    for (const state of [
      'border',
      'kazakhstan',
      'caspian-ports',
      'caspian',
      'tbilisi',
      'black-sea',
      'kars',
      'europe',
      'northern-route',
    ] as const)
      expect(drawn.has(state)).toBe(true);
    const btk = data.legs.find((l) => l.id === 'btk')!;
    expect(btk.points.map((p) => p.id)).toEqual(['tbilisi', 'akhalkalaki', 'kars']);
    expect(data.legs.find((l) => l.id === 'aktau-alat')?.mode).toBe('ferry');
  });

  it('draws the northern route schematically, from a known place, with no coordinates of its own', () => {
    const northern = data.legs.filter((l) => l.schematic);
    expect(northern.map((l) => [l.state, l.actor, l.points.map((p) => p.id)])).toEqual([
      ['northern-route', 'russia', ['dostyk']],
    ]);
    const row = data.table.rows.find((r) => r[4] === 'schematic')!;
    expect(row.slice(1, 3)).toEqual(['', '']);
    expect(data.table.notes?.some((n) => /schematic/.test(n))).toBe(true);
  });

  it('marks approximate positions in the table: Alat, Akhalkalaki and Anaklia among them', () => {
    const approximate = data.table.rows.filter((r) => r[4] === 'approximate').map((r) => r[0]);
    for (const name of ['Port of Baku (Alat)', 'Akhalkalaki', 'Anaklia'])
      expect(approximate).toContain(name);
    const reported = data.table.rows.filter((r) => r[4] === 'reported').map((r) => r[0]);
    expect(reported).toEqual(expect.arrayContaining(['Dostyk', 'Aktau', 'Kuryk', 'Kars']));
  });

  it('has a table with numbers as numbers, and valid CSV', () => {
    expect(data.table.columns).toEqual([
      'Place',
      'Latitude',
      'Longitude',
      'Step',
      'Status',
      'Source of position',
    ]);
    const aktau = data.table.rows.find((r) => r[0] === 'Aktau')!;
    expect([aktau[1], aktau[2]]).toEqual([43.65, 51.15]);
    const csv = toCsv(data.table);
    expect(csv.split('\r\n')[0]).toBe('Place,Latitude,Longitude,Step,Status,Source of position');
    expect(csv).toContain('Aktau,43.65,51.15,Across Kazakhstan,reported,');
  });

  it('lists the route sources and the source of every position, all of them in the sources list', () => {
    for (const id of [
      'interfax-2024-01-24',
      'astanatimes-2023-04-kuryk',
      'ady-alat',
      'tabula-btk',
      'index1520-dostyk',
      'perceptiode-kuryk',
    ])
      expect(data.sources).toContain(id);
    expect(data.sources).toEqual(expect.arrayContaining(data.places.flatMap((p) => p.sources)));
    for (const id of data.sources) expect(ledger.sources.has(id)).toBe(true);
    expect(data.table.rows.find((r) => r[0] === 'Dostyk')![5]).toBe(
      ledger.sources.get('index1520-dostyk')!.publisher,
    );
  });

  it('describes every leg in its text summary', () => {
    const text = describeRoute(data);
    for (const name of [
      'Alashankou',
      'Khorgos',
      'Aktau',
      'Kuryk',
      'Port of Baku (Alat) (approximate position)',
      'Tbilisi',
      'Poti',
      'Batumi',
      'Akhalkalaki',
      'Kars',
      'Istanbul',
      'Europe',
      'schematic',
    ])
      expect(text).toContain(name);
    expect(text).not.toMatch(/undefined/);
  });
});

describe('corridor route file checks', () => {
  it('accepts a minimal file', () => {
    expect(parse(MINIMAL).legs).toHaveLength(1);
  });

  it('names the file, the leg, the field and the fix', () => {
    const bad = (text: string) => contentErrorOf(() => parse(text)).message;
    expect(bad(MINIMAL.replace('[dostyk, aktau]', '[dostyk, aktua]'))).toMatch(
      /corridor-route\.yaml:3 — leg "a" → places\.1: names the place "aktua".*\n {2}Fix: Did you mean "aktau"\?/,
    );
    expect(bad(MINIMAL.replace('state: kazakhstan', 'state: kazakstan'))).toMatch(
      /leg "a" → state: "kazakstan" is not one of the states of the figure\n {2}Fix: Did you mean "kazakhstan"\? Write one of: overview, border/,
    );
    expect(bad(MINIMAL.replace('mode: rail', 'mode: rail, colour: red'))).toMatch(
      /leg "a": unknown field "colour"\n {2}Fix: Allowed fields: id, state, mode/,
    );
    expect(bad(MINIMAL.replace('places: [dostyk, aktau]', 'places: [dostyk]'))).toMatch(
      /leg "a" → places: names only one place.*\n {2}Fix: .*onward: west/,
    );
    expect(bad(MINIMAL.replace('  - { state: caspian, frame: whole }\n', ''))).toMatch(
      /steps: has no entry for the state "caspian"/,
    );
    expect(bad(MINIMAL.replace('[interfax-2024-01-24]', '[interfax-2024-01-42]'))).toMatch(
      /sources: names the source "interfax-2024-01-42".*\n {2}Fix: Did you mean "interfax-2024-01-24"\?/,
    );
    expect(
      bad(
        MINIMAL.replace(
          '{ state: border, frame: whole }',
          '{ state: border, frame: whole, countries: [narnia] }',
        ),
      ),
    ).toMatch(/step "border" → countries\.0: names the country "narnia"/);
  });
});

describe('corridor route layout', () => {
  const frame = (f: Record<string, Record<string, string | number>>, state: RouteState) =>
    f[state] ?? f['*']!;

  it('has a frame for every state of the registry, the overview being what the server renders', () => {
    expect(Object.keys(layout.cameras)).toEqual([...figure.states]);
    expect(layout.cameras.overview).toEqual({ k: 1, x: 0, y: 0 });
    expect(layout.cameraFrames['*']!.transform).toBe('translate(0,0) scale(1)');
  });

  it('draws every leg in the overview, and each leg from its own step onwards only', () => {
    for (const leg of layout.legs) {
      expect(frame(leg.frames, 'overview')['stroke-dashoffset']).toBe(0);
      for (const state of STATES.slice(1)) {
        const drawn = frame(leg.frames, state)['stroke-dashoffset'] === 0;
        expect([leg.id, state, drawn]).toEqual([
          leg.id,
          state,
          STATES.indexOf(state) >= STATES.indexOf(leg.state),
        ]);
      }
      expect(leg.length).toBeGreaterThan(0);
    }
  });

  it('hides a rail leg with a dash offset equal to its measured length', () => {
    const leg = layout.legs.find((l) => l.id === 'dostyk-aktau')!;
    expect(leg.dasharray).toBe(`${leg.length} ${leg.length}`);
    expect(frame(leg.frames, 'border')['stroke-dashoffset']).toBe(leg.length);
  });

  it('keeps the ferry dashed and still hides it completely before its step', () => {
    const leg = layout.legs.find((l) => l.id === 'aktau-alat')!;
    const dashes = leg.dasharray.split(' ').map(Number);
    const hidden = Number(frame(leg.frames, 'kazakhstan')['stroke-dashoffset']);
    expect(dashes.length % 2).toBe(0);
    expect(dashes.at(-1)).toBeGreaterThanOrEqual(leg.length);
    expect(hidden).toBeCloseTo(
      dashes.slice(0, -2).reduce((a, b) => a + b, 0),
      1,
    );
    expect(hidden).toBeGreaterThanOrEqual(leg.length);
  });

  it('draws approximate places as their own marker kind', () => {
    expect(layout.markers.filter((m) => m.approximate).map((m) => m.id)).toEqual(
      expect.arrayContaining(['alat', 'akhalkalaki', 'anaklia']),
    );
  });

  it.each([
    ['desktop', SIZE],
    ['phone', PHONE_SIZE],
  ] as const)(
    'shows in each step only labels that do not collide and stay inside the %s map',
    (_name, size) => {
      const layout = corridorRouteLayout(data, size.width, size.height);
      const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
      const problems: string[] = [];
      for (const state of STATES) {
        const boxes = layout.boxes(state);
        const markers = layout.markerBoxes(state);
        for (const [i, a] of boxes.entries()) {
          if (!layout.inside(a)) problems.push(`${state}: ${a.id} is cut off`);
          for (const b of boxes.slice(i + 1))
            if (overlap(a, b)) problems.push(`${state}: ${a.id} overlaps ${b.id}`);
          for (const m of markers)
            if (overlap(a, m)) problems.push(`${state}: ${a.id} covers ${m.id}`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('names the places of each step on the map', () => {
    const shown = (state: RouteState) =>
      layout.labels.filter((l) => frame(l.frames, state).opacity === 1).map((l) => l.place);
    expect(shown('border')).toEqual(expect.arrayContaining(['alashankou', 'dostyk', 'khorgos']));
    expect(shown('caspian-ports')).toEqual(expect.arrayContaining(['aktau', 'kuryk']));
    expect(shown('black-sea')).toEqual(expect.arrayContaining(['poti', 'batumi', 'anaklia']));
    expect(shown('kars')).toEqual(expect.arrayContaining(['akhalkalaki', 'kars']));
  });

  it('keeps the map data small', () => {
    expect(gzipSync(layout.land + layout.borders, { level: 9 }).length).toBeLessThan(22 * 1024);
  });
});
