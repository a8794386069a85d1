import { describe, expect, it } from 'vitest';
import { readability, syllables } from '../../src/lib/readability.ts';

describe('syllables', () => {
  it.each([
    ['cat', 1],
    ['table', 2],
    ['Kazakhstan', 3],
    ['corridor', 3],
    ['balanced', 2],
    ['organisation', 5],
  ])('%s has %i', (word, count) => expect(syllables(word)).toBe(count));
});

describe('Flesch–Kincaid grade', () => {
  it('rates short plain sentences low and long Latinate ones high', () => {
    const easy = readability('The cat sat on the mat. The dog ran to the park. We all had fun.');
    const hard = readability('Multilateral institutional arrangements facilitate intergovernmental coordination regarding infrastructural investment, transcontinental logistics and regulatory harmonisation.');
    expect(easy.grade).toBeLessThan(3);
    expect(hard.grade).toBeGreaterThan(16);
  });
  it('treats a paragraph break as the end of a sentence, so headings stand alone', () => {
    expect(readability('A heading\n\nA sentence follows here.').sentences).toBe(2);
  });
  it('matches the formula on a worked example', () => {
    // 2 sentences, 10 words, 13 syllables: 0.39 × 5 + 11.8 × 1.3 − 15.59 = 1.7
    const r = readability('The big brown fox ran. It jumped over lazy dogs.');
    expect(r).toMatchObject({ words: 10, sentences: 2 });
    expect(r.grade).toBeCloseTo(0.39 * (r.words / r.sentences) + 11.8 * (r.syllables / r.words) - 15.59, 1);
  });
});
