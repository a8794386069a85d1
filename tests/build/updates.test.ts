/**
 * The /updates/ page, its feed and the honest dates on chapters, read from dist/.
 * The feed goes through a real feed parser, as a reader's app would read it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadUpdates } from '../../src/lib/content-dir.ts';
import { formatPartialDate } from '../../src/lib/dates.ts';
import { newestDate } from '../../src/lib/updates.ts';
import { builtPages, DIST, isEmbed, readPage, requireDist } from '../support/dist.ts';

// Embeds (/embed/<figure>/) and the storyboard are bare by design: no site header or footer to carry these links.
const pagesWithChrome = () =>
  builtPages().filter((path) => !isEmbed(path) && path !== '/storyboard/');
import { readChapters } from '../support/chapters.ts';

const SITE = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '');
const published = readChapters().filter((c) => !(c.frontmatter as { draft?: boolean }).draft);
const updates = loadUpdates().filter((u) => published.some((c) => c.id === u.chapter));
const corrections = parse(readFileSync('content/data/corrections.yaml', 'utf8')) as Array<{
  id: string;
  date: Date | string;
}>;
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

describe('updates and corrections', () => {
  beforeAll(requireDist);

  it('lists every update and every correction on /updates/, updates newest first', () => {
    const html = readPage('/updates/');
    const section = html.slice(
      html.indexOf('id="what-happened-next"'),
      html.indexOf('id="corrections"'),
    );
    const dates = [...section.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]!);
    expect(dates).toHaveLength(updates.length);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const c of corrections) expect(html).toContain(`id="correction-${c.id}"`);
  });

  it('links each update to its box on the chapter page', () => {
    const html = readPage('/updates/');
    const links = [...html.matchAll(/href="\/([a-z-]+)\/#(update-[^"]+)"/g)].map(
      (m) => [m[1]!, m[2]!] as const,
    );
    expect(links).toHaveLength(updates.length);
    for (const [chapter, anchor] of links) {
      const page = readPage(`/${chapter}/`);
      expect(ids(page).has(anchor), `/${chapter}/#${anchor}`).toBe(true);
      expect(page).toMatch(new RegExp(`class="callout callout--next"[^>]*id="${anchor}"`));
    }
  });

  it('has a feed that a feed parser reads: every item, with dates and absolute links', () => {
    const file = join(DIST, 'updates.xml');
    expect(existsSync(file)).toBe(true);
    const feed = parseFeed(readFileSync(file, 'utf8'));
    expect(feed.title).toMatch(/updates and corrections/);
    expect(feed.url).toBe(`${SITE}/`);
    expect(feed.self).toBe(`${SITE}/updates.xml`);
    expect(feed.items).toHaveLength(updates.length + corrections.length);
    const times = feed.items.map((item) => item.published?.getTime() ?? NaN);
    expect(times.every(Number.isFinite)).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const item of feed.items) {
      expect(item.title).toBeTruthy();
      expect(item.description).toBeTruthy();
      expect(item.url, item.title ?? '').toMatch(
        new RegExp(`^${SITE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[a-z-]+/#(update|correction)-`),
      );
    }
    const links = feed.items.map((item) => item.url);
    expect(new Set(links).size).toBe(links.length);
    expect(feed.items.filter((item) => item.url?.includes('#correction-'))).toHaveLength(
      corrections.length,
    );
  });

  it('is linked from every page’s head and footer', () => {
    for (const path of pagesWithChrome()) {
      const html = readPage(path);
      // Each edition links its own feed and updates page: /updates.xml, /ru/updates.xml.
      const prefix = path.startsWith('/ru/') ? '/ru' : '';
      expect(html, path).toContain(`<link rel="alternate" type="application/rss+xml" title="`);
      expect(html, path).toMatch(
        new RegExp(
          `<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${prefix}/updates\\.xml">`,
        ),
      );
      const footer = html.slice(html.indexOf('<footer class="site-footer"'));
      expect(footer, path).toContain(`href="${prefix}/updates.xml"`);
      expect(footer, path).toContain(`href="${prefix}/updates/"`);
    }
  });
});

describe('honest dates and the licence', () => {
  beforeAll(requireDist);

  it.each(published.map((c) => c.id))(
    'chapter %s says how far its story reaches, from its newest update',
    (id) => {
      const newest = newestDate(updates.filter((u) => u.chapter === id).map((u) => u.date))!;
      expect(readPage(`/${id}/`)).toContain(`Covers events up to <time datetime="${newest}"`);
      expect(readPage(`/${id}/`)).toContain(`>${formatPartialDate(newest)}</time>`);
    },
  );

  it('states the licence in every footer, and how to credit and the privacy note on /about/', () => {
    for (const path of pagesWithChrome())
      expect(readPage(path), path).toMatch(
        path.startsWith('/ru/')
          ? /CC BY 4\.0<\/a>, кроме цитат[\s\S]*Код: MIT/
          : /CC BY 4\.0<\/a>, except quotations[\s\S]*Code: MIT/,
      );
    const about = readPage('/about/');
    for (const id of ['licence', 'privacy', 'corrections'])
      expect(ids(about).has(id), id).toBe(true);
    expect(about).toContain('https://creativecommons.org/licenses/by/4.0/');
    expect(about).toMatch(/no analytics[\s\S]*no cookies/);
    expect(about).toMatch(/local storage/);
    expect(existsSync('LICENSE') && existsSync('LICENSE-CONTENT')).toBe(true);
    expect(readFileSync('LICENSE-CONTENT', 'utf8')).toContain(
      'https://creativecommons.org/licenses/by/4.0/legalcode',
    );
  });

  it('links every page to "Suggest a correction", and chapters to "Edit this page", when REPO_URL is set', () => {
    if (!process.env.REPO_URL) return;
    for (const path of pagesWithChrome())
      expect(readPage(path), path).toMatch(
        /href="[^"]+\/issues\/new\?title=Correction[^"]*&amp;body=Page%3A%20http[^"]*" data-repo-link="correction"/,
      );
    for (const c of published)
      expect(readPage(`/${c.id}/`)).toMatch(
        new RegExp(`/edit/[^/"]+/content/chapters/${c.id}\\.mdx" data-repo-link="edit"`),
      );
  });

  it('leaves out "Suggest a correction" and "Edit this page" when REPO_URL is unset', () => {
    if (process.env.REPO_URL) return;
    for (const path of pagesWithChrome())
      expect(readPage(path), path).not.toMatch(
        /data-repo-link|Suggest a correction|Edit this page/,
      );
  });
});
