/**
 * Data for the six-chairs figure: the six organisations Kazakhstan chaired in
 * 2024, their members (content/data/organisations.yaml) and Kazakhstan's term
 * in each chair (dates from the facts ledger). Read and checked here, so a
 * mistake in the data file names the file, the organisation, the field and the fix.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'astro/zod';
import { contentDir } from '../content-dir.ts';
import { parsePartialDate } from '../dates.ts';
import { closest, ContentError } from '../errors.ts';
import { loadCountries } from '../geo.ts';
import type { DataFile, Fact, Ledger } from '../ledger.ts';
import type { DataTable } from './table.ts';

export const ORGANISATIONS_FILE = 'content/data/organisations.yaml';

// ── Schema ──────────────────────────────────────────────────────────────────

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const textField = (name: string, example: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `missing. Add a line: ${name}: ${example}` : `must be text, e.g. ${name}: ${example}`) })
    .trim()
    .min(1, { error: `is empty. Write it, e.g. ${name}: ${example}` });

const idField = (name: string, example: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `missing. Add a line: ${name}: ${example}` : `must be an id, e.g. ${name}: ${example}`) })
    .regex(ID, { error: `must be lower-case words joined by hyphens, e.g. ${name}: ${example}` });

const idList = (name: string, example: string) =>
  z.array(idField(name, example), { error: `must be a list of ids, e.g. ${name}: ${example}` }).min(1, { error: `is empty. List at least one id, e.g. ${name}: ${example}` });

/** ISO 3166 numeric, as world-atlas spells it: three digits, leading zeros kept. YAML may hand us 4 for "004". */
const countryCode = z
  .union([z.string(), z.number()], { error: 'must be the three-digit ISO 3166 numeric code in quotes, e.g. code: "398" for Kazakhstan' })
  .transform((value, ctx) => {
    const text = typeof value === 'number' && Number.isInteger(value) && value >= 0 ? String(value).padStart(3, '0') : String(value).trim();
    if (!/^\d{3}$/.test(text)) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a three-digit ISO 3166 numeric code. Write it in quotes, e.g. code: "398" for Kazakhstan` });
      return z.NEVER;
    }
    return text;
  });

const unknownKey = (allowed: string[]) => (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `unknown field ${issue.keys?.map((k) => `"${k}"`).join(', ')}. Allowed fields: ${allowed.join(', ')}. Check the spelling.`
    : undefined;

const countryFields = {
  code: countryCode.optional(),
  name: textField('name', 'Kazakhstan'),
  status: z.enum(['frozen'], { error: 'must be frozen (participation suspended), or left out' }).optional(),
  note: textField('note', '"joined in October 2022"').optional(),
};
const countrySchema = z.strictObject(countryFields, { error: unknownKey(Object.keys(countryFields)) }).superRefine((c, ctx) => {
  if (c.code === undefined && !c.note) {
    ctx.addIssue({ code: 'custom', path: ['code'], message: `missing. Add the ISO 3166 numeric code, e.g. code: "398"; or, for an entity with no shape on the map, say so in a note, e.g. note: "not drawn on the map"` });
  }
});

const year = (name: string, example: number) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `missing. Add a line: ${name}: ${example}` : `must be a year, e.g. ${name}: ${example}`) })
    .int({ error: `must be a year, e.g. ${name}: ${example}` })
    .min(1990, { error: `must be a year, e.g. ${name}: ${example}` })
    .max(2100, { error: `must be a year, e.g. ${name}: ${example}` });

const CHAIR_STATUS = ['held', 'ongoing', 'unconfirmed'] as const;
const chairFields = {
  status: z.enum(CHAIR_STATUS, { error: `must be one of: ${CHAIR_STATUS.join(', ')}` }),
  start: idField('start', 'sco-chair-start').optional(),
  end: idField('end', 'cica-handover').optional(),
  endOfYear: year('endOfYear', 2024).optional(),
  summit: idField('summit', 'csto-summit-date').optional(),
  handedTo: textField('handedTo', 'China').optional(),
  fromYear: year('fromYear', 2024).optional(),
  toYear: year('toYear', 2025).optional(),
  note: textField('note', '"The chair passed to China at the Astana summit."').optional(),
};
const chairSchema = z.strictObject(chairFields, { error: unknownKey(Object.keys(chairFields)) }).superRefine((chair, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (chair.status === 'unconfirmed') {
    if (chair.start || chair.end || chair.endOfYear !== undefined) issue('status', 'is unconfirmed, so the term has no start or end dates. Give fromYear and toYear instead, or set status: held');
    if (chair.fromYear === undefined) issue('fromYear', 'missing. An unconfirmed chair needs the years it was claimed for, e.g. fromYear: 2024');
    if (chair.toYear === undefined) issue('toYear', 'missing. An unconfirmed chair needs the years it was claimed for, e.g. toYear: 2025');
    if (chair.fromYear !== undefined && chair.toYear !== undefined && chair.toYear < chair.fromYear) issue('toYear', `is before fromYear. Swap them, e.g. fromYear: ${chair.toYear} and toYear: ${chair.fromYear}`);
    return;
  }
  if (!chair.start) issue('start', 'missing. Name the fact that dates the start of the term, e.g. start: sco-chair-start');
  if (chair.end && chair.endOfYear !== undefined) issue('end', 'and endOfYear are both given. Keep one: end (a fact id) or endOfYear (a calendar-year term)');
  if (!chair.end && chair.endOfYear === undefined) issue('end', 'missing. Name the fact that dates the end or handover, e.g. end: cica-handover, or write endOfYear: 2024 for a calendar-year term');
  if (chair.fromYear !== undefined || chair.toYear !== undefined) issue('fromYear', `is only for unconfirmed chairs. Remove fromYear and toYear, or set status: unconfirmed`);
});

const organisationFields = {
  id: idField('id', 'sco'),
  acronym: textField('acronym', 'SCO'),
  name: textField('name', 'Shanghai Cooperation Organisation'),
  memberCount: idList('memberCount', '[sco-members-2024]'),
  membersComplete: z.boolean({ error: 'must be true or false' }).optional(),
  members: z.array(countrySchema, { error: 'must be a list of countries, e.g.\n    - { code: "398", name: Kazakhstan }' }).min(1, { error: 'is empty. List at least Kazakhstan, e.g. - { code: "398", name: Kazakhstan }' }),
  observers: z.array(countrySchema, { error: 'must be a list of countries, e.g.\n    - { code: "348", name: Hungary }' }).optional(),
  chair: chairSchema,
  notes: z.array(textField('notes', '["The dialogue partners are not drawn."]'), { error: 'must be a list of sentences' }).optional(),
  sources: idList('sources', '[tass-sco-members]'),
};
export const organisationSchema = z.strictObject(organisationFields, { error: unknownKey(Object.keys(organisationFields)) });
type OrganisationEntry = z.output<typeof organisationSchema>;

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
  status: (typeof CHAIR_STATUS)[number];
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
  memberCounts: Fact[];
  membersComplete: boolean;
  members: Country[];
  observers: Country[];
  chair: ChairTerm;
  notes: string[];
  sources: string[];
}

export interface SixChairsData {
  organisations: Organisation[];
  /** The years on the timeline axis: from the first term's start to the last term's end. */
  years: number[];
  sources: string[];
  table: DataTable;
}

// ── Parsing and checking ────────────────────────────────────────────────────

function splitMessage(message: string): [string, string] {
  const cut = message.search(/\. (?=[A-Z])/);
  return cut > 0 ? [message.slice(0, cut), message.slice(cut + 2)] : [message, 'See the comment at the top of the file for the format.'];
}

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
export function parseOrganisations(file: DataFile, ledger: Ledger, knownCodes?: ReadonlySet<string>): Organisation[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, prettyErrors: true });
  const firstError = doc.errors[0];
  if (firstError) {
    throw new ContentError({ file: file.path, line: firstError.linePos?.[0]?.line, field: 'YAML syntax', problem: firstError.message.split('\n')[0] ?? 'cannot be read', fix: 'Check the indentation and quoting on that line; text containing ": " or "#" needs quotes.' });
  }
  if (doc.contents === null || !isSeq(doc.contents)) {
    throw new ContentError({ file: file.path, field: 'top level', problem: doc.contents === null ? 'is empty' : 'is not a list', fix: 'Start every organisation with "- id: …", e.g.\n  - id: sco' });
  }
  const seen = new Map<string, number>();
  return doc.contents.items.map((item) => {
    const raw: unknown = (item as YamlNode).toJSON();
    const line = isMap(item) && item.range ? lineCounter.linePos(item.range[0]).line : undefined;
    const rawId = typeof raw === 'object' && raw && 'id' in raw ? String((raw as { id: unknown }).id) : '(no id)';
    const fail = (field: string, problem: string, fix: string): never => {
      throw new ContentError({ file: file.path, line, field: `organisation "${rawId}" → ${field}`, problem, fix });
    };
    const parsed = organisationSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const [problem, fix] = splitMessage(issue.message);
      fail(issue.path.length ? issue.path.map(String).join('.') : 'entry', problem, fix);
    }
    const entry = parsed.data!;
    const earlier = seen.get(entry.id);
    if (earlier !== undefined) fail('id', `is used twice (first at line ${earlier})`, 'Give one of them a different id, or merge the two entries.');
    seen.set(entry.id, line ?? 0);
    return resolveOrganisation(entry, ledger, knownCodes, fail);
  });
}

function resolveOrganisation(entry: OrganisationEntry, ledger: Ledger, knownCodes: ReadonlySet<string> | undefined, fail: (field: string, problem: string, fix: string) => never): Organisation {
  const fact = (field: string, id: string): Fact => {
    const found = ledger.facts.get(id);
    if (found) return found;
    const hint = closest(id, ledger.facts.keys());
    return fail(field, `names the fact "${id}", which is not in content/data/facts.yaml`, hint ? `Did you mean "${hint}"? Otherwise add the fact to content/data/facts.yaml.` : 'Add the fact to content/data/facts.yaml, or correct the id.');
  };
  const dateFact = (field: string, id: string): Fact => {
    const found = fact(field, id);
    if (typeof found.value !== 'string') fail(field, `names "${id}", which is not a date`, 'Name a fact whose unit is date or month, e.g. cica-handover.');
    return found;
  };
  const countFact = (field: string, id: string): Fact => {
    const found = fact(field, id);
    if (found.unit !== 'count' || typeof found.value !== 'number') fail(field, `names "${id}", which is not a count`, 'Name a fact whose unit is count, e.g. sco-members-2024.');
    return found;
  };

  for (const [i, id] of entry.sources.entries()) {
    if (!ledger.sources.has(id)) {
      const hint = closest(id, ledger.sources.keys());
      fail(`sources.${i}`, `names the source "${id}", which is not in content/data/sources.yaml`, hint ? `Did you mean "${hint}"? Otherwise add the source to content/data/sources.yaml.` : 'Add the source to content/data/sources.yaml, or correct the id.');
    }
  }

  const countries = (list: OrganisationEntry['members'] | undefined, role: Country['role']): Country[] =>
    (list ?? []).map((c, i) => {
      const field = `${role === 'member' ? 'members' : 'observers'}.${i}.code`;
      if (c.code !== undefined && knownCodes && !knownCodes.has(c.code)) {
        fail(field, `"${c.code}" (${c.name}) is not a country id in world-atlas`, 'Use the ISO 3166 numeric code in quotes, e.g. code: "398" for Kazakhstan; world-atlas uses the same codes.');
      }
      return { code: c.code, name: c.name, role, frozen: c.status === 'frozen', ...(c.note && { note: c.note }) };
    });
  const members = countries(entry.members, 'member');
  const observers = countries(entry.observers, 'observer');
  for (const [i, c] of [...members, ...observers].entries()) {
    if (c.code === undefined) continue;
    const twice = [...members, ...observers].findIndex((other) => other.code === c.code);
    if (twice !== i) fail(`${c.role === 'member' ? 'members' : 'observers'}`, `lists ${c.name} (code "${c.code}") twice`, 'Keep one entry per country; a country is either a member or an observer.');
  }

  const memberCounts = entry.memberCount.map((id, i) => countFact(`memberCount.${i}`, id));
  const membersComplete = entry.membersComplete ?? true;
  if (membersComplete && members.length !== memberCounts[0]!.value) {
    fail('members', `lists ${members.length} members, but the fact "${memberCounts[0]!.id}" says ${memberCounts[0]!.value}`, `Add or remove members so the list matches; if no full list is published, write membersComplete: false.`);
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
    const lastDay = end ? (end.value as string).split('/').at(-1)! : String(c.endOfYear);
    const from = firstDay((start.value as string).split('/')[0]!);
    const until = dayAfter(lastDay);
    if (until <= from) fail(c.end ? 'chair.end' : 'chair.endOfYear', `(${end ? end.display : c.endOfYear}) is not after the start (${start.display})`, 'Check the two facts, or swap start and end.');
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

  const factSources = [...memberCounts, chair.start, chair.end, chair.summit].flatMap((f) => f?.sources ?? []);
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
  const organisations = parseOrganisations({ path: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') }, ledger, worldAtlasCodes());
  cache = { key, ledger, organisations };
  return organisations;
}

// ── The figure's data ───────────────────────────────────────────────────────

const EXPECTED = ['sco', 'csto', 'cica', 'ots', 'ifas', 'iofs'] as const;

const countryText = (c: Country) => (c.note ? `${c.name} (${c.note})` : c.frozen ? `${c.name} (participation frozen)` : c.name);

const STATUS_TEXT: Record<ChairTerm['status'], string> = {
  held: 'held',
  ongoing: 'still running',
  unconfirmed: 'unconfirmed',
};

export function sixChairs(ledger: Ledger, organisations: Organisation[] = loadOrganisations(ledger)): SixChairsData {
  const missing = EXPECTED.filter((id) => !organisations.some((o) => o.id === id));
  if (missing.length) {
    throw new ContentError({ file: ORGANISATIONS_FILE, field: `organisation "${missing[0]}"`, problem: 'is missing; the six-chairs figure has a step for each of sco, csto, cica, ots, ifas and iofs', fix: `Add an entry with id: ${missing[0]}.` });
  }
  const ordered = EXPECTED.map((id) => organisations.find((o) => o.id === id)!);
  const firstYear = Math.min(...ordered.map((o) => Number(o.chair.from.slice(0, 4))));
  const lastYear = Math.max(...ordered.map((o) => Number(o.chair.until.slice(0, 4)) - (o.chair.until.endsWith('-01-01') ? 1 : 0)));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const sources = [...new Set(ordered.flatMap((o) => o.sources))];

  const orgNotes = ordered.map((o) => {
    const [count, ...others] = o.memberCounts;
    const notes = [o.chair.note, o.chair.summit && `Summit on ${o.chair.summit.display}.`, ...o.notes];
    if (!o.membersComplete) {
      notes.unshift(`No full member list is published: ${count!.display} members per ${publisher(ledger, count!)}${others.map((f) => `, ${f.display} per ${publisher(ledger, f)}`).join('')}. The map shows only ${o.members.map((c) => c.name).join(', ')}.`);
    }
    return `${o.acronym}: ${notes.filter(Boolean).join(' ')}`;
  });
  const table: DataTable = {
    caption: 'The six organisations Kazakhstan chaired in 2024: its term as chair, and their members',
    columns: ['Organisation', 'Chair from', 'Chair until', 'Handed to', 'Status', 'Members', 'Member states', 'Observers'],
    rows: ordered.map((o) => {
      const memberNames = o.members.map(countryText).join('; ');
      return [
        `${o.acronym} (${o.name})`,
        o.chair.status === 'unconfirmed' ? 'not confirmed' : o.chair.fromLabel,
        o.chair.status === 'unconfirmed' ? 'not confirmed' : o.chair.untilLabel,
        o.chair.handedTo ?? '',
        STATUS_TEXT[o.chair.status],
        o.memberCounts[0]!.value as number,
        o.membersComplete ? memberNames : `${memberNames}; no full list published`,
        o.observers.length ? o.observers.map(countryText).join('; ') : '',
      ];
    }),
    notes: [
      ...orgNotes,
      'Dates come from the facts ledger; the CSTO chair runs by calendar year and the IFAS term to the end of 2026. The IOFS chair is drawn dashed because we could not confirm it.',
      'On the map, observers are hatched and members whose participation is frozen are cross-hatched. States too small to see at this scale are marked with a dot.',
    ],
  };
  return { organisations: ordered, years, sources, table };
}

function publisher(ledger: Ledger, fact: Fact): string {
  return fact.sources.map((id) => ledger.sources.get(id)?.publisher ?? id).join('; ');
}
