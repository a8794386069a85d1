import { describe, expect, it } from 'vitest';
import { forumTimeline } from '../../src/figures/forum-timeline/data.ts';
import { forumTimelineLayout } from '../../src/figures/forum-timeline/layout.ts';
import { toCsv } from '../../src/figures/shared/table.ts';
import { parseLedger, type Ledger } from '../../src/lib/ledger.ts';
import { fixtureLedger } from '../support/ledger.ts';
import { ContentError } from '../../src/lib/errors.ts';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('forum timeline data', () => {
  const ledger = fixtureLedger();
  const data = forumTimeline(ledger);

  it('takes every date from the facts ledger', () => {
    expect([
      data.first.fact.id,
      data.planned.fact.id,
      data.cancelled.fact.id,
      data.comeback.fact.id,
    ]).toEqual(['aif-2023-dates', 'aif-2024-planned', 'aif-2024-cancelled', 'aif-2025-dates']);
    expect([iso(data.first.start), iso(data.first.end)]).toEqual(['2023-06-08', '2023-06-09']);
    expect([iso(data.planned.start), iso(data.planned.end)]).toEqual(['2024-06-13', '2024-06-14']);
    expect(iso(data.cancelled.start)).toBe('2024-04-13');
    expect([iso(data.comeback.start), iso(data.comeback.end)]).toEqual([
      '2025-05-29',
      '2025-05-30',
    ]);
    expect(data.delegates.id).toBe('aif-2025-delegates');
    expect(data.delegates.display).toBe('over 5,000');
  });

  it('gives each edition a status and a short label that fits a phone', () => {
    expect(
      [data.first, data.planned, data.comeback].map((e) => [e.year, e.status, e.short]),
    ).toEqual([
      [2023, 'held', '8–9 Jun 2023'],
      [2024, 'cancelled', '13–14 Jun 2024'],
      [2025, 'held', '29–30 May 2025'],
    ]);
    expect(data.cancelled.short).toBe('13 Apr 2024');
    expect(data.first.long).toBe('8–9 June 2023');
  });

  it('places the article window between the corridor figures and the cancellation', () => {
    expect(data.written.from.fact.id).toBe('corridor-figures-released');
    expect(iso(data.written.from.start)).toBe('2024-02-27');
    expect(data.written.to).toBe(data.cancelled);
    expect(data.written.from.start < data.written.to.start).toBe(true);
  });

  it('runs the axis from the first edition to the year searched after the last one', () => {
    expect(data.searchedYear).toBe(2026);
    expect(data.domain.map(iso)).toEqual(['2023-01-01', '2027-01-01']);
  });

  it('has a table of editions with a status for each and a CSV', () => {
    expect(data.table.columns).toEqual(['Edition', 'Dates', 'Status', 'Source']);
    expect(data.table.rows.map((r) => r[2])).toEqual(['held', 'planned', 'cancelled', 'held']);
    for (const row of data.table.rows) expect(['held', 'planned', 'cancelled']).toContain(row[2]);
    expect(data.table.rows[2]![1]).toBe('13–14 June 2024 (cancelled on 13 April 2024)');
    expect(data.table.rows[0]![3]).toBe('The Astana Times');
    expect(data.table.rows[2]![3]).toBe('Kazinform; Trend News Agency');
    const csv = toCsv(data.table);
    expect(csv.split('\r\n')[0]).toBe('Edition,Dates,Status,Source');
    expect(csv).toContain('"2024, as announced",13–14 June 2024,planned,The Astana Times\r\n');
  });

  it('says in its notes that the article window is our inference, and that nothing was found for 2026', () => {
    const notes = data.table.notes ?? [];
    expect(
      notes.some(
        (n) =>
          /our inference/.test(n) && n.includes('27 February 2024') && n.includes('13 April 2024'),
      ),
    ).toBe(true);
    expect(notes.some((n) => n.includes('over 5,000 delegates'))).toBe(true);
    expect(notes.some((n) => n.includes('no report of a forum in 2026'))).toBe(true);
  });

  it('lists every source behind the figure, each one in the sources list', () => {
    expect(data.sources).toEqual(
      expect.arrayContaining([
        'antic-2024',
        'astanatimes-2023-06-aif',
        'astanatimes-2024-03-aif',
        'inform-2024-04-aif-cancelled',
        'trend-2024-04-aif-cancelled',
        'eurasian-research-aif-2025',
        'un-kazakhstan-aif-2025',
        'astanatimes-2024-02-27',
      ]),
    );
    expect(new Set(data.sources).size).toBe(data.sources.length);
    for (const id of data.sources) expect(ledger.sources.has(id)).toBe(true);
  });
});

describe('forum timeline content errors', () => {
  const source = `- id: s1\n  title: "A source"\n  publisher: Someone\n  url: https://example.org/\n  group: news\n`;
  const fact = (id: string, value: string) =>
    `- id: ${id}\n  label: "${id}"\n  value: ${value}\n  unit: date\n  asOf: "2024"\n  sources: [s1]\n`;
  const count = `- id: aif-2025-delegates\n  label: "delegates"\n  value: 5000\n  unit: count\n  asOf: "2025"\n  sources: [s1]\n`;
  const build = (dates: Record<string, string>): Ledger =>
    parseLedger({
      facts: {
        path: 'content/data/facts.yaml',
        text:
          Object.entries(dates)
            .map(([id, v]) => fact(id, v))
            .join('\n') +
          '\n' +
          count,
      },
      sources: { path: 'content/data/sources.yaml', text: source },
    });
  const good = {
    'aif-2023-dates': '2023-06-08/2023-06-09',
    'aif-2024-planned': '2024-06-13/2024-06-14',
    'aif-2024-cancelled': '2024-04-13',
    'aif-2025-dates': '2025-05-29/2025-05-30',
    'corridor-figures-released': '2024-02-27',
  };

  it('accepts a well-formed ledger', () => {
    expect(() => forumTimeline(build(good))).not.toThrow();
  });

  it('names the fact and the fix when a date is only a month', () => {
    const run = () => forumTimeline(build({ ...good, 'aif-2024-cancelled': '2024-04' }));
    expect(run).toThrow(ContentError);
    expect(run).toThrow(
      /content\/data\/facts\.yaml — fact "aif-2024-cancelled" → value: .*full date[\s\S]*Fix: Write it as 2024-04-13/,
    );
  });

  it('refuses an article window that ends before it starts', () => {
    expect(() =>
      forumTimeline(build({ ...good, 'corridor-figures-released': '2024-05-01' })),
    ).toThrow(/corridor-figures-released.*not before the cancellation/);
  });
});

describe('forum timeline layout', () => {
  const layout = forumTimelineLayout(forumTimeline(fixtureLedger()));

  it('puts every edition, the cancellation and the article window on the axis, inside the frame', () => {
    for (const x of [
      layout.fx,
      layout.px,
      layout.cx,
      layout.bx,
      layout.wx0,
      layout.wx1,
      layout.known,
    ]) {
      expect(x).toBeGreaterThanOrEqual(layout.X0);
      expect(x).toBeLessThanOrEqual(layout.X1);
    }
    expect(layout.wx0).toBeLessThan(layout.wx1);
    expect(layout.years).toEqual([2023, 2024, 2025, 2026]);
  });
});
