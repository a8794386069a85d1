/**
 * Each edition's view of the language-neutral data: the ledger with facts
 * labelled and formatted in the edition's language, the glossary in it, and
 * the names its maps print. English is the data itself. A draft edition may
 * leave an entry untranslated, and then shows the English; a published one
 * cannot (parseEditionWords refuses it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { contentDir, loadGlossary, loadLedger, once } from '../lib/content-dir.ts';
import type { Correction } from '../lib/corrections.ts';
import type { Glossary } from '../lib/glossary.ts';
import type { Ledger } from '../lib/ledger.ts';
import { fileReader, parseEditionWords, type EditionWords } from './content.ts';
import { formatDateIn, formatValueIn } from './format.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { localeInfo, DEFAULT_LOCALE, type Locale } from './locales.ts';

type Row = Record<string, unknown>;
const yamlAt = (dir: string, name: string): unknown =>
  existsSync(join(dir, 'data', name))
    ? parse(readFileSync(join(dir, 'data', name), 'utf8'))
    : undefined;

/** "Türkiye" → "turkiye": the id a member or observer country gets, from its English name. */
export const nameId = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The files that hold words, not names: the ledger, the glossary and the logs. */
const NOT_MAP_DATA = new Set([
  'facts.yaml',
  'sources.yaml',
  'glossary.yaml',
  'corrections.yaml',
  'events.yaml',
]);

/**
 * Ids of everything a map or table may name, from every other file in content/data: the ids of
 * its entries (places, organisations), the members and observers of organisations (by their
 * English names), and any `countries` list a map's data holds.
 */
export function nameIds(dir = contentDir()): Set<string> {
  const ids = new Set<string>();
  for (const file of readdirSync(join(dir, 'data')).filter(
    (f) => f.endsWith('.yaml') && !NOT_MAP_DATA.has(f),
  )) {
    const data = yamlAt(dir, file);
    const rows: Row[] = Array.isArray(data)
      ? (data as Row[])
      : ((data as { countries?: Row[] } | undefined)?.countries ?? []);
    for (const row of rows) {
      if (row.id !== undefined) ids.add(String(row.id));
      for (const c of [
        ...((row.members as Row[] | undefined) ?? []),
        ...((row.observers as Row[] | undefined) ?? []),
      ])
        ids.add(nameId(String(c.name)));
    }
  }
  return ids;
}

export function loadEditionWords(locale: Locale, dir = contentDir()): EditionWords {
  if (locale === DEFAULT_LOCALE)
    return { facts: new Map(), glossary: new Map(), names: new Map(), corrections: new Map() };
  const files = ['facts', 'glossary', 'names', 'corrections'].map((k) =>
    join(dir, 'i18n', locale, `${k}.yaml`),
  );
  const stamp = files.map((f) => {
    try {
      return readFileSync(f, 'utf8').length;
    } catch {
      return -1;
    }
  });
  return once(
    `edition:${locale}:${stamp.join(',')}`,
    [join(dir, 'data/facts.yaml'), join(dir, 'data/glossary.yaml')],
    () => {
      const ledger = loadLedger(dir);
      const english = {
        // A fact with its own display wording needs one in the translation too.
        facts: new Map(
          ((yamlAt(dir, 'facts.yaml') as Row[] | undefined) ?? []).map((f) => [
            String(f.id),
            { display: f.display !== undefined },
          ]),
        ),
        terms: new Set(loadGlossary(dir).keys()),
        names: nameIds(dir),
        corrections: new Set(
          ((yamlAt(dir, 'corrections.yaml') as Row[] | undefined) ?? []).map((c) => String(c.id)),
        ),
      };
      return parseEditionWords(
        locale,
        (localeInfo(locale).status as string) === 'published',
        english,
        fileReader(dir, (p) => readFileSync(p, 'utf8')),
      );
    },
  );
}

/** The ledger as an edition prints it: Russian labels, and values through Intl unless the translation gives a display. */
export function editionLedger(locale: Locale, dir = contentDir()): Ledger {
  const ledger = loadLedger(dir);
  if (locale === DEFAULT_LOCALE) return ledger;
  const words = loadEditionWords(locale, dir);
  const facts = new Map(
    [...ledger.facts].map(([id, fact]) => {
      const w = words.facts.get(id);
      const display =
        w?.display ??
        formatValueIn(locale, localeInfo(locale).lang, fact.value, fact.unit, fact.qualifier);
      return [
        id,
        { ...fact, label: w?.label ?? fact.label, display, ...(w?.note ? { note: w.note } : {}) },
      ];
    }),
  );
  return { facts, sources: ledger.sources };
}

/** The glossary in an edition's words (ids, sources and links stay the English data's). */
export function editionGlossary(locale: Locale, dir = contentDir()): Glossary {
  const glossary = loadGlossary(dir);
  if (locale === DEFAULT_LOCALE) return glossary;
  const words = loadEditionWords(locale, dir);
  return new Map(
    [...glossary].map(([id, term]) => {
      const w = words.glossary.get(id);
      return [
        id,
        w
          ? { ...term, term: w.term, definition: w.definition, ...(w.also ? { also: w.also } : {}) }
          : term,
      ];
    }),
  );
}

/** The corrections log in an edition's words; a draft edition shows the English of any it has not translated. */
export function editionCorrections(
  locale: Locale,
  corrections: Correction[],
  dir = contentDir(),
): Correction[] {
  if (locale === DEFAULT_LOCALE) return corrections;
  const words = loadEditionWords(locale, dir).corrections;
  return corrections.map((c) => {
    const w = words.get(c.id);
    return w ? { ...c, wrong: w.wrong, now: w.now } : c;
  });
}

/** A map or table name in an edition; the English name when it has none. */
export function editionName(
  locale: Locale,
  id: string,
  english: string,
  dir = contentDir(),
): string {
  if (locale === DEFAULT_LOCALE) return english;
  return loadEditionWords(locale, dir).names.get(id) ?? english;
}

/** A partial ISO date as the edition writes it: "13 April 2024", "13 апреля 2024 г.". */
export function editionDate(locale: Locale, date: string): string {
  return locale === DEFAULT_LOCALE
    ? formatPartialDate(date)
    : formatDateIn(localeInfo(locale).lang, date);
}
