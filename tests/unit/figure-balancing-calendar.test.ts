import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import figure from '../../src/figures/balancing-calendar/figure.ts';
import { balancingCalendar, closestPair } from '../../src/figures/balancing-calendar/data.ts';
import { balancingCalendarLayout } from '../../src/figures/balancing-calendar/layout.ts';
import { toCsv } from '../../src/figures/shared/table.ts';
import { LANES, parseEvents, type CalendarEvent } from '../../src/lib/events.ts';
import { labelWidth } from '../../src/figures/shared/map.ts';
import { fixtureLedger, FIXTURE_CONTENT } from '../support/ledger.ts';

const ledger = fixtureLedger();
const FILE = `${FIXTURE_CONTENT}/data/events.yaml`;
const events = parseEvents({ path: FILE, text: readFileSync(FILE, 'utf8') }, ledger, '2026-12-01');

/** Ten times the meetings: each fixture event repeated in each of ten spread-out weeks of its year. */
function tenfold(list: CalendarEvent[]): CalendarEvent[] {
  return list.flatMap((e) =>
    Array.from({ length: 10 }, (_, i) => {
      const shift = (iso: string) =>
        `${iso.slice(0, 5)}${String(1 + i).padStart(2, '0')}${iso.slice(7)}`.replace(
          /-(29|30|31)$/,
          '-28',
        );
      const moved =
        e.date !== undefined
          ? { date: shift(e.date) }
          : { start: shift(e.start!), end: shift(e.end!) };
      return { ...e, ...moved, id: `${e.id}-${i}` };
    }),
  );
}

describe('balancing calendar data', () => {
  const data = balancingCalendar(ledger, events);

  it('has one lane per partner, in the order of the lanes, with every event in its lane', () => {
    expect(data.lanes.map((l) => l.lane)).toEqual([...LANES]);
    expect(data.lanes.map((l) => l.events.length)).toEqual([3, 2, 1, 3, 1]);
    expect(data.lanes.flatMap((l) => l.events).length).toBe(events.length);
  });

  it('runs the axis over the years the events cover', () => {
    // The last fixture event is on 19 February 2026: the axis ends on 1 April.
    expect(data.domain).toEqual(['2022-01-01', '2026-04-01']);
  });

  it('finds the Washington and Moscow meetings that came within a week', () => {
    expect(data.week?.us.id).toBe('c5-2025');
    expect(data.week?.russia.id).toBe('moscow-2025');
    expect(data.week?.days).toBe(5);
    expect(data.week?.russia.short).toBe('11–12 Nov');
    expect(data.week?.us.short).toBe('6 Nov');
    expect(balancingCalendarLayout(data, 'phone').week?.text).toBe(
      'Washington 6 Nov · Moscow 11–12 Nov',
    );
    expect(closestPair(data.events.filter((e) => e.lane !== 'us'))).toBeUndefined();
  });

  it('lists every event in its table (date, partner, title, place, sources) and CSV', () => {
    expect(data.table.columns).toEqual(['Date', 'Partner', 'Meeting', 'Place', 'Sources']);
    expect(data.table.rows).toHaveLength(events.length);
    expect(data.table.rows[0]).toEqual([
      '17 June 2022',
      'Russia',
      'St Petersburg forum',
      'St Petersburg',
      ledger.sources.get('antic-2024')!.publisher,
    ]);
    expect(data.table.rows.some((r) => r[0] === '27–28 November 2024')).toBe(true);
    const csv = toCsv(data.table);
    expect(csv.split('\r\n')).toHaveLength(events.length + 2);
  });

  it('cites every source of every event, each once, all in the sources list', () => {
    expect(data.sources).toEqual(
      expect.arrayContaining([
        'antic-2024',
        'aa-csto-2024-11',
        'anews-2024-07-04',
        'ady-alat',
        'astanatimes-2023-04-kuryk',
      ]),
    );
    expect(new Set(data.sources).size).toBe(data.sources.length);
    for (const id of data.sources) expect(ledger.sources.has(id)).toBe(true);
  });

  it('has its states, overview first', () => {
    expect(figure.states).toEqual([
      'overview',
      'russia',
      'china',
      'west',
      'together',
      'november-2025',
    ]);
    expect(figure.overview).toBe('overview');
  });
});

describe('balancing calendar layout', () => {
  for (const [name, list] of [
    ['the fixture', events],
    ['ten times the meetings', tenfold(events)],
  ] as const) {
    for (const size of ['phone', 'desktop'] as const) {
      it(`keeps every dot, tick and label inside the frame (${name}, ${size})`, () => {
        const data = balancingCalendar(ledger, list as CalendarEvent[]);
        const L = balancingCalendarLayout(data, size);
        for (const lane of L.lanes) {
          for (const d of lane.dots) {
            expect(d.x - L.r).toBeGreaterThanOrEqual(0);
            expect(d.x + L.r).toBeLessThanOrEqual(L.W);
            expect(d.y + L.r).toBeLessThanOrEqual(L.axisY);
          }
          expect(L.X0 + labelWidth(lane.text, L.font)).toBeLessThanOrEqual(L.W);
          expect(lane.labelY).toBeLessThan(lane.y - L.r);
        }
        for (const t of L.ticks) expect(t.x).toBeGreaterThanOrEqual(0);
        for (const t of L.ticks.filter((t) => t.label))
          expect(t.x + 4 + labelWidth(String(t.year), L.font)).toBeLessThanOrEqual(L.W);
        expect(L.axisY + L.font + 4).toBeLessThanOrEqual(L.H);
        if (L.week) {
          expect(L.week.text).toMatch(/^Washington .* · Moscow /);
          expect(L.week.labelX - labelWidth(L.week.text, L.font)).toBeGreaterThanOrEqual(0);
          expect(L.week.labelX).toBeLessThanOrEqual(L.W);
          expect(L.week.labelY - L.font).toBeGreaterThanOrEqual(0);
        }
      });
    }
  }

  it('prints labels at 12–16 px on a 360 px phone (a column about 320 px wide)', () => {
    const L = balancingCalendarLayout(balancingCalendar(ledger, events), 'phone');
    const px = (L.font * 320) / L.W;
    expect(px).toBeGreaterThanOrEqual(12);
    expect(px).toBeLessThanOrEqual(16);
  });
});
