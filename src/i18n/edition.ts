/**
 * Each edition's view of the language-neutral data: the ledger with facts
 * labelled and formatted in the edition's language, the glossary in it, and
 * the names its maps print. English is the data itself. A draft edition may
 * leave an entry untranslated, and then shows the English; a published one
 * cannot (parseEditionWords refuses it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, loadGlossary, loadLedger, once } from '../lib/content-dir.ts';
import type { Glossary } from '../lib/glossary.ts';
import type { Ledger } from '../lib/ledger.ts';
import { fileReader, parseEditionWords, type EditionWords } from './content.ts';
import { formatValueIn } from './format.ts';
import { formatValue } from '../lib/format.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

/** Ids of everything a map or table may name: places, organisations and the other map data. */
function nameIds(dir: string): Set<string> {
  const data = join(dir, 'data');
  const skip = new Set(['facts.yaml', 'glossary.yaml', 'sources.yaml', 'corrections.yaml', 'events.yaml']);
  const ids = new Set<string>();
  for (const name of readdirSync(data).filter((n) => n.endsWith('.yaml') && !skip.has(n))) {
    for (const m of readFileSync(join(data, name), 'utf8').matchAll(/^\s*-?\s*id:\s*["']?([a-z0-9-]+)/gm)) ids.add(m[1]!);
  }
  return ids;
}

export function loadEditionWords(locale: Locale, dir = contentDir()): EditionWords {
  if (locale === DEFAULT_LOCALE) return { facts: new Map(), glossary: new Map(), names: new Map() };
  const files = ['facts', 'glossary', 'names'].map((k) => join(dir, 'i18n', locale, `${k}.yaml`));
  const stamp = files.map((f) => {
    try {
      return readFileSync(f, 'utf8').length;
    } catch {
      return -1;
    }
  });
  return once(`edition:${locale}:${stamp.join(',')}`, [join(dir, 'data/facts.yaml'), join(dir, 'data/glossary.yaml')], () => {
    const ledger = loadLedger(dir);
    const english = {
      // A fact whose display is not the formatted value has its own wording, which a translation must give too.
      facts: new Map([...ledger.facts.values()].map((f) => [f.id, { display: f.display !== formatValue(f.value, f.unit, f.qualifier) }])),
      terms: new Set(loadGlossary(dir).keys()),
      names: nameIds(dir),
    };
    return parseEditionWords(locale, LOCALES[locale].status === 'published', english, fileReader(dir, (p) => readFileSync(p, 'utf8')));
  });
}

/** The ledger as an edition prints it: Russian labels, and values through Intl unless the translation gives a display. */
export function editionLedger(locale: Locale, dir = contentDir()): Ledger {
  const ledger = loadLedger(dir);
  if (locale === DEFAULT_LOCALE) return ledger;
  const words = loadEditionWords(locale, dir);
  const facts = new Map(
    [...ledger.facts].map(([id, fact]) => {
      const w = words.facts.get(id);
      const display = w?.display ?? formatValueIn(locale, LOCALES[locale].lang, fact.value, fact.unit, fact.qualifier);
      return [id, { ...fact, label: w?.label ?? fact.label, display, ...(w?.note ? { note: w.note } : {}) }];
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
      return [id, w ? { ...term, term: w.term, definition: w.definition, ...(w.also ? { also: w.also } : {}) } : term];
    }),
  );
}

/** A map or table name in an edition; the English name when it has none. */
export function editionName(locale: Locale, id: string, english: string, dir = contentDir()): string {
  if (locale === DEFAULT_LOCALE) return english;
  return loadEditionWords(locale, dir).names.get(id) ?? english;
}
