import { describe, expect, it } from 'vitest';
import { chapterPath, neighbours, orderChapters } from '../../src/lib/chapters.ts';
import { closest } from '../../src/lib/errors.ts';
import { sourceLabel, shortPublisher } from '../../src/lib/citation.ts';

const chapter = (id: string, order: number, draft = false) => ({
  id,
  filePath: `content/chapters/${id}.mdx`,
  data: { order, draft },
});

describe('chapter order', () => {
  it('sorts by order and leaves drafts out', () => {
    const ordered = orderChapters([
      chapter('china', 3),
      chapter('opening', 1),
      chapter('wip', 9, true),
      chapter('russia', 2),
    ]);
    expect(ordered.map((c) => c.id)).toEqual(['opening', 'russia', 'china']);
  });

  it('refuses two chapters with the same order, naming both files and a free number', () => {
    expect(() =>
      orderChapters([chapter('opening', 1), chapter('russia', 2), chapter('china', 2)]),
    ).toThrow(
      /content\/chapters\/china\.mdx — order: 2 is also the order of content\/chapters\/russia\.mdx\n {2}Fix: .*order: 3 is free/,
    );
  });

  it('links neighbours and builds stable paths', () => {
    const list = ['a', 'b', 'c'];
    expect(neighbours(list, 0)).toEqual({ previous: undefined, next: 'b' });
    expect(neighbours(list, 2)).toEqual({ previous: 'b', next: undefined });
    expect(chapterPath('china')).toBe('/china/');
    expect(chapterPath('china', '/kz')).toBe('/kz/china/');
  });
});

describe('helpers', () => {
  it('suggests close ids only', () => {
    expect(closest('corridor-2032', ['corridor-2023', 'visa-free-start'])).toBe('corridor-2023');
    expect(closest('zzz', ['corridor-2023'])).toBeUndefined();
  });

  it('labels sources briefly', () => {
    expect(sourceLabel({ publisher: 'The Astana Times', date: '2024-02-27' })).toBe(
      'The Astana Times, 27 Feb 2024',
    );
    expect(sourceLabel({ publisher: 'Kazinform' })).toBe('Kazinform, n.d.');
    expect(shortPublisher('TASS (repost on localglob.com)')).toBe('TASS');
  });
});
