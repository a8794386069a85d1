/**
 * The glossary: terms a reader may not know, each with a short definition.
 * Read from content/data/glossary.yaml; every source and cross-reference is checked.
 */
import { z } from 'astro/zod';
import { ContentError, unknownId } from './errors.ts';
import { sourceIds, type Ledger } from './ledger.ts';
import { id, text, unknownKey } from './schema.ts';
import { checkIds, readList, validate, type DataFile } from './yaml-list.ts';

export const GLOSSARY_FILE = 'content/data/glossary.yaml';

const termFields = {
  id: id('id', 'dry-port'),
  term: text('term', '"dry port"'),
  /** Other names a reader may meet, e.g. an acronym's expansion. */
  also: z.array(text('also', '"TITR"')).optional(),
  definition: text('definition', '"An inland terminal where …"').max(420, {
    error:
      'is longer than 420 characters. A definition is one or two sentences; the chapters do the explaining.',
  }),
  sources: z
    .array(id('sources', '[antic-2024]'), {
      error: 'must be a list of source ids, e.g. sources: [antic-2024]',
    })
    .optional(),
  related: z
    .array(id('related', '[middle-corridor]'), {
      error: 'must be a list of term ids, e.g. related: [middle-corridor]',
    })
    .optional(),
};

export const termSchema = z.strictObject(termFields, {
  error: unknownKey(Object.keys(termFields)),
});
export type Term = z.output<typeof termSchema>;
export type Glossary = Map<string, Term>;

export function parseGlossary(file: DataFile, ledger: Ledger): Glossary {
  const located = validate<Term>(file, readList(file, 'dry-port'), termSchema, 'term');
  const glossary: Glossary = new Map(located.map(({ entry }) => [entry.id, entry]));
  for (const item of located) {
    checkIds(file, 'term', item, 'sources', sourceIds(ledger));
    checkIds(file, 'term', item, 'related', { known: glossary, kind: 'term', file: file.path });
  }
  return glossary;
}

/** Looks a term up, or fails naming the file that asked for it and the nearest real id. */
export function getTerm(glossary: Glossary, termId: string, where: string, line?: number): Term {
  const term = glossary.get(termId);
  if (term) return term;
  throw new ContentError({
    file: where,
    line,
    field: `<Term id="${termId}">`,
    problem: 'no glossary term has this id',
    fix: unknownId('term', termId, glossary.keys(), GLOSSARY_FILE).fix,
  });
}

/** Alphabetical, ignoring case and a leading article, as readers scan a glossary. */
export function sortedTerms(glossary: Glossary): Term[] {
  const key = (t: Term) => t.term.replace(/^(the|a|an)\s+/i, '').toLocaleLowerCase('en');
  return [...glossary.values()].sort((a, b) => key(a).localeCompare(key(b), 'en'));
}
