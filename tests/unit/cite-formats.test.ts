import { describe, expect, it } from 'vitest';
import {
  citeArticle,
  citePage,
  plainText,
  STYLES,
  titleCase,
  type ArticleWork,
  type PageWork,
} from '../../src/lib/cite-formats.ts';

const chapter: PageWork = {
  title: 'China and the Belt and Road',
  siteTitle: 'Kazakhstan’s balancing act',
  author: 'Kazakhstan’s Balancing Act editors',
  date: '2026-11-29',
  url: 'https://example.org/china/',
  isSite: false,
};
const article: ArticleWork = {
  title: "Kazakhstan's Balancing Act with Russia, China, and the West",
  titleSentenceCase: 'Kazakhstan’s balancing act with Russia, China, and the West',
  author: 'Stefan Antić',
  publisher: 'The Geopolitics',
  date: '2024',
  url: 'https://thegeopolitics.com/x/',
};

describe('citations of a chapter', () => {
  it('APA 7 gives the group author, the full date and the title in italics', () => {
    const runs = citePage(chapter, 'APA 7');
    expect(plainText(runs)).toBe(
      'Kazakhstan’s Balancing Act editors. (2026, November 29). China and the Belt and Road. Kazakhstan’s balancing act. https://example.org/china/',
    );
    expect(runs).toContainEqual({ italic: 'China and the Belt and Road.' });
  });
  it('MLA 9 starts with the title, because the group is also the publisher', () => {
    expect(plainText(citePage(chapter, 'MLA 9'))).toBe(
      '“China and the Belt and Road.” Kazakhstan’s Balancing Act, 29 Nov. 2026, https://example.org/china/.',
    );
  });
  it('Chicago gives the last-modified date', () => {
    expect(plainText(citePage(chapter, 'Chicago'))).toBe(
      'Kazakhstan’s Balancing Act editors. “China and the Belt and Road.” Kazakhstan’s Balancing Act. Last modified November 29, 2026. https://example.org/china/.',
    );
  });
  it('cites the whole site from the home page', () => {
    const site = {
      ...chapter,
      title: 'Kazakhstan’s balancing act',
      url: 'https://example.org/',
      isSite: true,
    };
    expect(plainText(citePage(site, 'APA 7'))).toBe(
      'Kazakhstan’s Balancing Act editors. (2026, November 29). Kazakhstan’s balancing act. https://example.org/',
    );
    for (const style of STYLES) expect(plainText(citePage(site, style))).not.toContain('“');
  });
});

describe('citations of the original article', () => {
  it('APA 7 inverts the name to initials and keeps sentence case', () => {
    expect(plainText(citeArticle(article, 'APA 7'))).toBe(
      'Antić, S. (2024). Kazakhstan’s balancing act with Russia, China, and the West. The Geopolitics. https://thegeopolitics.com/x/',
    );
  });
  it('MLA 9 and Chicago quote the title and italicise the publication', () => {
    expect(plainText(citeArticle(article, 'MLA 9'))).toBe(
      "Antić, Stefan. “Kazakhstan's Balancing Act with Russia, China, and the West.” The Geopolitics, 2024, https://thegeopolitics.com/x/.",
    );
    expect(plainText(citeArticle(article, 'Chicago'))).toBe(
      "Antić, Stefan. “Kazakhstan's Balancing Act with Russia, China, and the West.” The Geopolitics, 2024. https://thegeopolitics.com/x/.",
    );
    expect(citeArticle(article, 'Chicago')).toContainEqual({ italic: 'The Geopolitics' });
  });
  it('does not double a full stop after a question', () => {
    expect(
      plainText(
        citeArticle({ ...article, title: 'Who wins?', titleSentenceCase: 'Who wins?' }, 'MLA 9'),
      ),
    ).toContain('“Who Wins?”');
  });
});

describe('titleCase', () => {
  it('keeps short function words lower case except at the start', () => {
    expect(titleCase('the west and the middle corridor')).toBe('The West and the Middle Corridor');
  });
});
