import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../../src/lib/corrections.ts';
import { buildUpdateLog, feedItems, startOfPartialDate } from '../../src/lib/update-log.ts';
import type { ChapterUpdate } from '../../src/lib/updates.ts';
import { contentErrorOf } from '../support/errors.ts';

const PAGES = ['opening', 'china', 'teachers', 'glossary'];
const file = (text: string) => ({ path: 'content/data/corrections.yaml', text });
const GOOD = `- id: middle-powers-year
  date: 2026-12-01
  chapter: [opening, glossary]
  wrong: "The site said he began in 2024."
  now: "He began in 2023."

- id: china-dek
  date: 2026-11-30
  chapter: china
  wrong: "The summary overstated it."
  now: "It is softened."
`;

describe('the corrections log', () => {
  it('reads entries, newest first, with a list of pages each', () => {
    const log = parseCorrections(file(GOOD), { pages: PAGES, today: '2026-12-01' });
    expect(log.map((c) => [c.id, c.date, c.chapter, c.line])).toEqual([
      ['middle-powers-year', '2026-12-01', ['opening', 'glossary'], 1],
      ['china-dek', '2026-11-30', ['china'], 7],
    ]);
  });

  it('names the file, the line, the field and the fix for each mistake', () => {
    const read = (text: string) =>
      contentErrorOf(() => parseCorrections(file(text), { pages: PAGES, today: '2026-12-01' }))
        .message;
    expect(read(GOOD.replace('chapter: china', 'chapter: chna'))).toMatch(
      /corrections\.yaml:9 — correction "china-dek" → chapter: names "chna", which is not a chapter or page of the site\n {2}Fix: Did you mean "china"\?/,
    );
    expect(read(GOOD.replace('date: 2026-11-30', 'date: 30/11/2026'))).toMatch(
      /corrections\.yaml:8 — correction "china-dek" → date: "30\/11\/2026" is not a date\n {2}Fix: Write it YYYY-MM-DD/,
    );
    expect(read(GOOD.replace('date: 2026-11-30', 'date: 2027-01-01'))).toMatch(
      /date: 2027-01-01 is in the future/,
    );
    expect(read(GOOD.replace('now: "It is softened."', 'now: "It says twelve, not 12."'))).toMatch(
      /→ now: states the number "12" directly\n {2}Fix: Say it in words/,
    );
    expect(read(GOOD.replace('  now: "It is softened."\n', ''))).toMatch(
      /→ now: missing\n  Fix: Add a line: now:/,
    );
    expect(
      read(GOOD.replace('  now: "It is softened."', '  now: "It is softened."\n  note: "extra"')),
    ).toMatch(
      /→ entry: unknown field "note"\n  Fix: Allowed fields: id, date, chapter, wrong, now/,
    );
    expect(read(GOOD.replace('- id: china-dek', '- id: middle-powers-year'))).toMatch(
      /is used twice \(first at line 1\)/,
    );
  });
});

describe('the update log and its feed', () => {
  const update = (
    chapter: string,
    date: string,
    line: number,
    anchor = `update-${date}`,
  ): ChapterUpdate => ({
    chapter,
    file: `content/chapters/${chapter}.mdx`,
    line,
    date,
    title: undefined,
    summary: `${chapter} ${date}.`,
    anchor,
  });
  const log = buildUpdateLog({
    updates: [
      update('opening', '2025-01-03', 54),
      update('china', '2026', 94),
      update('china', '2026-03-10', 120),
      update('draft', '2026-11', 3),
      update('opening', '2026-03-10', 80, 'update-2026-03-10'),
    ],
    chapters: [
      { id: 'opening', title: 'Opening', order: 1 },
      { id: 'china', title: 'China', order: 3 },
    ],
    corrections: parseCorrections(file(GOOD), { pages: PAGES, today: '2026-12-01' }),
    pages: [{ key: 'glossary', path: '/glossary/', label: 'Glossary' }],
  });

  it('lists published chapters’ updates newest first, chapters in reading order on a tie, drafts left out', () => {
    expect(log.updates.map((u) => u.path)).toEqual([
      '/opening/#update-2026-03-10',
      '/china/#update-2026-03-10',
      '/china/#update-2026',
      '/opening/#update-2025-01-03',
    ]);
  });

  it('links corrections to their entries and their pages', () => {
    expect(log.corrections[0]).toMatchObject({
      path: '/updates/#correction-middle-powers-year',
      pages: [
        { title: 'Opening', path: '/opening/' },
        { title: 'Glossary', path: '/glossary/' },
      ],
    });
  });

  it('gives the feed one item each, newest first, with absolute links and real dates', () => {
    const items = feedItems(log, (path) =>
      new URL(path, 'https://example.org/kz/').href.replace(
        'https://example.org/',
        'https://example.org/kz/',
      ),
    );
    expect(items).toHaveLength(log.updates.length + log.corrections.length);
    expect(items[0]).toMatchObject({
      title: 'Correction to Opening; Glossary',
      link: 'https://example.org/kz/updates/#correction-middle-powers-year',
      categories: ['Correction'],
    });
    expect(items.map((i) => i.pubDate.getTime())).toEqual(
      items.map((i) => i.pubDate.getTime()).sort((a, b) => b - a),
    );
    expect(items.find((i) => i.link.endsWith('#update-2026'))?.title).toBe(
      'What happened next: China (as of 2026)',
    );
  });

  it('dates a partial date by its first day', () => {
    expect(startOfPartialDate('2026').toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(startOfPartialDate('2025-05').toISOString()).toBe('2025-05-01T00:00:00.000Z');
    expect(startOfPartialDate('2024-07-04').toISOString()).toBe('2024-07-04T00:00:00.000Z');
  });
});
