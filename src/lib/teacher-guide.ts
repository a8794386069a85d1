/**
 * The teacher guide, read from content/teaching/guide.yaml. Every chapter and
 * glossary term it names must exist, and a lesson plan's steps must fill its time.
 */
import { z } from 'astro/zod';
import { ContentError, unknownId } from './errors.ts';
import { GLOSSARY_FILE } from './glossary.ts';
import { id, text } from './schema.ts';
import { readDocument, splitMessage, type DataFile } from './yaml-list.ts';

const minutes = (name: string) =>
  z
    .number({ error: `must be a number of minutes, e.g. ${name}: 10` })
    .int({ error: `must be whole minutes, e.g. ${name}: 10` })
    .positive({ error: `must be more than 0, e.g. ${name}: 10` });

const list = (name: string, example: string, min: number, max = 12) =>
  z
    .array(text(name, example), {
      error: `must be a list, each line starting "- ", e.g.\n  ${name}:\n    - ${example}`,
    })
    .min(min, { error: `needs at least ${min}. Add more, each on its own "- " line.` })
    .max(max, { error: `has more than ${max}. Keep the ones that matter most.` });

const chapterGuide = z.strictObject({
  chapter: id('chapter', 'china'),
  objectives: list('objectives', '"Explain why …"', 2, 3),
  vocabulary: z
    .array(id('vocabulary', 'dry-port'))
    .min(2, { error: 'needs at least 2 glossary term ids' }),
  questions: list('questions', '"Why might …?"', 3, 6),
  activity: z.strictObject({
    title: text('title', '"Trace the corridor"'),
    minutes: minutes('minutes'),
    steps: list('steps', '"Open the map in chapter 5 …"', 2, 8),
  }),
});

const lessonPlan = z.strictObject({
  minutes: minutes('minutes'),
  title: text('title', '"One lesson: the balancing act in brief"'),
  before: text('before', '"Students read chapters 1 and 5 at home."').optional(),
  steps: z
    .array(
      z.strictObject({
        minutes: minutes('minutes'),
        do: text('do', '"Pairs compare …"'),
        chapters: z.array(id('chapters', 'china')).optional(),
      }),
    )
    .min(2, { error: 'needs at least 2 steps' }),
});

export const teacherGuideSchema = z.strictObject({
  summary: text(
    'summary',
    '"What the explainer covers, for a teacher deciding whether to use it."',
  ),
  aboutTheSource: z.strictObject({
    summary: text('summary', '"The article is an opinion piece …"'),
    readingCritically: list('readingCritically', '"Who benefits from …?"', 3, 8),
  }),
  chapters: z.array(chapterGuide).min(1),
  lessonPlans: z.array(lessonPlan).min(1),
  assessment: z
    .array(
      z.strictObject({
        title: text('title', '"Policy memo"'),
        description: text('description', '"Students write …"'),
      }),
    )
    .min(2, { error: 'needs at least 2 assessment ideas' }),
  /** How to mark a self-check answer, printed at the top of the teacher answer key. */
  markingRubric: z
    .array(
      z.strictObject({
        level: text('level', '"Full answer"'),
        description: text(
          'description',
          '"Gives the reason the chapter gives, and says whose view it is."',
        ),
      }),
    )
    .min(2, { error: 'needs at least 2 levels' })
    .max(5, { error: 'has more than 5 levels. Keep it short.' }),
});

export type TeacherGuide = z.output<typeof teacherGuideSchema>;

/** Parses and cross-checks the guide; errors name the file, the line and the field. */
export function parseTeacherGuide(
  file: DataFile,
  known: { chapters: string[]; terms: string[] },
): TeacherGuide {
  const { doc, lineOf } = readDocument(file);
  const fail = (path: Array<string | number>, problem: string, fix: string): never => {
    throw new ContentError({
      file: file.path,
      line: lineOf(path),
      field: path.join('.') || 'guide',
      problem,
      fix,
    });
  };

  const parsed = teacherGuideSchema.safeParse(doc.toJSON());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [problem, fix] = splitMessage(issue.message);
    fail(issue.path as Array<string | number>, problem, fix);
  }
  const guide = parsed.data!;

  const mustBeChapter = (chapterId: string, path: Array<string | number>) => {
    if (known.chapters.includes(chapterId)) return;
    const { hint } = unknownId('chapter', chapterId, known.chapters, 'content/chapters');
    fail(
      path,
      `names the chapter "${chapterId}", which does not exist`,
      hint
        ? `Did you mean "${hint}"? Chapter ids are the file names in content/chapters.`
        : `Use one of: ${known.chapters.join(', ')}.`,
    );
  };
  const seen = new Set<string>();
  guide.chapters.forEach((entry, i) => {
    mustBeChapter(entry.chapter, ['chapters', i, 'chapter']);
    if (seen.has(entry.chapter))
      fail(
        ['chapters', i, 'chapter'],
        `"${entry.chapter}" has two entries`,
        'Merge them into one.',
      );
    seen.add(entry.chapter);
    entry.vocabulary.forEach((termId, j) => {
      if (known.terms.includes(termId)) return;
      const { problem, fix } = unknownId('term', termId, known.terms, GLOSSARY_FILE);
      fail(['chapters', i, 'vocabulary', j], problem, fix);
    });
  });
  const missing = known.chapters.filter((c) => !seen.has(c));
  if (missing.length)
    fail(
      ['chapters'],
      `has no entry for ${missing.join(', ')}`,
      'Add an entry for every chapter, so the guide covers the whole explainer.',
    );

  guide.lessonPlans.forEach((plan, i) => {
    const total = plan.steps.reduce((sum, step) => sum + step.minutes, 0);
    if (total !== plan.minutes)
      fail(
        ['lessonPlans', i, 'steps'],
        `add up to ${total} minutes, but the plan is ${plan.minutes}`,
        'Change the steps’ minutes so they fill the lesson exactly.',
      );
    plan.steps.forEach((step, j) =>
      step.chapters?.forEach((c, k) =>
        mustBeChapter(c, ['lessonPlans', i, 'steps', j, 'chapters', k]),
      ),
    );
  });
  return guide;
}
