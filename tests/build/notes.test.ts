/**
 * Each chapter's note markers and its notes list agree: markers are numbered in order of
 * first appearance, a source cited again keeps its number, every number has exactly one
 * entry in the list (in order, for the same source) with a link back to its first marker,
 * and every source the chapter cites is in the list. The print edition keeps every
 * chapter's list, with ids that do not collide.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, readPage, requireDist } from '../support/dist.ts';
import { readChapters } from '../support/chapters.ts';
import { citeIdsIn } from '../../src/lib/usage.ts';

requireDist();
const chapters = readChapters().filter((c) => existsSync(join(DIST, c.id, 'index.html')));

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

interface Marker {
  href: string;
  id?: string;
  source: string;
}

/** The note markers of a page (or of one chapter's part of the print edition), in document order. */
function markers(html: string): Marker[] {
  return [...html.matchAll(/<a\s[^>]*class="note-ref[^"]*"[^>]*>/g)].map(([tag]) => ({
    href: attr(tag, 'href')!,
    id: attr(tag, 'id'),
    source: attr(tag, 'data-source')!,
  }));
}

/** The entries of the notes list, in order: their id, source and back-link. */
function notes(html: string): Array<{ id: string; source: string; back: string }> {
  const list = /<section class="notes"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  return [...list.matchAll(/<li\s[^>]*>[\s\S]*?<\/li>/g)].map(([li]) => {
    const open = /<li\s[^>]*>/.exec(li)![0];
    return {
      id: attr(open, 'id')!,
      source: attr(open, 'data-source')!,
      back: /<a class="notes__back" href="([^"]+)"/.exec(li)?.[1] ?? '',
    };
  });
}

/** Checks one chapter's markers against its list; `prefix` is the print edition's id scope ("china--"). */
function checkChapter(html: string, cited: string[], prefix = ''): void {
  const found = markers(html);
  const list = notes(html);
  expect(found.length, 'a marker for every citation').toBe(cited.length);
  const numberOf = new Map<string, number>();
  found.forEach((m, i) => {
    const match = new RegExp(`^#${prefix}note-(\\d+)$`).exec(m.href);
    expect(match, `marker ${i + 1} links to a note: ${m.href}`).not.toBeNull();
    const n = Number(match![1]);
    expect(m.source, `marker ${i + 1} cites what the chapter cites`).toBe(cited[i]);
    if (!numberOf.has(m.source)) {
      // First citation of a source: the next number, and the id the list links back to.
      expect(n, `the first citation of ${m.source} takes the next number`).toBe(numberOf.size + 1);
      expect(m.id).toBe(`${prefix}note-ref-${n}`);
      numberOf.set(m.source, n);
    } else {
      expect(n, `${m.source} cited again keeps its number`).toBe(numberOf.get(m.source));
      expect(m.id, 'only the first marker of a note has the id').toBeUndefined();
    }
  });
  expect(list.map((l) => l.id)).toEqual([...numberOf.values()].map((n) => `${prefix}note-${n}`));
  expect(list.map((l) => l.source)).toEqual([...numberOf.keys()]);
  expect(list.map((l) => l.back)).toEqual(
    [...numberOf.values()].map((n) => `#${prefix}note-ref-${n}`),
  );
  expect(
    new Set(list.map((l) => l.source)),
    'every source the chapter cites is in its notes',
  ).toEqual(new Set(cited));
}

describe('note markers and notes lists', () => {
  it('has chapters to check', () => {
    expect(chapters.length).toBeGreaterThan(0);
  });

  it.each(chapters.map((c) => [c.id, c] as const))(
    '/%s/: the notes list matches the markers',
    (_id, chapter) => {
      const html = readPage(`/${chapter.id}/`);
      const cited = citeIdsIn(chapter.body);
      checkChapter(html, cited);
      if (cited.length === 0) expect(html).not.toContain('class="notes"');
      else expect(html).toMatch(/<h2 id="notes"[^>]*>Notes(<a [^>]*>[^<]*<\/a>)?<\/h2>/);
    },
  );

  it('the print edition carries each chapter’s notes in full, under ids of its own', () => {
    const html = readPage('/print/');
    const parts = html.split(/<article class="print-chapter"/).slice(1);
    const printed = chapters.filter((c) => html.includes(`<h2 id="${c.id}"`));
    expect(parts.length).toBe(printed.length);
    for (const part of parts) {
      const id = /<h2 id="([^"]+)"/.exec(part)![1]!;
      const chapter = chapters.find((c) => c.id === id)!;
      checkChapter(part, citeIdsIn(chapter.body), `${id}--`);
      // Full references: each entry has the source's title as a link with its address (and no
      // stop of ours after a title that ends in a question mark).
      for (const li of (/<ol class="notes__list"[\s\S]*?<\/ol>/.exec(part)?.[0] ?? '').matchAll(
        /<li[\s\S]*?<\/li>/g,
      ))
        expect(li[0]).toMatch(
          /<a href="https?:\/\/[^"]+">(?:[^<]+<\/a>\.|[^<]+[?!]<\/a>) [^<]+, [^<]+\./,
        );
    }
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length - new Set(ids).size, 'duplicate ids on the print page').toBe(0);
  });
});
