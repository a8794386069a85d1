/**
 * Data for the balancing-calendar figure: Kazakhstan's top-level meetings, one lane per partner,
 * from content/data/events.yaml (src/lib/events.ts). The time axis runs over the years the events
 * cover, and the "within a week" pair is found in the data: the Washington and Moscow meetings
 * that came closest together.
 */
import type { FigureEdition } from '../define.ts';
import { wordsOf } from '../shared/words.ts';
import { CALENDAR_WORDS, type CalendarWords } from './words.ts';
import {
  eventSources,
  eventSpan,
  eventsInLane,
  LANES,
  type CalendarEvent,
  type Lane,
} from '../../lib/events.ts';
import { publishers, type Ledger } from '../../lib/ledger.ts';
import type { DataTable } from '../shared/table.ts';

export interface PlacedEvent extends CalendarEvent {
  start: string;
  end: string;
  /** "17 June 2022" or "27–28 November 2024". */
  when: string;
  /** "17 Jun" or "11–12 Nov": for a label, with the year on the axis. */
  short: string;
}

export interface CalendarLane {
  lane: Lane;
  name: string;
  short: string;
  events: PlacedEvent[];
}

export interface BalancingCalendarData {
  /** The edition's words for the description. */
  words: CalendarWords;
  lanes: CalendarLane[];
  events: PlacedEvent[];
  /** The axis: 1 January of the first event's year to the first of the month two months after the last event ends. */
  domain: [string, string];
  /** The Washington and Moscow meetings closest together, and the days between their starts. */
  week: { us: PlacedEvent; russia: PlacedEvent; days: number } | undefined;
  sources: string[];
  table: DataTable;
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function place(event: CalendarEvent, words: CalendarWords): PlacedEvent {
  const { start, end } = eventSpan(event);
  const dayMonth = words.dayMonth;
  const sameMonth = start.slice(0, 7) === end.slice(0, 7);
  const short =
    start === end
      ? dayMonth(start)
      : sameMonth
        ? `${Number(start.slice(8))}–${dayMonth(end)}`
        : `${dayMonth(start)} – ${dayMonth(end)}`;
  return {
    ...event,
    title: words.titles[event.id] ?? event.title,
    place: words.places[event.place] ?? event.place,
    start,
    end,
    when: words.when(start, end),
    short,
  };
}

/** The US and Russia meetings that came closest together (start to start), if each lane has one. */
export function closestPair(events: PlacedEvent[]): BalancingCalendarData['week'] {
  let best: BalancingCalendarData['week'];
  for (const us of events.filter((e) => e.lane === 'us'))
    for (const russia of events.filter((e) => e.lane === 'russia')) {
      const days = Math.abs(day(russia.start) - day(us.start));
      if (!best || days < best.days) best = { us, russia, days };
    }
  return best;
}

export function balancingCalendar(
  ledger: Ledger,
  all: CalendarEvent[],
  edition?: FigureEdition,
): BalancingCalendarData {
  const words = wordsOf(CALENDAR_WORDS, edition);
  const events = all.map((e) => place(e, words));
  const lanes = LANES.map((lane) => ({
    lane,
    ...words.lanes[lane],
    events: eventsInLane(events as CalendarEvent[], lane) as PlacedEvent[],
  }));
  const first = Math.min(...events.map((e) => Number(e.start.slice(0, 4))));
  const lastEnd = events
    .map((e) => e.end)
    .sort()
    .at(-1)!;
  const last = Number(lastEnd.slice(0, 4));
  const month = Number(lastEnd.slice(5, 7)) + 2;
  const until = `${last + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-01`;
  const week = closestPair(events);
  const sources = eventSources(all);
  const table: DataTable = {
    caption: words.caption(first, last),
    columns: ['Date', 'Partner', 'Meeting', 'Place', 'Sources'],
    rows: events.map((e) => [
      e.when,
      words.lanes[e.lane].name,
      e.title,
      e.place,
      publishers(ledger, ...e.sources),
    ]),
    notes: [
      words.scope,
      ...(week
        ? [
            words.apart(
              `${week.us.title} (${week.us.when})`,
              `${week.russia.title} (${week.russia.when})`,
              week.days,
            ),
          ]
        : []),
    ],
  };
  return { words, lanes, events, domain: [`${first}-01-01`, until], week, sources, table };
}
