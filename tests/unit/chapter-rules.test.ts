import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import {
  CHAPTER_WORDS,
  chapterRuleProblems,
  checkChapterRules,
  isChapterFile,
} from '../../src/lib/chapter-rules.ts';
import { contentDir } from '../../src/lib/content-dir.ts';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx);
// Ten words a sentence; the heading and the update add four: "A section", "It did".
const prose = (sentences: number) =>
  Array.from(
    { length: sentences },
    () => 'Antić says the corridor runs west across the Caspian Sea.',
  ).join(' ');
const update = '<WhatHappenedNext date="2026-03-10">\n\nIt did.\n\n</WhatHappenedNext>';
const chapter = (sentences: number, extra = update) =>
  `## A section\n\n${prose(sentences)}\n\n${extra}\n`;
const problems = (mdx: string) =>
  chapterRuleProblems(parse(mdx), 'content/chapters/x.mdx').map((e) => e.message);

describe('the chapter rules', () => {
  it('pass a chapter of the right length that names Antić and has a dated update', () => {
    expect(problems(chapter(80))).toEqual([]);
  });

  it(`want ${CHAPTER_WORDS.min}–${CHAPTER_WORDS.max} words of prose, counting what a reader reads`, () => {
    expect(problems(chapter(59))).toEqual([
      expect.stringMatching(
        /^content\/chapters\/x\.mdx — length: has 594 words of prose, fewer than 600\n {2}Fix: A chapter has 600–1,500 words.*Add 6 or more/,
      ),
    ]);
    expect(problems(chapter(60))).toEqual([]);
    expect(problems(chapter(149))).toEqual([]);
    expect(problems(chapter(150))).toEqual([
      expect.stringMatching(
        /length: has 1,504 words of prose, more than 1,500\n {2}Fix: .*Cut 4 or more/,
      ),
    ]);
    // Attributes and tags are not prose: a long description does not make a chapter long.
    expect(
      problems(
        chapter(
          80,
          `${update}\n\n<Scrolly figure="x" title="t" caption="${'word '.repeat(900)}"></Scrolly>`,
        ),
      ),
    ).toEqual([]);
  });

  it('want Antić named in the prose, not only in an attribute', () => {
    const mdx = chapter(80).replaceAll('Antić', 'Smith');
    expect(problems(`${mdx}\n<Cite id="antic-2024"/>\n`)).toEqual([
      expect.stringMatching(/credit: never names Antić\n {2}Fix: Say whose argument/),
    ]);
  });

  it('want a dated update', () => {
    expect(problems(chapter(80, ''))).toEqual([
      expect.stringMatching(
        /update: has no dated update\n {2}Fix: Add a <WhatHappenedNext date="YYYY-MM-DD">/,
      ),
    ]);
  });

  it('apply to the files in content/chapters only, so other MDX pages are free', () => {
    expect(isChapterFile(`${contentDir()}/chapters/china.mdx`)).toBe(true);
    expect(isChapterFile(`${contentDir()}/chapters/drafts/new.mdx`)).toBe(false);
    expect(isChapterFile('src/pages/updates.mdx')).toBe(false);
    expect(() => checkChapterRules(parse('Too short.'), 'src/pages/updates.mdx')).not.toThrow();
    expect(() =>
      checkChapterRules(parse('Too short.'), `${contentDir()}/chapters/new.mdx`),
    ).toThrow(/content\/chapters\/new\.mdx — length: has 2 words/);
  });
});
