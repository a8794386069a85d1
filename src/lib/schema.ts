/**
 * Schemas for everything authors write. Each message says what is wrong and how
 * to fix it, because Astro prints it next to the file name in the build log.
 */
import { z } from 'astro/zod';
import { isPartialDate } from './dates.ts';
import { closest } from './errors.ts';
import { FORMULA_NAMES } from './derived.ts';
import { QUALIFIERS, UNITS } from './format.ts';
import { en } from '../i18n/ui/en.ts';

export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const text = (name: string, example: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `missing. Add a line: ${name}: ${example}`
          : `must be text, e.g. ${name}: ${example}`,
    })
    .trim()
    .min(1, { error: `is empty. Write it, e.g. ${name}: ${example}` });

const partialDate = (name: string, example: string) =>
  z
    .union([z.date(), z.string(), z.number()], {
      error: (issue) =>
        issue.input === undefined
          ? `missing. Add a line: ${name}: ${example}`
          : `must be a date written YYYY-MM-DD (or YYYY-MM, or YYYY), e.g. ${name}: ${example}`,
    })
    .transform((value, ctx) => {
      const iso = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
      if (value instanceof Date && Number.isNaN(value.getTime())) {
        ctx.addIssue({
          code: 'custom',
          message: `is not a real date. Write it YYYY-MM-DD, e.g. ${name}: ${example}`,
        });
        return z.NEVER;
      }
      if (!isPartialDate(iso)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${iso}" is not a date. Write it YYYY-MM-DD (or YYYY-MM, or YYYY), e.g. ${name}: ${example}`,
        });
        return z.NEVER;
      }
      return iso;
    });

export const fullDate = (name: string, example: string) =>
  partialDate(name, example).refine((iso) => iso.length === 10, {
    error: `needs a full date, YYYY-MM-DD, e.g. ${name}: ${example}`,
  });

export const id = (name: string, example: string) =>
  text(name, example).regex(ID, {
    error: `must be lower-case words joined by hyphens, e.g. ${name}: ${example}`,
  });

/** One of a fixed list of words, with the nearest one suggested; `what` names them, e.g. "lanes". */
export const oneOf = <const T extends readonly [string, ...string[]]>(
  name: string,
  values: T,
  what = 'allowed values',
) =>
  z.enum(values, {
    error: (issue) => {
      if (issue.input === undefined) return `missing. Add a line: ${name}: ${values[0]}`;
      const hint = typeof issue.input === 'string' ? closest(issue.input, values) : undefined;
      return `"${String(issue.input)}" is not one of the ${what}. ${hint ? `Did you mean "${hint}"? ` : ''}Write one of: ${values.join(', ')}`;
    },
  });

/** A list of ids, at least one, e.g. sources: [antic-2024]. */
export const idList = (name: string, example: string, what = 'ids') =>
  z
    .array(id(name, example), { error: `must be a list of ${what}, e.g. ${name}: ${example}` })
    .min(1, { error: `is empty. List at least one id, e.g. ${name}: ${example}` });

export const unknownKey = (allowed: string[]) => (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `unknown field ${issue.keys?.map((k) => `"${k}"`).join(', ')}. Allowed fields: ${allowed.join(', ')}. Check the spelling.`
    : undefined;

/** A record with exactly these fields; an unknown one is reported with the allowed names. */
export const strict = <S extends z.ZodRawShape>(shape: S) =>
  z.strictObject(shape, { error: unknownKey(Object.keys(shape)) });

// ── Chapters ────────────────────────────────────────────────────────────────

const chapterFields = {
  title: text('title', '"China and the Belt and Road"'),
  navLabel: text('navLabel', '"China"').max(24, {
    error: 'is longer than 24 characters. Shorten it; it sits in the navigation bar.',
  }),
  order: z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? 'missing. Add a line: order: 3 (the chapter number)'
          : 'must be a whole number, e.g. order: 3',
    })
    .int({ error: 'must be a whole number, e.g. order: 3' })
    .positive({ error: 'must be 1 or more, e.g. order: 3' }),
  dek: text('dek', '"One sentence that sums the chapter up."').max(340, {
    error:
      'is longer than 340 characters. The dek is one sentence (the limit leaves room for translations, which run about a fifth longer than the English).',
  }),
  lastReviewed: fullDate('lastReviewed', '2026-11-29'),
  draft: z.boolean({ error: 'must be true or false' }).optional(),
  selfCheck: z
    .array(
      z.strictObject({
        question: text('question', '"Why does Kazakhstan chair so many groups in 2024?"'),
        answer: text('answer', '"Because …"'),
      }),
      { error: 'must be a list of questions, each with "- question:" and "answer:"' },
    )
    .min(3, { error: 'has fewer than 3 questions. Add questions until there are 3 or 4.' })
    .max(4, { error: 'has more than 4 questions. Keep the 3 or 4 that matter most.' })
    .optional(),
  // Which still opens the chapter (src/lib/openings.ts checks the names against the figures).
  opening: z
    .strictObject(
      {
        figure: text('figure', '<an id from src/figures/index.ts>'),
        state: text('state', '<one of that figure’s states>'),
      },
      {
        error:
          'must name a figure and one of its states, with two lines under it: figure: <an id from src/figures/index.ts> and state: <one of its states>',
      },
    )
    .optional(),
};

export const chapterSchema = z.strictObject(chapterFields, {
  error: unknownKey(Object.keys(chapterFields)),
});
export type ChapterData = z.output<typeof chapterSchema>;

// ── Sources ─────────────────────────────────────────────────────────────────

export const SOURCE_GROUPS = ['original', 'official', 'news', 'repost', 'reference'] as const;

const sourceFields = {
  id: id('id', 'astanatimes-2024-02-27'),
  title: text('title', '"Cargo transportation through Middle Corridor soars 147% in January"'),
  publisher: text('publisher', 'The Astana Times'),
  author: text('author', 'Stefan Antić').optional(),
  date: partialDate('date', '"2024-02-27"').optional(),
  url: z
    .url({
      error: (issue) =>
        issue.input === undefined
          ? 'missing. Add the page address, e.g. url: https://astanatimes.com/…'
          : 'is not a full web address. Start it with https:// (or http://)',
    })
    .refine((u) => /^https?:\/\//.test(u), { error: 'must start with https:// or http://' }),
  group: z.enum(SOURCE_GROUPS, { error: `must be one of: ${SOURCE_GROUPS.join(', ')}` }),
  note: text('note', '"Cites the Kazakh Foreign Ministry."').optional(),
};

export const sourceSchema = z.strictObject(sourceFields, {
  error: unknownKey(Object.keys(sourceFields)),
});
export type Source = z.output<typeof sourceSchema>;

// ── Facts ───────────────────────────────────────────────────────────────────

const factValue = z.union(
  [
    z.number(),
    z.tuple([z.number(), z.number()]),
    z.date().transform((d) => d.toISOString().slice(0, 10)),
    z.string().refine((s) => s.split('/').every(isPartialDate) && s.split('/').length <= 2),
  ],
  {
    error:
      'must be a number (2.76), a range ([28, 32]), a date (2023-11-10) or a date range (2023-06-08/2023-06-09)',
  },
);

const factFields = {
  id: id('id', 'corridor-2023'),
  label: text('label', '"Middle Corridor cargo volume in 2023"'),
  value: factValue.optional(),
  unit: z.enum(UNITS, { error: `must be one of: ${UNITS.join(', ')}` }),
  qualifier: z.enum(QUALIFIERS, { error: `must be one of: ${QUALIFIERS.join(', ')}` }).optional(),
  display: text('display', '"a record $40bn"').optional(),
  asOf: partialDate('asOf', '"2024-02-27"'),
  sources: idList('sources', '[astanatimes-2024-02-27]', 'source ids').optional(),
  note: text('note', '"Kazakh statistics; Chinese customs report $41bn."').optional(),
  derived: z
    .strictObject({
      formula: z.enum(FORMULA_NAMES as [string, ...string[]], {
        error: `must be one of: ${FORMULA_NAMES.join(', ')} (see src/lib/derived.ts)`,
      }),
      from: z
        .array(id('from', '[corridor-2023, corridor-2023-growth]'))
        .min(1, { error: 'lists no input facts' }),
    })
    .optional(),
};

export const factSchema = z
  .strictObject(factFields, { error: unknownKey(Object.keys(factFields)) })
  .superRefine((fact, ctx) => {
    if (fact.derived) {
      if (fact.value !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: 'a derived fact is computed, so it has no value. Remove the value line.',
        });
      if (fact.sources)
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: 'a derived fact takes its sources from its inputs. Remove the sources line.',
        });
    } else {
      if (fact.value === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: 'missing. Add the number or date, e.g. value: 2.76',
        });
      if (!fact.sources)
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: 'missing. Add the source ids, e.g. sources: [astanatimes-2024-02-27]',
        });
    }
    const isDate = typeof fact.value === 'string';
    if (isDate !== (fact.unit === 'date' || fact.unit === 'month') && fact.value !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: isDate
          ? 'the value is a date, so the unit must be "date" (or "month")'
          : `the unit "${fact.unit}" needs a date value such as 2023-11-10`,
      });
    }
  });

export type FactEntry = z.output<typeof factSchema>;

/** The viewpoints a chapter may label with <WhoseView who="…">: the English edition's labels, keyed by id. */
export const WHOSE_VIEW = en.callout.views;
export type Viewpoint = keyof typeof WHOSE_VIEW;
