/** The zod schema for one entry of content/data/organisations.yaml; its messages are the fix the author reads. */
import { z } from 'astro/zod';
import { id as idField, idList, text as textField, unknownKey } from '../../lib/schema.ts';

/** ISO 3166 numeric, as world-atlas spells it: three digits, leading zeros kept. YAML may hand us 4 for "004". */
const countryCode = z
  .union([z.string(), z.number()], {
    error:
      'must be the three-digit ISO 3166 numeric code in quotes, e.g. code: "398" for Kazakhstan',
  })
  .transform((value, ctx) => {
    const text =
      typeof value === 'number' && Number.isInteger(value) && value >= 0
        ? String(value).padStart(3, '0')
        : String(value).trim();
    if (!/^\d{3}$/.test(text)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not a three-digit ISO 3166 numeric code. Write it in quotes, e.g. code: "398" for Kazakhstan`,
      });
      return z.NEVER;
    }
    return text;
  });

const countryFields = {
  code: countryCode.optional(),
  name: textField('name', 'Kazakhstan'),
  status: z
    .enum(['frozen'], { error: 'must be frozen (participation suspended), or left out' })
    .optional(),
  note: textField('note', '"joined in October 2022"').optional(),
};
const countrySchema = z
  .strictObject(countryFields, { error: unknownKey(Object.keys(countryFields)) })
  .superRefine((c, ctx) => {
    if (c.code === undefined && !c.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: `missing. Add the ISO 3166 numeric code, e.g. code: "398"; or, for an entity with no shape on the map, say so in a note, e.g. note: "not drawn on the map"`,
      });
    }
  });

const year = (name: string, example: number) =>
  z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? `missing. Add a line: ${name}: ${example}`
          : `must be a year, e.g. ${name}: ${example}`,
    })
    .int({ error: `must be a year, e.g. ${name}: ${example}` })
    .min(1990, { error: `must be a year, e.g. ${name}: ${example}` })
    .max(2100, { error: `must be a year, e.g. ${name}: ${example}` });

const CHAIR_STATUS = ['held', 'ongoing', 'unconfirmed'] as const;
export type ChairStatus = (typeof CHAIR_STATUS)[number];
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
const chairSchema = z
  .strictObject(chairFields, { error: unknownKey(Object.keys(chairFields)) })
  .superRefine((chair, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (chair.status === 'unconfirmed') {
      if (chair.start || chair.end || chair.endOfYear !== undefined)
        issue(
          'status',
          'is unconfirmed, so the term has no start or end dates. Give fromYear and toYear instead, or set status: held',
        );
      if (chair.fromYear === undefined)
        issue(
          'fromYear',
          'missing. An unconfirmed chair needs the years it was claimed for, e.g. fromYear: 2024',
        );
      if (chair.toYear === undefined)
        issue(
          'toYear',
          'missing. An unconfirmed chair needs the years it was claimed for, e.g. toYear: 2025',
        );
      if (
        chair.fromYear !== undefined &&
        chair.toYear !== undefined &&
        chair.toYear < chair.fromYear
      )
        issue(
          'toYear',
          `is before fromYear. Swap them, e.g. fromYear: ${chair.toYear} and toYear: ${chair.fromYear}`,
        );
      return;
    }
    if (!chair.start)
      issue(
        'start',
        'missing. Name the fact that dates the start of the term, e.g. start: sco-chair-start',
      );
    if (chair.end && chair.endOfYear !== undefined)
      issue(
        'end',
        'and endOfYear are both given. Keep one: end (a fact id) or endOfYear (a calendar-year term)',
      );
    if (!chair.end && chair.endOfYear === undefined)
      issue(
        'end',
        'missing. Name the fact that dates the end or handover, e.g. end: cica-handover, or write endOfYear: 2024 for a calendar-year term',
      );
    if (chair.fromYear !== undefined || chair.toYear !== undefined)
      issue(
        'fromYear',
        `is only for unconfirmed chairs. Remove fromYear and toYear, or set status: unconfirmed`,
      );
  });

const organisationFields = {
  id: idField('id', 'sco'),
  acronym: textField('acronym', 'SCO'),
  name: textField('name', 'Shanghai Cooperation Organisation'),
  memberCount: idList('memberCount', '[sco-members-2024]'),
  membersComplete: z.boolean({ error: 'must be true or false' }).optional(),
  members: z
    .array(countrySchema, {
      error: 'must be a list of countries, e.g.\n    - { code: "398", name: Kazakhstan }',
    })
    .min(1, {
      error: 'is empty. List at least Kazakhstan, e.g. - { code: "398", name: Kazakhstan }',
    }),
  observers: z
    .array(countrySchema, {
      error: 'must be a list of countries, e.g.\n    - { code: "348", name: Hungary }',
    })
    .optional(),
  chair: chairSchema,
  notes: z
    .array(textField('notes', '["The dialogue partners are not drawn."]'), {
      error: 'must be a list of sentences',
    })
    .optional(),
  sources: idList('sources', '[tass-sco-members]'),
};
export const organisationSchema = z.strictObject(organisationFields, {
  error: unknownKey(Object.keys(organisationFields)),
});
export type OrganisationEntry = z.output<typeof organisationSchema>;
