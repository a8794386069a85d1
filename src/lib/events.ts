/**
 * The balancing calendar (content/data/events.yaml): Kazakhstan's top-level meetings
 * with each partner, one lane per partner, each dated and sourced. Read and checked
 * here; every mistake names the file, the line, the event and the field.
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { contentDir, loadLedger, once, read } from './content-dir.ts';
import { ContentError } from './errors.ts';
import { sourceIds, type Ledger } from './ledger.ts';
import { fullDate, id, idList, oneOf, text, unknownKey } from './schema.ts';
import { checkIds, readList, validate, type DataFile } from './yaml-list.ts';

export const EVENTS_FILE = 'content/data/events.yaml';

/** One lane per partner, in the order the figure draws them. */
export const LANES = ['russia', 'china', 'eu', 'us', 'regional'] as const;
export type Lane = (typeof LANES)[number];

export const EVENT_KINDS = ['state-visit', 'summit', 'visit', 'call', 'signing'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

const eventFields = {
  id: id('id', 'putin-astana-2024'),
  /** A one-day event; for several days give start and end instead. */
  date: fullDate('date', '2024-11-27').optional(),
  start: fullDate('start', '2024-11-27').optional(),
  end: fullDate('end', '2024-11-28').optional(),
  lane: oneOf('lane', LANES, 'lanes'),
  title: text('title', '"Putin\'s state visit to Astana"').max(80, {
    error: 'is longer than 80 characters. Keep the title short; say more in the note.',
  }),
  place: text('place', 'Astana'),
  kind: oneOf('kind', EVENT_KINDS, 'kinds of event'),
  note: text('note', '"Signed the alliance declaration."')
    .max(280, { error: 'is longer than 280 characters. Keep the note to a sentence or two.' })
    .optional(),
  sources: idList('sources', '[astanatimes-2024-07-sco]', 'source ids'),
};

export const eventSchema = z
  .strictObject(eventFields, { error: unknownKey(Object.keys(eventFields)) })
  .superRefine((event, ctx) => {
    const range = event.start !== undefined || event.end !== undefined;
    if (event.date !== undefined && range) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message:
          'is given together with start/end. Keep date for a one-day event, or start and end for several days, not both.',
      });
    } else if (event.date === undefined && !range) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: 'missing. Add a line: date: 2024-11-27 (or start: and end: for several days)',
      });
    } else if (range && (event.start === undefined || event.end === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [event.start === undefined ? 'start' : 'end'],
        message: `missing. A range needs both start and end, e.g. start: 2024-11-27 and end: 2024-11-28 (or a single date: for one day)`,
      });
    } else if (range && event.start! >= event.end!) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `"${event.end}" is not after the start, "${event.start}". Put the later day in end, or use date: for a one-day event.`,
      });
    }
  });

/** One meeting on the calendar. */
export type CalendarEvent = z.output<typeof eventSchema> & { lane: Lane; kind: EventKind };

/** First and last day of an event (the same day for a one-day event). */
export function eventSpan(event: CalendarEvent): { start: string; end: string } {
  return event.date !== undefined
    ? { start: event.date, end: event.date }
    : { start: event.start!, end: event.end! };
}

const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * Parses and checks events.yaml: the schema, unique ids, every source id in the
 * ledger, and no date after `today`. Returns the events in date order.
 */
export function parseEvents(file: DataFile, ledger: Ledger, today = todayIso()): CalendarEvent[] {
  const located = validate<CalendarEvent>(
    file,
    readList(file, 'putin-astana-2024'),
    eventSchema,
    'event',
  );
  for (const item of located) {
    checkIds(file, 'event', item, 'sources', sourceIds(ledger));
    const { entry, lineOf } = item;
    const { end } = eventSpan(entry);
    if (end > today) {
      const field = entry.date !== undefined ? 'date' : 'end';
      throw new ContentError({
        file: file.path,
        line: lineOf(field),
        field: `event "${entry.id}" → ${field}`,
        problem: `"${end}" is in the future (today is ${today})`,
        fix: 'The calendar lists meetings that have happened. Check the year, or leave the event out until it has taken place.',
      });
    }
  }
  return located
    .map(({ entry }) => entry)
    .sort(
      (a, b) => eventSpan(a).start.localeCompare(eventSpan(b).start) || a.id.localeCompare(b.id),
    );
}

/** Reads content/data/events.yaml, checking it against the sources list; re-read when either changes. */
export function loadEvents(dir = contentDir()): CalendarEvent[] {
  const file = join(dir, 'data/events.yaml');
  return once('events', [file, join(dir, 'data/sources.yaml')], () =>
    parseEvents(read(file), loadLedger(dir)),
  );
}

/** The events of one lane, in date order. */
export function eventsInLane(events: CalendarEvent[], lane: Lane): CalendarEvent[] {
  return events.filter((e) => e.lane === lane);
}

/** Every source id the calendar cites, for the "every source is used" check and the figure's source line. */
export function eventSources(events: CalendarEvent[]): string[] {
  return [...new Set(events.flatMap((e) => e.sources))];
}
