/** What links, shares and reference managers see: canonical URLs, social cards, sitemap, section links, security headers. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, readPage, requireDist, DIST } from '../support/dist.ts';
import { readChapters } from '../support/chapters.ts';
import { headersFor } from '../support/static-server.ts';
import { inlineHashes, metaPolicy } from '../../src/lib/csp.ts';

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];
const chapters = readChapters().map((c) => c.id);

describe('sharing and metadata', () => {
  beforeAll(requireDist);

  // 404 pages (/404.html, /ru/404/) answer at any missing address, so they have no canonical URL.
  it.each(builtPages().filter((p) => !/\/404(\.html|\/)$/.test(p)))(
    '%s has a canonical URL and a social card that exists',
    (path) => {
      const html = readPage(path);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (/\/embed\//.test(path)) {
        // An embed repeats part of its chapter: its canonical address is that chapter's.
        const chapter = canonical && new URL(canonical).pathname;
        expect(chapter).toMatch(/^\/(?:[a-z]{2}\/)?[a-z-]+\/$/);
        expect(builtPages()).toContain(chapter);
        expect(html).toContain(`<a href="${canonical}"`);
      } else expect(canonical && new URL(canonical).pathname).toBe(path);
      for (const key of [
        'og:title',
        'og:description',
        'og:url',
        'og:image',
        'og:image:alt',
        'twitter:card',
        'twitter:image',
      ])
        expect(meta(html, key), key).toBeTruthy();
      expect(
        existsSync(join(DIST, new URL(meta(html, 'og:image')!).pathname)),
        'the og:image file',
      ).toBe(true);
    },
  );

  it.each(chapters)('chapter %s gets its own card, article metadata and citation tags', (id) => {
    const html = readPage(`/${id}/`);
    expect(new URL(meta(html, 'og:image')!).pathname).toBe(`/og/${id}.png`);
    expect(meta(html, 'og:type')).toBe('article');
    expect(meta(html, 'citation_title')).toBeTruthy();
    expect(meta(html, 'citation_author')).toBeTruthy();
    expect(html).toContain('class="reading-progress"');
  });

  it('leaves no page but the storyboard out of search engines', () => {
    for (const path of builtPages()) {
      const html = readPage(path);
      if (/\/storyboard\/$/.test(path)) continue;
      expect(html, path).not.toMatch(/<meta name="robots" content="[^"]*noindex/);
    }
  });

  it('lists every page except search and 404 in the sitemap', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    const file = /<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/.exec(index)?.[1];
    const sitemap = readFileSync(join(DIST, file!), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    for (const id of chapters) expect(urls).toContain(`/${id}/`);
    for (const path of ['/', '/teachers/', '/glossary/', '/print/']) expect(urls).toContain(path);
    expect(urls).not.toContain('/search/');
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(
      /^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m,
    );
  });

  it.each(chapters)('chapter %s gives every section heading a link to itself', (id) => {
    const html = readPage(`/${id}/`);
    const headings = [...html.matchAll(/<h([23]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)];
    expect(headings.length).toBeGreaterThan(2);
    for (const [, , slug, inner] of headings) {
      if (slug === 'toc-title') continue;
      expect(inner, `#${slug}`).toMatch(
        new RegExp(`<a class="heading-anchor" href="#${slug}" aria-label="Link to the section`),
      );
    }
  });

  it('writes _headers with the CSP, HSTS, nosniff, referrer, permissions and frame-ancestors', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    const csp = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/script-src 'self'[^;]* 'sha256-/);
    expect(csp).not.toMatch(/unsafe-inline/);
    for (const header of [
      'Strict-Transport-Security',
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy',
      'Permissions-Policy',
    ])
      expect(headers).toContain(header);
    // Pages get the policy; scripts, styles, fonts and cards do not carry its 3 KB.
    expect(headersFor(headers, '/china/')['content-security-policy']).toMatch(
      /frame-ancestors 'none'/,
    );
    const font = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.woff2'))!;
    for (const asset of [`/_astro/${font}`, '/og/china.png'])
      expect(headersFor(headers, asset)['content-security-policy'], asset).toBeUndefined();
    // An SVG file draws only itself: a policy that allows nothing, not the pages' 3 KB one.
    for (const svg of [
      '/favicon.svg',
      '/stills/locator-map/kazakhstan.svg',
      '/ru/stills/locator-map/kazakhstan.svg',
      '/downloads/locator-map/kazakhstan.svg',
    ])
      expect(headersFor(headers, svg)['content-security-policy'], svg).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
    // Every page carries the same policy in a <meta>, which is what GitHub Pages (no _headers) relies on,
    // naming the hashes of exactly the inline scripts and styles the page has.
    for (const path of builtPages()) {
      const html = readPage(path);
      expect(html, path).toMatch(
        /<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/,
      );
      expect(new Set(metaPolicy(html)!.match(/'sha256-[^']+'/g)), path).toEqual(inlineHashes(html));
    }
  });
});
