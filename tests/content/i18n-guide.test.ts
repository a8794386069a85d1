import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTeacherGuide, type TeacherGuide } from '../../src/lib/teacher-guide.ts';
import { loadGlossary, loadTeacherGuide, read } from '../../src/lib/content-dir.ts';

const chapters = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));
const terms = [...loadGlossary().keys()];
const english = loadTeacherGuide(chapters);

/** Everything in the guide that is an id or a number, not text: it must match the English exactly. */
const skeleton = (g: TeacherGuide) => ({
  readingCritically: g.aboutTheSource.readingCritically.length,
  chapters: g.chapters.map((c) => ({
    chapter: c.chapter,
    objectives: c.objectives.length,
    vocabulary: c.vocabulary,
    questions: c.questions.length,
    minutes: c.activity.minutes,
    steps: c.activity.steps.length,
  })),
  lessonPlans: g.lessonPlans.map((p) => ({
    minutes: p.minutes,
    before: p.before !== undefined,
    steps: p.steps.map((s) => ({ minutes: s.minutes, chapters: s.chapters })),
  })),
  assessment: g.assessment.length,
  markingRubric: g.markingRubric.length,
});

const texts = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(texts)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(texts)
        : [];

describe('the Russian teacher guide (content/i18n/ru/guide.yaml)', () => {
  const file = read('content/i18n/ru/guide.yaml');

  it('parses with the English guide’s schema and cross-checks', () => {
    expect(() => parseTeacherGuide(file, { chapters, terms })).not.toThrow();
  });

  it('has the same ids, minutes and list lengths as the English guide', () => {
    expect(skeleton(parseTeacherGuide(file, { chapters, terms }))).toEqual(skeleton(english));
  });

  it('has no digits in its text except four-digit years (ids and paths aside)', () => {
    const ru = parseTeacherGuide(file, { chapters, terms });
    const prose = texts({
      ...ru,
      chapters: ru.chapters.map(({ chapter: _c, vocabulary: _v, ...rest }) => rest),
      lessonPlans: ru.lessonPlans.map((p) => ({ ...p, steps: p.steps.map((s) => s.do) })),
    });
    const loose = prose
      .flatMap((t) => t.replace(/\/\S+\.csv/g, '').match(/\d+/g) ?? [])
      .filter((d) => !/^(19|20)\d\d$/.test(d));
    expect(loose).toEqual([]);
  });
});
