/**
 * The corrections log, content/data/corrections.yaml: what was wrong, when it
 * was put right, and what the page says now. Shown on /updates/ and in the feed.
 */
import { z } from 'astro/zod';
import { ContentError, unknownId } from './errors.ts';
import { isAfter } from './updates.ts';
import { findLooseNumbers } from './prose-numbers.ts';
import { fullDate, id, text, unknownKey } from './schema.ts';
import { readList, validate, type DataFile } from './yaml-list.ts';

const pages = z.union(
  [
    id('chapter', 'china'),
    z
      .array(id('chapter', 'china'))
      .min(1, { error: 'is empty. Name at least one page, e.g. chapter: china' }),
  ],
  {
    error: (issue) =>
      issue.input === undefined
        ? 'missing. Add a line: chapter: china (or a list, chapter: [opening, west])'
        : 'must be a chapter id or a list of them, e.g. chapter: china or chapter: [opening, west]',
  },
);

const correctionFields = {
  id: id('id', 'middle-powers-year'),
  /** The day the correction was made. */
  date: fullDate('date', '2026-12-01'),
  chapter: pages.transform((v) => (Array.isArray(v) ? v : [v])),
  wrong: text('wrong', '"The chapter said …"'),
  now: text('now', '"It now says …"'),
};

export const correctionSchema = z.strictObject(correctionFields, {
  error: unknownKey(Object.keys(correctionFields)),
});
export type Correction = z.output<typeof correctionSchema> & { line: number };

/**
 * Parses the log, newest first. `pages` are the ids a correction may name:
 * the chapters' file names and the other pages' keys (teachers, glossary…).
 */
export function parseCorrections(
  file: DataFile,
  opts: { pages: string[]; today: string },
): Correction[] {
  const located = validate(
    file,
    readList(file, 'middle-powers-year'),
    correctionSchema,
    'correction',
  );
  const fail = (
    line: number,
    entryId: string,
    field: string,
    problem: string,
    fix: string,
  ): never => {
    throw new ContentError({
      file: file.path,
      line,
      field: `correction "${entryId}" → ${field}`,
      problem,
      fix,
    });
  };
  for (const { entry, lineOf } of located) {
    for (const [i, page] of entry.chapter.entries()) {
      if (opts.pages.includes(page)) continue;
      const { hint } = unknownId('page', page, opts.pages, 'the site');
      fail(
        lineOf(['chapter', i]),
        entry.id,
        'chapter',
        `names "${page}", which is not a chapter or page of the site`,
        hint
          ? `Did you mean "${hint}"? Use a chapter's file name, or one of the other pages: ${opts.pages.join(', ')}.`
          : `Use one of: ${opts.pages.join(', ')}.`,
      );
    }
    if (isAfter(entry.date, opts.today))
      fail(
        lineOf('date'),
        entry.id,
        'date',
        `${entry.date} is in the future (the build ran on ${opts.today})`,
        'Give the day the correction was made.',
      );
    for (const field of ['wrong', 'now'] as const) {
      const loose = findLooseNumbers(entry[field]);
      if (loose.length)
        fail(
          lineOf(field),
          entry.id,
          field,
          `states the number "${loose[0]!.text}" directly`,
          'Say it in words (years such as 2024 are fine): the log says what changed, and the page itself carries the numbers.',
        );
    }
  }
  return located
    .map(({ entry, line }) => ({ ...entry, line }))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
