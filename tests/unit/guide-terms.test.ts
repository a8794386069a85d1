import { describe, expect, it } from 'vitest';
import { checkGuideTerms, guideVocabulary } from '../../src/lib/guide-terms.ts';
import { loadGuideVocabulary } from '../../src/lib/content-dir.ts';
import { readChapters } from '../support/chapters.ts';
import { contentErrorOf } from '../support/errors.ts';

const GUIDE = `summary: "x"
chapters:
  - chapter: "china"
    vocabulary:
      - "dry-port"
      - "khorgos"
  - chapter: "west"
    vocabulary: ["secondary-sanctions"]
`;

describe('the teacher guide’s vocabulary', () => {
  const vocabulary = guideVocabulary({ path: 'content/teaching/guide.yaml', text: GUIDE });

  it('is read with the line of each term', () => {
    expect(vocabulary).toEqual([
      { chapter: 'china', term: 'dry-port', line: 5, field: 'chapters.0.vocabulary.0' },
      { chapter: 'china', term: 'khorgos', line: 6, field: 'chapters.0.vocabulary.1' },
      { chapter: 'west', term: 'secondary-sanctions', line: 8, field: 'chapters.1.vocabulary.0' },
    ]);
  });

  it('must be marked in its chapter: the error names the guide’s line, the term, the chapter and the fix', () => {
    const check = (marked: string[]) => () =>
      checkGuideTerms({
        guideFile: 'content/teaching/guide.yaml',
        vocabulary,
        chapter: 'china',
        chapterFile: 'content/chapters/china.mdx',
        marked: new Set(marked),
      });
    expect(check(['dry-port', 'khorgos', 'other'])).not.toThrow();
    const error = contentErrorOf(check(['dry-port']));
    expect(error.message).toBe(
      'content/teaching/guide.yaml:6 — chapters.0.vocabulary.1: lists the term "khorgos" as vocabulary for content/chapters/china.mdx, but that chapter never marks it with <Term id="khorgos">\n' +
        '  Fix: Wrap the term\'s first mention in content/chapters/china.mdx in <Term id="khorgos">…</Term>, or remove "khorgos" from this chapter\'s vocabulary in content/teaching/guide.yaml.',
    );
  });

  it('gives what it can from a guide it cannot read (the guide’s own check reports the rest)', () => {
    expect(guideVocabulary({ path: 'g.yaml', text: 'chapters: [' })).toEqual([]);
    expect(guideVocabulary({ path: 'g.yaml', text: 'chapters: 3' })).toEqual([]);
  });

  it('is marked in every chapter as written', () => {
    for (const entry of loadGuideVocabulary()) {
      const chapter = readChapters().find((c) => c.id === entry.chapter);
      expect(chapter?.body, `${entry.chapter}: ${entry.term}`).toContain(
        `<Term id="${entry.term}"`,
      );
    }
  });
});
