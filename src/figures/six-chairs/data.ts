/** The six-chairs figure's data: the six organisations in step order, the timeline's years, and the notes' table. */
import { ENGLISH_EDITION, type FigureEdition } from '../define.ts';
import { nameId } from '../../i18n/edition.ts';
import { wordsOf } from '../shared/words.ts';
import { SIX_WORDS, type SixWords } from './words.ts';
import { ContentError } from '../../lib/errors.ts';
import { publishers, type Ledger } from '../../lib/ledger.ts';
import type { DataTable } from '../shared/table.ts';
import {
  loadOrganisations,
  ORGANISATIONS_FILE,
  type ChairTerm,
  type Country,
  type Organisation,
} from './organisations.ts';
import { STATES, type OrganisationId } from './states.ts';

/** An organisation the figure has a step for: its id is one of the figure's states. */
export type ChairedOrganisation = Organisation & { id: OrganisationId };

export interface SixChairsData {
  locale: string;
  /** The edition's words for the keys, bars and description. */
  words: SixWords;
  organisations: ChairedOrganisation[];
  /** The years on the timeline axis: from the first term's start to the last term's end. */
  years: number[];
  sources: string[];
  table: DataTable;
}

/** One organisation per step, in step order: the figure's states after the overview. */
/** An organisation in the edition's names: "ШОС" and its full name from names.yaml, countries by their ids. */
function inEdition(o: Organisation, edition: FigureEdition, words: SixWords): Organisation {
  const [acronym, ...name] = edition.name(o.id, `${o.acronym}: ${o.name}`).split(': ');
  const country = (c: Country): Country => ({
    ...c,
    name: edition.name(nameId(c.name), c.name),
    ...(c.note && { note: words.notes[c.note] ?? c.note }),
  });
  return {
    ...o,
    acronym: acronym!,
    name: name.join(': ') || o.name,
    members: o.members.map(country),
    observers: o.observers.map(country),
    notes: o.notes.map((n) => words.orgNotes[n] ?? n),
    chair: {
      ...o.chair,
      ...(o.chair.note && { note: words.orgNotes[o.chair.note] ?? o.chair.note }),
      ...(o.chair.handedTo && {
        handedTo: edition.name(nameId(o.chair.handedTo), o.chair.handedTo),
      }),
    },
  };
}

const EXPECTED: OrganisationId[] = STATES.slice(1) as OrganisationId[];

const countryText = (c: Country, w: SixWords) =>
  c.note ? `${c.name} (${c.note})` : c.frozen ? `${c.name} (${w.table.frozen})` : c.name;

const STATUS_TEXT: Record<ChairTerm['status'], string> = {
  held: 'held',
  ongoing: 'still running',
  unconfirmed: 'unconfirmed',
};

export function sixChairs(
  ledger: Ledger,
  all: Organisation[] = loadOrganisations(ledger),
  edition: FigureEdition = ENGLISH_EDITION,
): SixChairsData {
  const words = wordsOf(SIX_WORDS, edition);
  const organisations =
    edition.locale === 'en' ? all : all.map((o) => inEdition(o, edition, words));
  const missing = EXPECTED.filter((id) => !organisations.some((o) => o.id === id));
  if (missing.length) {
    throw new ContentError({
      file: ORGANISATIONS_FILE,
      field: `organisation "${missing[0]}"`,
      problem: `is missing; the six-chairs figure has a step for each of ${EXPECTED.join(', ')}`,
      fix: `Add an entry with id: ${missing[0]}.`,
    });
  }
  const ordered = EXPECTED.map(
    (id) => organisations.find((o) => o.id === id)! as ChairedOrganisation,
  );
  const firstYear = Math.min(...ordered.map((o) => Number(o.chair.from.slice(0, 4))));
  const lastYear = Math.max(
    ...ordered.map(
      (o) => Number(o.chair.until.slice(0, 4)) - (o.chair.until.endsWith('-01-01') ? 1 : 0),
    ),
  );
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const sources = [...new Set(ordered.flatMap((o) => o.sources))];

  const orgNotes = ordered.map((o) => {
    const [count, ...others] = o.memberCounts;
    const notes = [
      o.chair.note,
      o.chair.summit && words.summit(o.chair.summit.display),
      ...o.notes,
    ];
    if (!o.membersComplete) {
      notes.unshift(
        words.noListNote(
          [count!, ...others].map((f) => ({ count: f.display, by: publishers(ledger, f) })),
          o.members.map((c) => c.name).join(', '),
        ),
      );
    }
    return `${o.acronym}: ${notes.filter(Boolean).join(' ')}`;
  });
  const table: DataTable = {
    caption: words.table.caption,
    columns: [
      'Organisation',
      'Chair from',
      'Chair until',
      'Handed to',
      'Status',
      'Members',
      'Member states',
      'Observers',
    ],
    rows: ordered.map((o) => {
      const memberNames = o.members.map((c) => countryText(c, words)).join('; ');
      return [
        `${o.acronym} (${o.name})`,
        o.chair.status === 'unconfirmed' ? 'not confirmed' : o.chair.fromLabel,
        o.chair.status === 'unconfirmed' ? 'not confirmed' : o.chair.untilLabel,
        o.chair.handedTo ?? '',
        STATUS_TEXT[o.chair.status],
        o.memberCounts[0]!.value,
        o.membersComplete ? memberNames : `${memberNames}; ${words.table.noFullList}`,
        o.observers.length ? o.observers.map((c) => countryText(c, words)).join('; ') : '',
      ];
    }),
    notes: [...orgNotes, words.table.dates, words.table.map],
  };
  return { locale: edition.locale, words, organisations: ordered, years, sources, table };
}
