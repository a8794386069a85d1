import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, readPage, requireDist, DIST } from '../support/dist.ts';
import { readChapters } from '../support/chapters.ts';
import { nearestNotFound } from '../support/static-server.ts';
import { orderChapters } from '../../src/lib/chapters.ts';

// The chapters are the files in content/chapters, in their frontmatter order: no list names them.
const CHAPTERS = orderChapters(
  readChapters().map((c) => ({
    id: c.id,
    data: c.frontmatter as { order: number; draft?: boolean },
  })),
).map((c) => c.id);
const ORIGINAL_URL =
  'https://thegeopolitics.com/kazakhstans-balancing-act-with-russia-china-and-the-west/';

const hrefs = (html: string) =>
  [...html.matchAll(/\shref="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('the built site', () => {
  beforeAll(requireDist);

  it('generates every page', () => {
    const pages = builtPages();
    for (const path of [
      '/',
      '/404.html',
      '/about/',
      '/sources/',
      '/facts/',
      ...CHAPTERS.map((c) => `/${c}/`),
    ]) {
      expect(pages, `missing page ${path}`).toContain(path);
    }
  });

  it('answers a missing Russian address with the Russian not-found page, as a static host looks for it', () => {
    const page = readPage('/ru/404.html');
    expect(page).toMatch(/<html[^>]* lang="ru"/);
    expect(page).toContain('Страница не найдена');
    expect(nearestNotFound(DIST, '/ru/no-such-page/')).toBe(join(DIST, 'ru', '404.html'));
    expect(nearestNotFound(DIST, '/no-such-page/')).toBe(join(DIST, '404.html'));
  });

  it('lists the chapters on the home page in order, with summaries and reading times', () => {
    const home = readPage('/');
    const listed = hrefs(home)
      .filter((h) => CHAPTERS.includes(h.replaceAll('/', '')))
      .map((h) => h.replaceAll('/', ''));
    // The header menu lists them too; the home list is the second run.
    expect(listed.slice(-CHAPTERS.length)).toEqual(CHAPTERS);
    expect(home.match(/\d+ min read/g)?.length).toBe(CHAPTERS.length);
  });

  it.each(CHAPTERS.map((id, i) => [id, i] as const))(
    'chapter %s has its furniture: number, reading time, review date, credit, contents, pager',
    (id, index) => {
      const html = readPage(`/${id}/`);
      expect(html).toContain(`Chapter ${index + 1} of ${CHAPTERS.length}`);
      expect(html).toMatch(/\d+ min read/);
      expect(html).toMatch(/Last reviewed <time datetime="\d{4}-\d{2}-\d{2}"/);
      expect(html).toContain(ORIGINAL_URL);
      expect(html).toContain('In this chapter');
      const previous = CHAPTERS[index - 1];
      const next = CHAPTERS[index + 1];
      if (previous) expect(html).toContain(`href="/${previous}/" rel="prev"`);
      if (next) expect(html).toContain(`href="/${next}/" rel="next"`);
    },
  );

  it('renders every chapter component, leaving no raw MDX behind', () => {
    for (const id of CHAPTERS) {
      const html = readPage(`/${id}/`);
      expect(html).not.toMatch(/<(Fact|Cite|WhatHappenedNext|SourcesDiffer|WhoseView)\b/);
      expect(html).toContain('class="fact"');
      expect(html).toContain('What happened next');
    }
  });

  it('credits the original article on every page', () => {
    for (const path of builtPages()) expect(readPage(path), path).toContain(ORIGINAL_URL);
  });

  it('has no internal link that goes nowhere', () => {
    const broken: string[] = [];
    for (const path of builtPages()) {
      const html = readPage(path);
      for (const link of hrefs(html)) {
        if (/^(https?:|mailto:)/.test(link)) continue;
        const [target, anchor] = link.split('#') as [string, string | undefined];
        const targetPath = target === '' ? path : target;
        const file = targetPath.endsWith('/')
          ? join(DIST, targetPath, 'index.html')
          : join(DIST, targetPath);
        if (!existsSync(file)) {
          broken.push(`${path} → ${link}`);
          continue;
        }
        if (
          anchor &&
          !readPage(targetPath.endsWith('/') ? targetPath : targetPath).includes(`id="${anchor}"`)
        )
          broken.push(`${path} → ${link} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("ships the search engine but not Pagefind's unused ready-made interfaces", () => {
    for (const file of ['pagefind.js', 'pagefind-entry.json', 'pagefind-worker.js'])
      expect(existsSync(join(DIST, 'pagefind', file)), file).toBe(true);
    for (const file of [
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-component-ui.js',
      'pagefind-highlight.js',
    ])
      expect(existsSync(join(DIST, 'pagefind', file)), file).toBe(false);
  });
});
