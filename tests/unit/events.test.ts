import { describe, expect, it } from 'vitest';
import { contentErrorOf } from '../support/errors.ts';
import { eventSources, eventSpan, eventsInLane, parseEvents } from '../../src/lib/events.ts';
import type { Ledger } from '../../src/lib/ledger.ts';

const FILE = 'content/data/events.yaml';
const TODAY = '2026-12-01';
const ledger = {
  facts: new Map(),
  sources: new Map([
    ['kremlin-2024-11-27', {}],
    ['astanatimes-2024-07-sco', {}],
    ['timesca-2026-01-22', {}],
  ]),
} as unknown as Ledger;
const parse = (text: string, today = TODAY) => parseEvents({ path: FILE, text }, ledger, today);
const errorOf = contentErrorOf;

const GOOD = `
# a comment, as at the top of the real file
- id: sco-astana-2024
  start: 2024-07-03
  end: 2024-07-04
  lane: china
  title: "SCO summit in Astana"
  place: Astana
  kind: summit
  sources: [astanatimes-2024-07-sco]
- id: putin-astana-2024
  start: 2024-11-27
  end: 2024-11-28
  lane: russia
  title: "Putin's state visit to Astana"
  place: Astana
  kind: state-visit
  note: "Followed by the CSTO summit."
  sources: [kremlin-2024-11-27]
- id: board-of-peace-2026
  date: 2026-01-22
  lane: us
  title: "Tokayev signs the Board of Peace charter"
  place: Davos
  kind: signing
  sources: [timesca-2026-01-22, kremlin-2024-11-27]
`;

/** The good fixture with one event's lines changed. */
const withLine = (from: string, to: string) => {
  expect(GOOD).toContain(from);
  return GOOD.replace(from, to);
};

describe('parseEvents', () => {
  it('reads every event, in date order, with its span', () => {
    const events = parse(GOOD);
    expect(events.map((e) => e.id)).toEqual([
      'sco-astana-2024',
      'putin-astana-2024',
      'board-of-peace-2026',
    ]);
    expect(eventSpan(events[0]!)).toEqual({ start: '2024-07-03', end: '2024-07-04' });
    expect(eventSpan(events[2]!)).toEqual({ start: '2026-01-22', end: '2026-01-22' });
    expect(events[1]!.note).toBe('Followed by the CSTO summit.');
  });

  it('groups events by lane and lists each source once', () => {
    const events = parse(GOOD);
    expect(eventsInLane(events, 'russia').map((e) => e.id)).toEqual(['putin-astana-2024']);
    expect(eventsInLane(events, 'eu')).toEqual([]);
    expect(eventSources(events).sort()).toEqual([
      'astanatimes-2024-07-sco',
      'kremlin-2024-11-27',
      'timesca-2026-01-22',
    ]);
  });

  it('accepts an empty file', () => {
    expect(parse('')).toEqual([]);
  });

  it('suggests the nearest lane for a misspelt one, with the line', () => {
    const error = errorOf(() => parse(withLine('lane: russia', 'lane: rusia')));
    expect(error.message).toContain(
      `${FILE}:14 — event "putin-astana-2024" → lane: "rusia" is not one of the lanes\n  Fix: Did you mean "russia"? Write one of: russia, china, eu, us, regional`,
    );
  });

  it('lists the lanes when no lane is close', () => {
    expect(errorOf(() => parse(withLine('lane: us', 'lane: washington'))).fix).toBe(
      'Write one of: russia, china, eu, us, regional',
    );
  });

  it('suggests the nearest kind', () => {
    expect(errorOf(() => parse(withLine('kind: state-visit', 'kind: statevisit'))).fix).toContain(
      'Did you mean "state-visit"?',
    );
  });

  it('names an unknown source and suggests the nearest real id', () => {
    const error = errorOf(() =>
      parse(withLine('sources: [kremlin-2024-11-27]', 'sources: [kremlin-2024-11-72]')),
    );
    expect(error.message).toContain(
      `${FILE}:19 — event "putin-astana-2024" → sources: names the source "kremlin-2024-11-72", which is not in content/data/sources.yaml\n  Fix: Did you mean "kremlin-2024-11-27"?`,
    );
  });

  it('refuses an impossible date', () => {
    const error = errorOf(() => parse(withLine('date: 2026-01-22', 'date: 2026-02-30')));
    expect(error.field).toBe('event "board-of-peace-2026" → date');
    expect(error.message).toContain('"2026-02-30" is not a date');
  });

  it('refuses a month where a day is needed', () => {
    expect(errorOf(() => parse(withLine('date: 2026-01-22', 'date: 2026-01'))).message).toContain(
      'needs a full date, YYYY-MM-DD',
    );
  });

  it('refuses a date in the future', () => {
    const error = errorOf(() => parse(GOOD, '2026-01-21'));
    expect(error.message).toContain(
      `${FILE}:21 — event "board-of-peace-2026" → date: "2026-01-22" is in the future (today is 2026-01-21)`,
    );
  });

  it('checks the end of a range against today', () => {
    expect(errorOf(() => parse(GOOD, '2024-11-27')).field).toBe('event "putin-astana-2024" → end');
  });

  it('refuses a range that ends before it starts', () => {
    const error = errorOf(() => parse(withLine('end: 2024-11-28', 'end: 2024-11-26')));
    expect(error.field).toBe('event "putin-astana-2024" → end');
    expect(error.message).toContain('"2024-11-26" is not after the start, "2024-11-27"');
  });

  it('refuses a range with only one end', () => {
    expect(errorOf(() => parse(withLine('  end: 2024-11-28\n', ''))).field).toBe(
      'event "putin-astana-2024" → end',
    );
  });

  it('refuses both a date and a range', () => {
    expect(
      errorOf(() =>
        parse(withLine('  start: 2024-11-27\n', '  date: 2024-11-27\n  start: 2024-11-27\n')),
      ).message,
    ).toContain('is given together with start/end');
  });

  it('refuses an event without any date', () => {
    const error = errorOf(() => parse(withLine('  date: 2026-01-22\n', '')));
    expect(error.message).toContain('event "board-of-peace-2026" → date: missing');
  });

  it('refuses a duplicate id, naming the first line', () => {
    const error = errorOf(() =>
      parse(withLine('- id: board-of-peace-2026', '- id: putin-astana-2024')),
    );
    expect(error.message).toContain(
      'event "putin-astana-2024" → id: is used twice (first at line 11)',
    );
  });

  it('names a misspelt field and the allowed ones', () => {
    const error = errorOf(() => parse(withLine('  note: "Followed', '  notes: "Followed')));
    expect(error.message).toContain('unknown field "notes"');
    expect(error.fix).toContain(
      'Allowed fields: id, date, start, end, lane, title, place, kind, note, sources',
    );
  });

  it('refuses an empty source list', () => {
    expect(
      errorOf(() => parse(withLine('sources: [astanatimes-2024-07-sco]', 'sources: []'))).message,
    ).toContain('sources: is empty');
  });

  it('points at YAML syntax errors', () => {
    expect(
      errorOf(() => parse(withLine('  place: Davos', '  place: Davos: Switzerland'))).field,
    ).toBe('YAML syntax');
  });
});
