/**
 * Data for the balancing-calendar figure: Kazakhstan's top-level meetings, one lane per partner,
 * from content/data/events.yaml (src/lib/events.ts). The time axis runs over the years the events
 * cover, and the "within a week" pair is found in the data: the Washington and Moscow meetings
 * that came closest together.
 */
import { formatDateRange, formatPartialDate } from '../../lib/dates.ts';
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

/** How the lanes are named on the figure and in the table. */
export const LANE_NAMES: Record<Lane, string> = {
  russia: 'Russia',
  china: 'China',
  eu: 'EU',
  us: 'US',
  regional: 'Türkiye, Azerbaijan, Central Asia',
};
/** The shorter lane name for a phone. */
export const LANE_SHORT: Record<Lane, string> = {
  russia: 'Russia',
  china: 'China',
  eu: 'EU',
  us: 'US',
  regional: 'Region',
};

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

function place(event: CalendarEvent): PlacedEvent {
  const { start, end } = eventSpan(event);
  const dayMonth = (iso: string) => formatPartialDate(iso, { short: true }).replace(/ \d{4}$/, '');
  const sameMonth = start.slice(0, 7) === end.slice(0, 7);
  const short =
    start === end
      ? dayMonth(start)
      : sameMonth
        ? `${Number(start.slice(8))}–${dayMonth(end)}`
        : `${dayMonth(start)} – ${dayMonth(end)}`;
  return {
    ...event,
    start,
    end,
    when: start === end ? formatPartialDate(start) : formatDateRange(`${start}/${end}`),
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

export function balancingCalendar(ledger: Ledger, all: CalendarEvent[]): BalancingCalendarData {
  const events = all.map(place);
  const lanes = LANES.map((lane) => ({
    lane,
    name: LANE_NAMES[lane],
    short: LANE_SHORT[lane],
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
    caption: `Kazakhstan’s top-level meetings, ${first}–${last}, by partner`,
    columns: ['Date', 'Partner', 'Meeting', 'Place', 'Sources'],
    rows: events.map((e) => [
      e.when,
      LANE_NAMES[e.lane],
      e.title,
      e.place,
      publishers(ledger, ...e.sources),
    ]),
    notes: [
      'President-level summits, state and official visits, and leader-level calls that changed something. A meeting that several partners could claim is listed once, under one partner.',
      ...(week
        ? [
            `${week.us.title} (${week.us.when}) and ${week.russia.title} (${week.russia.when}) came ${week.days} days apart.`,
          ]
        : []),
    ],
  };
  return { lanes, events, domain: [`${first}-01-01`, until], week, sources, table };
}
