import { describe, expect, it } from 'vitest';
import {
  compareNewestFirst,
  firstSentence,
  isAfter,
  newestDate,
  readChapterUpdates,
  splitFrontmatter,
  todayUtc,
  updateAnchors,
  updateDateProblem,
} from '../../src/lib/updates.ts';
import { loadUpdates } from '../../src/lib/content-dir.ts';
import { readChapters } from '../support/chapters.ts';

const facts: Record<string, string> = { 'corridor-2024': '4.5 Mt', 'corridor-2025': '4.12 Mt' };
const factText = (id: string) => facts[id];

const CHAPTER = `---
title: "A chapter"
lastReviewed: 2026-11-29
---

Intro.

<WhatHappenedNext date="2026-03-10">

The ministry gave <Fact id="corridor-2024"/> for 2024 <Cite id="astanatimes-2026-03-titr"/>. Then it fell to <Fact id="corridor-2025"/>.

</WhatHappenedNext>

<WhatHappenedNext date="2024-07-04">

**SCO.** Astana hosted the summit. Belarus joined.

</WhatHappenedNext>

<WhatHappenedNext date="2026-03-10" title="A second box on the same day">

Text.

</WhatHappenedNext>
`;

describe('reading updates from a chapter', () => {
  const updates = readChapterUpdates(CHAPTER, {
    chapter: 'middle-corridor',
    file: 'content/chapters/middle-corridor.mdx',
    factText,
  });

  it('finds every dated box, with the line of its opening tag', () => {
    expect(updates.map((u) => [u.date, u.line])).toEqual([
      ['2026-03-10', 8],
      ['2024-07-04', 14],
      ['2026-03-10', 20],
    ]);
  });

  it('gives each box a stable anchor, de-duplicated within the chapter', () => {
    expect(updates.map((u) => u.anchor)).toEqual([
      'update-2026-03-10',
      'update-2024-07-04',
      'update-2026-03-10-2',
    ]);
    expect(updateAnchors(['2025', '2025', undefined, 'not a date', '2025'])).toEqual([
      'update-2025',
      'update-2025-2',
      'update',
      'update-2',
      'update-2025-3',
    ]);
  });

  it('sums a box up as its title or its first sentence, with facts printed and citations left out', () => {
    expect(updates[0]!.summary).toBe('The ministry gave 4.5 Mt for 2024.');
    expect(updates[1]!.summary).toBe('SCO. Astana hosted the summit.');
    expect(updates[2]!.summary).toBe('A second box on the same day');
  });

  it('keeps line numbers when it blanks out the frontmatter', () => {
    const { frontmatter, body } = splitFrontmatter(CHAPTER);
    expect(frontmatter.title).toBe('A chapter');
    expect(body.split('\n').length).toBe(CHAPTER.split('\n').length);
  });

  it('leaves out boxes without a valid date (the build check reports them)', () => {
    const bad = readChapterUpdates(
      '<WhatHappenedNext date="2024-13">\n\nText.\n\n</WhatHappenedNext>\n',
      { chapter: 'x', file: 'x.mdx', factText },
    );
    expect(bad).toEqual([]);
  });
});

describe('first sentences', () => {
  it('stops at the first full stop followed by a new sentence', () => {
    expect(firstSentence('Trade rose 2.5% in 2024. It fell later.')).toBe(
      'Trade rose 2.5% in 2024.',
    );
    expect(firstSentence('He said "yes." Then he left.')).toBe('He said "yes."');
    expect(firstSentence('No full stop at all')).toBe('No full stop at all');
  });

  it('cuts a very long sentence at a word', () => {
    const long = `${'word '.repeat(80)}end.`;
    const cut = firstSentence(long, 50);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('dates of updates', () => {
  it('orders newest first, and finds the newest', () => {
    expect(['2024-07-04', '2026', '2026-03-10', '2025-01'].sort(compareNewestFirst)).toEqual([
      '2026-03-10',
      '2026',
      '2025-01',
      '2024-07-04',
    ]);
    expect(newestDate(['2024-07-04', '2026-03-10', '2025'])).toBe('2026-03-10');
    expect(newestDate([])).toBeUndefined();
  });

  it('treats a partial date as after a day only when its first day is', () => {
    expect(isAfter('2026-12', '2026-11-29')).toBe(true);
    expect(isAfter('2026', '2026-11-29')).toBe(false);
    expect(isAfter('2026-11-29', '2026-11-29')).toBe(false);
    expect(isAfter('2026-11-30', '2026-11-29')).toBe(true);
  });

  it('names what is wrong with a date, and the fix', () => {
    const ctx = { today: '2026-12-01', lastReviewed: '2026-11-29' };
    expect(updateDateProblem(undefined, ctx)?.problem).toBe('is missing');
    expect(updateDateProblem('10/03/2026', ctx)?.problem).toBe('"10/03/2026" is not a date');
    expect(updateDateProblem('2026-02-30', ctx)?.problem).toBe('"2026-02-30" is not a date');
    expect(updateDateProblem('2027-01', ctx)?.problem).toMatch(
      /is in the future \(the build ran on 2026-12-01\)/,
    );
    expect(updateDateProblem('2026-11-30', ctx)?.problem).toMatch(
      /newer than the chapter's lastReviewed \(2026-11-29\)/,
    );
    expect(updateDateProblem('2026-11-30', ctx)?.fix).toMatch(/set lastReviewed: 2026-12-01/);
    expect(updateDateProblem('2026-11', ctx)).toBeUndefined();
    expect(updateDateProblem('2026-12-01', { today: '2026-12-01' })).toBeUndefined();
    expect(todayUtc(new Date('2026-12-01T23:59:00Z'))).toBe('2026-12-01');
  });
});

describe('the chapters as written', () => {
  const updates = loadUpdates();

  it('have at least one dated update each, none newer than the chapter’s lastReviewed', () => {
    for (const chapter of readChapters()) {
      const own = updates.filter((u) => u.chapter === chapter.id);
      expect(own.length, chapter.id).toBeGreaterThan(0);
      const reviewed = (chapter.frontmatter as { lastReviewed: Date | string }).lastReviewed;
      const day = reviewed instanceof Date ? reviewed.toISOString().slice(0, 10) : String(reviewed);
      expect(own.filter((u) => isAfter(u.date, day)).map((u) => `${u.file}:${u.line}`)).toEqual([]);
    }
  });

  it('give every update a non-empty summary and an anchor unique within its chapter', () => {
    for (const u of updates) expect(u.summary.length, `${u.file}:${u.line}`).toBeGreaterThan(10);
    const keys = updates.map((u) => `${u.chapter}#${u.anchor}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
