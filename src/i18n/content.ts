/**
 * The words a translated edition adds to the language-neutral data: a label
 * (and, where the English has one, a display text) for every fact, the glossary
 * in the edition's language, the corrections log, and the names the maps print. Read from
 * content/i18n/<code>/; every id must exist in the English data, and a
 * published edition must translate every fact and term.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { closest, ContentError } from '../lib/errors.ts';
import { findLooseNumbers } from '../lib/prose-numbers.ts';
import { id, text, unknownKey } from '../lib/schema.ts';
import { readList, validate, type DataFile } from '../lib/yaml-list.ts';

const factFields = {
  id: id('id', 'corridor-2023'),
  label: text('label', '"Грузы по Среднему коридору в 2023 году"'),
  display: text('display', '"рекордные 40 млрд долларов"').optional(),
  note: text('note', '"Данные канцелярии премьер-министра."').optional(),
};
const termFields = {
  id: id('id', 'dry-port'),
  term: text('term', '"сухой порт"'),
  also: z.array(text('also', '"ТМТМ"')).optional(),
  definition: text('definition', '"Терминал вдали от моря, где …"').max(480, {
    error: 'is longer than 480 characters. A definition is one or two sentences.',
  }),
};
const nameFields = { id: id('id', 'aktau'), name: text('name', '"Актау"') };
const correctionFields = {
  id: id('id', 'middle-powers-year'),
  wrong: text('wrong', '"На сайте говорилось …"'),
  now: text('now', '"Теперь там сказано …"'),
};

const schemas = {
  facts: z.strictObject(factFields, { error: unknownKey(Object.keys(factFields)) }),
  glossary: z.strictObject(termFields, { error: unknownKey(Object.keys(termFields)) }),
  names: z.strictObject(nameFields, { error: unknownKey(Object.keys(nameFields)) }),
  corrections: z.strictObject(correctionFields, {
    error: unknownKey(Object.keys(correctionFields)),
  }),
};

export type FactWords = z.output<typeof schemas.facts>;
export type TermWords = z.output<typeof schemas.glossary>;
export type CorrectionWords = z.output<typeof schemas.corrections>;

export interface EditionWords {
  facts: Map<string, FactWords>;
  glossary: Map<string, TermWords>;
  /** Places, countries and organisations as the maps and tables name them, by their data ids. */
  names: Map<string, string>;
  /** What each correction in content/data/corrections.yaml says, in the edition's words. */
  corrections: Map<string, CorrectionWords>;
}

/** What the English data holds, so a translation can be checked against it. */
export interface EnglishData {
  /** Fact ids, each with whether it has a `display` text that needs its own translation. */
  facts: Map<string, { display: boolean }>;
  terms: Set<string>;
  names: Set<string>;
  corrections: Set<string>;
}

type Kind = keyof typeof schemas;
const FILES: Record<Kind, { english: string; example: string }> = {
  facts: { english: 'content/data/facts.yaml', example: 'corridor-2023' },
  glossary: { english: 'content/data/glossary.yaml', example: 'dry-port' },
  names: { english: 'content/data/places.yaml and the other map data', example: 'aktau' },
  corrections: { english: 'content/data/corrections.yaml', example: 'middle-powers-year' },
};
const SINGULAR: Record<Kind, string> = {
  facts: 'fact',
  glossary: 'term',
  names: 'name',
  corrections: 'correction',
};
/** What a published edition must give for every English entry; names may fall back to the English. */
const REQUIRED: Partial<Record<Kind, string>> = {
  facts: 'label',
  glossary: 'translation',
  corrections: 'wording',
};

/**
 * Parses one edition's files; `read` gives a file's text or undefined when it
 * does not exist, so a draft edition may leave files out.
 */
export function parseEditionWords(
  code: string,
  published: boolean,
  english: EnglishData,
  read: (path: string) => DataFile | undefined,
): EditionWords {
  const words: EditionWords = {
    facts: new Map(),
    glossary: new Map(),
    names: new Map(),
    corrections: new Map(),
  };
  const known: Record<Kind, Iterable<string>> = {
    facts: english.facts.keys(),
    glossary: english.terms,
    names: english.names,
    corrections: english.corrections,
  };
  for (const kind of Object.keys(schemas) as Kind[]) {
    const path = `content/i18n/${code}/${kind}.yaml`;
    const file = read(path);
    const located = file
      ? validate<{ id: string }>(
          file,
          readList(file, FILES[kind].example),
          schemas[kind],
          SINGULAR[kind],
        )
      : [];
    const ids = new Set([...known[kind]]);
    for (const { entry, line, lineOf } of located) {
      if (!ids.has(entry.id)) {
        const hint = closest(entry.id, ids);
        throw new ContentError({
          file: path,
          line: lineOf('id'),
          field: `${kind} "${entry.id}" → id`,
          problem: `is not an id in ${FILES[kind].english}`,
          fix: hint
            ? `Did you mean "${hint}"? A translation uses the English data's ids.`
            : 'Use the id of the English entry it translates, or remove the entry.',
        });
      }
      if (kind === 'facts') {
        const fact = entry as FactWords;
        if (english.facts.get(fact.id)?.display && !fact.display) {
          throw new ContentError({
            file: path,
            line,
            field: `fact "${fact.id}" → display`,
            problem:
              'is missing: the English fact has its own display text, so the number cannot be formatted on its own',
            fix: `Add display: "…", the way the ${code} pages should print it.`,
          });
        }
        words.facts.set(fact.id, fact);
      } else if (kind === 'glossary') words.glossary.set(entry.id, entry as TermWords);
      else if (kind === 'corrections') {
        const correction = entry as unknown as CorrectionWords;
        // The same rule as the English log: the pages carry the numbers, the log says what changed.
        for (const field of ['wrong', 'now'] as const) {
          const loose = findLooseNumbers(correction[field])[0];
          if (loose)
            throw new ContentError({
              file: path,
              line: lineOf(field),
              field: `correction "${correction.id}" → ${field}`,
              problem: `states the number "${loose.text}" directly`,
              fix: 'Say it in words (years such as 2024 are fine), as the English log does.',
            });
        }
        words.corrections.set(correction.id, correction);
      } else words.names.set(entry.id, (entry as unknown as { name: string }).name);
    }
    const required = REQUIRED[kind];
    if (published && required) {
      const order = [...ids];
      const missing = order.findIndex((i) => !words[kind].has(i));
      if (missing >= 0) {
        const wanted = order[missing]!;
        // It belongs after the translation of the English entry before it, so the line is that entry's.
        const before = order.slice(0, missing).at(-1);
        const after = located.find((l) => l.entry.id === before);
        throw new ContentError({
          file: path,
          ...(after ? { line: after.line } : {}),
          field: `${SINGULAR[kind]} "${wanted}"`,
          problem: `has no ${code} ${required}${file ? '' : ` (${path} does not exist)`}`,
          fix: `Add an entry with id: ${wanted}${after ? `, after the one for ${before}` : ''} (see ${FILES[kind].english} for the English).`,
        });
      }
    }
  }
  return words;
}

/** Reads content/i18n/<code>/ from disk. */
export function fileReader(
  root: string,
  readText: (path: string) => string,
): (path: string) => DataFile | undefined {
  return (path) => {
    const full = join(root, path.replace(/^content\//, ''));
    return existsSync(full) ? { path, text: readText(full) } : undefined;
  };
}
