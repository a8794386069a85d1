import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterReadability, readability, syllables } from '../../src/lib/readability.ts';
import { proseText } from '../../src/lib/reading.ts';

const fixture = readFileSync(
  new URL('../fixtures/readability/chapter.mdx', import.meta.url),
  'utf8',
);

describe('syllables', () => {
  it.each([
    ['cat', 1],
    ['table', 2],
    ['Kazakhstan', 3],
    ['corridor', 3],
    ['balanced', 2],
    ['organisation', 5],
    // "-ed" after t or d is a syllable of its own (the hand-written counter dropped it)
    ['reported', 3],
    ['shaded', 2],
    ['jumped', 1],
    ['Antić', 2],
  ])('%s has %i', (word, count) => expect(syllables(word)).toBe(count));

  it('gives nothing for a token without letters', () => expect(syllables('2023')).toBe(0));
});

describe('Flesch–Kincaid grade', () => {
  it('rates short plain sentences low and long Latinate ones high', () => {
    const easy = readability('The cat sat on the mat. The dog ran to the park. We all had fun.');
    const hard = readability(
      'Multilateral institutional arrangements facilitate intergovernmental coordination regarding infrastructural investment, transcontinental logistics and regulatory harmonisation.',
    );
    expect(easy.grade).toBeLessThan(3);
    expect(hard.grade).toBeGreaterThan(16);
  });
  it('treats a paragraph break as the end of a sentence, so headings stand alone', () => {
    expect(readability('A heading\n\nA sentence follows here.').sentences).toBe(2);
  });
  it('matches the formula on a worked example', () => {
    // 2 sentences, 10 words, 12 syllables: 0.39 × 5 + 11.8 × 1.2 − 15.59 = 0.5
    const r = readability('The big brown fox ran. It jumped over lazy dogs.');
    expect(r).toMatchObject({ words: 10, sentences: 2, syllables: 12, grade: 0.5 });
  });
});

describe('a chapter’s grade', () => {
  it('reads the prose from the MDX syntax tree: frontmatter, imports, tags, attributes and expressions left out', () => {
    const text = proseText(fixture);
    expect(text).not.toMatch(
      /fixture chapter|frontmatter|import|Extra|Cite|WhoseView|id=|note|\/glossary/,
    );
    expect(text).toMatch(/Antić argues that the corridor matters\./);
    expect(text).toMatch(/shaded by region\./);
  });

  it('counts the fixture’s words, sentences and syllables', () => {
    // "Trade and routes" | "The ministry reported trade of NUMBER in 2023." |
    // "Antić argues that the corridor matters." | "The map is shaded by region."
    expect(chapterReadability(fixture)).toMatchObject({ words: 3 + 7 + 6 + 6, sentences: 4 });
    // Trade 1, and 1, routes 1 | The 1, ministry 3, reported 3, trade 1, of 1, NUMBER 2, in 1 ("2023" has no letters) |
    // Antić 2, argues 2, that 1, the 1, corridor 3, matters 2 | The 1, map 1, is 1, shaded 2, by 1, region 2
    expect(chapterReadability(fixture).syllables).toBe(3 + 12 + 11 + 8);
  });
});
