/** Reads content/data/organisations.yaml and checks it against the ledger, so a mistake names the file, organisation, field and fix. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, read } from '../../lib/content-dir.ts';
import { parsePartialDate } from '../../lib/dates.ts';
import { ContentError, unknownId } from '../../lib/errors.ts';
import { readList, validate } from '../../lib/yaml-list.ts';
import { loadCountries } from '../shared/map.ts';
import {
  FACTS_FILE,
  isDateFact,
  isNumberFact,
  SOURCES_FILE,
  type DataFile,
  type DateFact,
  type Fact,
  type Ledger,
  type NumberFact,
} from '../../lib/ledger.ts';
import { organisationSchema, type ChairStatus, type OrganisationEntry } from './schema.ts';

export const ORGANISATIONS_FILE = 'content/data/organisations.yaml';

// ── What the figure uses ────────────────────────────────────────────────────

export interface Country {
  /** ISO 3166 numeric code, as world-atlas uses it; undefined for an entity with no shape (the TRNC). */
  code: string | undefined;
  name: string;
  role: 'member' | 'observer';
  frozen: boolean;
  note?: string;
}

export interface ChairTerm {
  status: ChairStatus;
  /** First day of the term (or of the first year claimed), YYYY-MM-DD. */
  from: string;
  /** Day after the last day (exclusive end), YYYY-MM-DD, so a bar can be drawn from `from` to `until`. */
  until: string;
  fromLabel: string;
  untilLabel: string;
  start?: Fact;
  end?: Fact;
  summit?: Fact;
  handedTo?: string;
  note?: string;
}

export interface Organisation {
  id: string;
  acronym: string;
  name: string;
  /** The count the figure prints first, then any competing counts. */
  memberCounts: NumberFact[];
  membersComplete: boolean;
  members: Country[];
  observers: Country[];
  chair: ChairTerm;
  notes: string[];
  sources: string[];
}

// ── Parsing and checking ────────────────────────────────────────────────────

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

/** First day of a partial date ("2023-07" → 2023-07-01). */
function firstDay(text: string): string {
  const d = parsePartialDate(text)!;
  return isoDay(d.year, d.month ?? 1, d.day ?? 1);
}

/** The day after the last day of a partial date ("2024-12-17" → 2024-12-18; "2024" → 2025-01-01). */
function dayAfter(text: string): string {
  const d = parsePartialDate(text)!;
  if (d.month === undefined) return isoDay(d.year + 1, 1, 1);
  if (d.day === undefined) return isoDay(d.year, d.month + 1, 1);
  return isoDay(d.year, d.month, d.day + 1);
}

/**
 * Parses and checks organisations.yaml against the ledger (every fact and source
 * id must exist, dates must be dates, member lists must match their counts) and,
 * if given, against the map's country codes.
 */
export function parseOrganisations(
  file: DataFile,
  ledger: Ledger,
  knownCodes?: ReadonlySet<string>,
): Organisation[] {
  const located = validate<OrganisationEntry>(
    file,
    readList(file, 'sco'),
    organisationSchema,
    'organisation',
  );
  if (located.length === 0) {
    throw new ContentError({
      file: file.path,
      field: 'top level',
      problem: 'is empty',
      fix: 'Start every organisation with "- id: …", e.g.\n  - id: sco',
    });
  }
  return located.map(({ entry, lineOf }) => {
    const fail = (field: string, problem: string, fix: string): never => {
      throw new ContentError({
        file: file.path,
        line: lineOf(field),
        field: `organisation "${entry.id}" → ${field}`,
        problem,
        fix,
      });
    };
    return resolveOrganisation(entry, ledger, knownCodes, fail);
  });
}

function resolveOrganisation(
  entry: OrganisationEntry,
  ledger: Ledger,
  knownCodes: ReadonlySet<string> | undefined,
  fail: (field: string, problem: string, fix: string) => never,
): Organisation {
  const fact = (field: string, id: string): Fact => {
    const found = ledger.facts.get(id);
    if (found) return found;
    const { problem, fix } = unknownId('fact', id, ledger.facts.keys(), FACTS_FILE);
    return fail(field, problem, fix);
  };
  const dateFact = (field: string, id: string): DateFact => {
    const found = fact(field, id);
    return isDateFact(found)
      ? found
      : fail(
          field,
          `names "${id}", which is not a date`,
          'Name a fact whose unit is date or month, e.g. cica-handover.',
        );
  };
  const countFact = (field: string, id: string): NumberFact => {
    const found = fact(field, id);
    return found.unit === 'count' && isNumberFact(found)
      ? found
      : fail(
          field,
          `names "${id}", which is not a count`,
          'Name a fact whose unit is count, e.g. sco-members-2024.',
        );
  };

  for (const [i, id] of entry.sources.entries()) {
    if (!ledger.sources.has(id)) {
      const { problem, fix } = unknownId('source', id, ledger.sources.keys(), SOURCES_FILE);
      fail(`sources.${i}`, problem, fix);
    }
  }

  const countries = (
    list: OrganisationEntry['members'] | undefined,
    role: Country['role'],
  ): Country[] =>
    (list ?? []).map((c, i) => {
      const field = `${role === 'member' ? 'members' : 'observers'}.${i}.code`;
      if (c.code !== undefined && knownCodes && !knownCodes.has(c.code)) {
        fail(
          field,
          `"${c.code}" (${c.name}) is not a country id in world-atlas`,
          'Use the ISO 3166 numeric code in quotes, e.g. code: "398" for Kazakhstan; world-atlas uses the same codes.',
        );
      }
      return {
        code: c.code,
        name: c.name,
        role,
        frozen: c.status === 'frozen',
        ...(c.note && { note: c.note }),
      };
    });
  const members = countries(entry.members, 'member');
  const observers = countries(entry.observers, 'observer');
  for (const [i, c] of [...members, ...observers].entries()) {
    if (c.code === undefined) continue;
    const twice = [...members, ...observers].findIndex((other) => other.code === c.code);
    if (twice !== i)
      fail(
        `${c.role === 'member' ? 'members' : 'observers'}`,
        `lists ${c.name} (code "${c.code}") twice`,
        'Keep one entry per country; a country is either a member or an observer.',
      );
  }

  const memberCounts = entry.memberCount.map((id, i) => countFact(`memberCount.${i}`, id));
  const membersComplete = entry.membersComplete ?? true;
  if (membersComplete && members.length !== memberCounts[0]!.value) {
    fail(
      'members',
      `lists ${members.length} members, but the fact "${memberCounts[0]!.id}" says ${memberCounts[0]!.value}`,
      `Add or remove members so the list matches; if no full list is published, write membersComplete: false.`,
    );
  }

  const c = entry.chair;
  let chair: ChairTerm;
  if (c.status === 'unconfirmed') {
    chair = {
      status: c.status,
      from: isoDay(c.fromYear!, 1, 1),
      until: isoDay(c.toYear! + 1, 1, 1),
      fromLabel: String(c.fromYear),
      untilLabel: `end of ${c.toYear}`,
      ...(c.note && { note: c.note }),
    };
  } else {
    const start = dateFact('chair.start', c.start!);
    const end = c.end ? dateFact('chair.end', c.end) : undefined;
    const summit = c.summit ? dateFact('chair.summit', c.summit) : undefined;
    const lastDay = end ? end.value.split('/').at(-1)! : String(c.endOfYear);
    const from = firstDay(start.value.split('/')[0]!);
    const until = dayAfter(lastDay);
    if (until <= from)
      fail(
        c.end ? 'chair.end' : 'chair.endOfYear',
        `(${end ? end.display : c.endOfYear}) is not after the start (${start.display})`,
        'Check the two facts, or swap start and end.',
      );
    chair = {
      status: c.status,
      from,
      until,
      fromLabel: start.display,
      untilLabel: end ? end.display : `end of ${c.endOfYear}`,
      start,
      ...(end && { end }),
      ...(summit && { summit }),
      ...(c.handedTo && { handedTo: c.handedTo }),
      ...(c.note && { note: c.note }),
    };
  }

  const factSources = [...memberCounts, chair.start, chair.end, chair.summit].flatMap(
    (f) => f?.sources ?? [],
  );
  return {
    id: entry.id,
    acronym: entry.acronym,
    name: entry.name,
    memberCounts,
    membersComplete,
    members,
    observers,
    chair,
    notes: entry.notes ?? [],
    sources: [...new Set([...entry.sources, ...factSources])],
  };
}

/** Every country id in world-atlas (the 1:50m file, which also has the small states missing at 1:110m). */
export function worldAtlasCodes(): ReadonlySet<string> {
  return new Set(loadCountries('50m').map((c) => c.id));
}

let cache: { key: string; ledger: Ledger; organisations: Organisation[] } | undefined;

/** Reads content/data/organisations.yaml, re-reading only when it or the ledger changes (dev server). */
export function loadOrganisations(ledger: Ledger, dir = contentDir()): Organisation[] {
  const path = join(dir, 'data/organisations.yaml');
  const key = `${path}|${statSync(path).mtimeMs}`;
  if (cache?.key === key && cache.ledger === ledger) return cache.organisations;
  const organisations = parseOrganisations(read(path), ledger, worldAtlasCodes());
  cache = { key, ledger, organisations };
  return organisations;
}
