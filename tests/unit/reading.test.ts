import { describe, expect, it } from 'vitest';
import { countWords, proseText, readingMinutes, readingTime } from '../../src/lib/reading.ts';
import { findLooseNumbers } from '../../src/lib/prose-numbers.ts';

describe('reading time', () => {
  it('counts the words a reader reads, not markup', () => {
    const mdx =
      '---\ntitle: "X"\norder: 1\n---\n## A heading\n\nTrade reached <Fact id="china-trade-2023-kz"/> in 2023 <Cite id="trend-2024-04-01"/>.\n\n<WhoseView who="antic">\n\nAntić argues this.\n\n</WhoseView>\n';
    const text = proseText(mdx);
    expect(text).not.toMatch(/title|Cite|WhoseView|id=/);
    expect(countWords(text)).toBe(10);
  });

  it('rounds up to whole minutes and never says zero', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(220)).toBe(1);
    expect(readingMinutes(221)).toBe(2);
    expect(readingTime('word '.repeat(1000)).minutes).toBe(5);
  });
});

describe('loose numbers in prose', () => {
  it('allows years and nothing else', () => {
    expect(findLooseNumbers('In 2023 and 2024–2026, and in the 1990s.')).toEqual([]);
    expect(findLooseNumbers('around 300 agreements').map((n) => n.text)).toEqual(['300']);
    expect(findLooseNumbers('it rose 147% to 274,200 t').map((n) => n.text)).toEqual([
      '147',
      '274,200',
    ]);
    expect(findLooseNumbers('on 13 April 2024').map((n) => n.text)).toEqual(['13']);
    expect(findLooseNumbers('$2.76bn').map((n) => n.text)).toEqual(['2.76']);
  });
});
