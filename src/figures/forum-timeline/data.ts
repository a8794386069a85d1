/**
 * Data for the forum-timeline figure: the Astana International Forum's editions
 * on a time axis (held 2023, planned then cancelled 2024, held 2025), with the
 * window in which Antić most likely wrote, which is our inference.
 */
import type { FigureEdition } from '../define.ts';
import { wordsOf } from '../shared/words.ts';
import { FORUM_WORDS, type ForumWords } from './words.ts';
import { ContentError } from '../../lib/errors.ts';
import { parsePartialDate } from '../../lib/dates.ts';
import {
  dateFact,
  factSources,
  getFact,
  publishers,
  type DateFact,
  type Fact,
  type Ledger,
} from '../../lib/ledger.ts';
import type { DataTable } from '../shared/table.ts';

const WHERE = 'the forum-timeline figure (src/figures/forum-timeline/data.ts)';
const FACTS_FILE = 'content/data/facts.yaml';

export type EditionStatus = 'held' | 'planned' | 'cancelled';

/** A dated fact placed on the axis: a single day, or a range of days. */
export interface TimelineDate {
  fact: DateFact;
  start: Date;
  end: Date;
  /** "8–9 Jun 2023" or "13 Apr 2024": short enough for a phone. */
  short: string;
  /** "8–9 June 2023": as the rest of the site prints it. */
  long: string;
}

export interface Edition extends TimelineDate {
  key: 'aif-2023' | 'aif-2024' | 'aif-2025';
  year: number;
  status: EditionStatus;
}

export interface ForumTimelineData {
  /** The edition's words for the labels, legend and description. */
  words: ForumWords;
  /** Held 8–9 June 2023 (the inaugural forum). */
  first: Edition;
  /** The 2024 edition as planned; its status is "cancelled" because it never took place. */
  planned: Edition;
  /** The day the 2024 edition was called off. */
  cancelled: TimelineDate;
  /** Held 29–30 May 2025. */
  comeback: Edition;
  delegates: Fact;
  /** When the article was most likely written (our inference): after its corridor figures were published, before the cancellation. */
  written: { from: TimelineDate; to: TimelineDate };
  /** The year after the last edition held, for which our research found no forum. */
  searchedYear: number;
  /** The axis: 1 January of the first edition's year to 1 January after the searched year. */
  domain: [Date, Date];
  sources: string[];
  table: DataTable;
}

const utc = (d: { year: number; month?: number; day?: number }) =>
  new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));

/** Reads a fact whose value is a full date or a date range; anything else is an authoring mistake. */
function dated(ledger: Ledger, id: string, words: ForumWords): TimelineDate {
  const fact = dateFact(ledger, id, WHERE);
  const value = fact.value;
  const parts = value.split('/').map((p) => parsePartialDate(p));
  const [a, b] = parts;
  if (!a?.day || (parts.length === 2 && !b?.day) || parts.length > 2) {
    throw new ContentError({
      file: FACTS_FILE,
      field: `fact "${id}" → value`,
      problem: `is ${JSON.stringify(value)}, but the forum timeline needs a full date or a range of full dates`,
      fix: 'Write it as 2024-04-13, or 2023-06-08/2023-06-09 for a range.',
    });
  }
  const end = b ?? a;
  const month = (d: typeof a) => words.month(d.month!);
  let short: string;
  if (!b) short = `${a.day} ${month(a)} ${a.year}`;
  else if (a.year === b.year && a.month === b.month)
    short = `${a.day}–${b.day} ${month(b)} ${b.year}`;
  else short = `${a.day} ${month(a)} – ${b.day} ${month(b)} ${b.year}`;
  const long = words.long(value);
  return { fact, start: utc(a), end: utc(end), short, long };
}

const edition = (
  ledger: Ledger,
  key: Edition['key'],
  id: string,
  status: EditionStatus,
  words: ForumWords,
): Edition => {
  const date = dated(ledger, id, words);
  return { ...date, key, year: date.start.getUTCFullYear(), status };
};

export function forumTimeline(ledger: Ledger, page?: FigureEdition): ForumTimelineData {
  const words = wordsOf(FORUM_WORDS, page);
  const first = edition(ledger, 'aif-2023', 'aif-2023-dates', 'held', words);
  const planned = edition(ledger, 'aif-2024', 'aif-2024-planned', 'cancelled', words);
  const cancelled = dated(ledger, 'aif-2024-cancelled', words);
  const comeback = edition(ledger, 'aif-2025', 'aif-2025-dates', 'held', words);
  const delegates = getFact(ledger, 'aif-2025-delegates', WHERE, 'fact "aif-2025-delegates"');
  const from = dated(ledger, 'corridor-figures-released', words);
  if (from.start >= cancelled.start) {
    throw new ContentError({
      file: FACTS_FILE,
      field: 'fact "corridor-figures-released" → value',
      problem: `(${from.long}) is not before the cancellation (${cancelled.long}), so the window in which the article was written is empty`,
      fix: 'Check both dates against their sources.',
    });
  }
  const written = { from, to: cancelled };
  // The fact sheet records that no report of a forum was found for the year after the last one held.
  const searchedYear = comeback.year + 1;
  const domain: [Date, Date] = [
    new Date(Date.UTC(first.year, 0, 1)),
    new Date(Date.UTC(searchedYear + 1, 0, 1)),
  ];

  const facts = [first.fact, planned.fact, cancelled.fact, comeback.fact, delegates, from.fact];
  const sources = [...new Set(['antic-2024', ...factSources(...facts)])];
  const by = (...list: Fact[]) => publishers(ledger, ...list);

  const table: DataTable = {
    caption: words.caption,
    columns: ['Edition', 'Dates', 'Status', 'Source'],
    rows: [
      [words.rows.first(first.year), first.long, 'held', by(first.fact)],
      [words.rows.announced(planned.year), planned.long, 'planned', by(planned.fact)],
      [
        words.rows.calledOff(planned.year),
        words.cancelledOn(planned.long, cancelled.long),
        'cancelled',
        by(cancelled.fact),
      ],
      [`${comeback.year}`, comeback.long, 'held', by(comeback.fact, delegates)],
    ],
    notes: [
      words.notes.delegates(comeback.year, delegates.display, by(delegates)),
      words.notes.window(from.long, cancelled.long, by(from.fact), planned.year),
      words.notes.none(searchedYear),
    ],
  };
  return {
    words,
    first,
    planned,
    cancelled,
    comeback,
    delegates,
    written,
    searchedYear,
    domain,
    sources,
    table,
  };
}
