import { mkdirSync, writeFileSync } from 'node:fs';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, DIST, readPage, requireDist } from '../support/dist.ts';
import { serveStatic } from '../support/static-server.ts';

/**
 * Two link gates on the built site, independent of the one in site.test.ts
 * (which reads each page's href attributes as text and looks for the target
 * file and an `id="…"` string in dist/):
 *
 * - linkinator crawls the site over HTTP from every page, as a browser would
 *   resolve it, and checks every URL a page refers to (a, link, script, img,
 *   srcset, meta content such as og:image, JSON-LD), the status each returns,
 *   and each #fragment against the ids and names the target page really has.
 *   Absolute links to the site's own address (canonical, social images, the
 *   print edition's links) are sent to the local server; other origins are
 *   skipped, since the machines have no internet.
 * - The external-link report lists every link to another origin with the pages
 *   that use it (test-results/external-links.md, git-ignored) and checks that
 *   every link opening a new tab carries rel="noopener noreferrer".
 */

/** The site's own origin and base, as the build wrote them into the home page's canonical link. */
function siteAddress(): URL {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readPage('/'))?.[1];
  if (!canonical)
    throw new Error('dist/index.html has no <link rel="canonical">; cannot tell the site address.');
  return new URL(canonical);
}

const decode = (value: string) =>
  value.replace(
    /&(amp|quot|lt|gt|#39|#x27);/g,
    (_, e: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[e]!,
  );

interface Anchor {
  tag: string;
  attrs: Map<string, string>;
}

/** The <a>, <area> and <link> start tags of a page, with their attributes (Astro writes well-formed HTML). */
function linkTags(html: string): Anchor[] {
  const found: Anchor[] = [];
  for (const tag of html.matchAll(/<(a|area|link)\b((?:"[^"]*"|'[^']*'|[^'">])*)>/gi)) {
    const attrs = new Map<string, string>();
    for (const a of tag[2]!.matchAll(
      /\s([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
    )) {
      attrs.set(a[1]!.toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    found.push({ tag: tag[1]!.toLowerCase(), attrs });
  }
  return found;
}

describe('links (linkinator, served over HTTP)', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    requireDist();
    server = await serveStatic(DIST);
  });
  afterAll(() => server?.close());

  it('has no broken internal link or #fragment on any page', async () => {
    const local = new URL(server.url);
    const site = siteAddress();
    const isOurs = (url: string) => {
      const origin = new URL(url).origin;
      return origin === local.origin || origin === site.origin;
    };
    const checker = new LinkChecker();
    const result = await checker.check({
      // Every page, not only the home page, so pages nothing links to (404, search) are checked too.
      path: builtPages().map((page) => new URL(page, server.url).href),
      recurse: true,
      checkFragments: true,
      linksToSkip: async (url) => !isOurs(url),
      // The site's absolute address (http://localhost:4321 unless SITE_URL says otherwise) is this server.
      urlRewriteExpressions: [
        {
          pattern: new RegExp(`^${site.origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=/|$)`),
          replacement: local.origin,
        },
      ],
      redirects: 'error',
      timeout: 10_000,
    });
    const show = (url: string) => url.replace(local.origin, '');
    const broken = result.links
      .filter((link: LinkResult) => link.state === LinkState.BROKEN)
      .map((link) => {
        const why =
          link.url.includes('#') && link.status === 200
            ? 'the page has no element with that id'
            : link.status
              ? `HTTP ${link.status}`
              : (link.failureDetails
                  ?.map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`))
                  .join('; ') ?? 'failed');
        return `${show(link.parent ?? '?')} → ${show(link.url)} (${why})`;
      });
    expect(broken, `linkinator found broken links:\n${broken.join('\n')}`).toEqual([]);

    // Make sure the crawl really ran: every page was reached, and fragments were among the links checked.
    const checked = result.links
      .filter((link) => link.state === LinkState.OK)
      .map((link) => show(link.url));
    for (const page of builtPages())
      expect(checked, `linkinator never reached ${page}`).toContain(page);
    expect(checked.some((url) => url.startsWith('/facts/'))).toBe(true);
    expect(
      result.links.filter((link) => link.state === LinkState.SKIPPED).length,
      'no external link was seen, so the skip rule is untested',
    ).toBeGreaterThan(0);
  });
});

describe('external links', () => {
  beforeAll(requireDist);

  it('are listed in test-results/external-links.md, and every new-tab link has rel="noopener noreferrer"', () => {
    const site = siteAddress();
    const uses = new Map<string, Set<string>>();
    const newTabProblems: string[] = [];
    for (const page of builtPages()) {
      const pageUrl = new URL(page, site);
      for (const { tag, attrs } of linkTags(readPage(page))) {
        const raw = attrs.get('href');
        if (raw === undefined) continue;
        if (tag !== 'link') {
          const target = attrs.get('target');
          const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
          if (target === '_blank' && !(rel.includes('noopener') && rel.includes('noreferrer'))) {
            newTabProblems.push(
              `${page}: <${tag} href="${raw}" target="_blank"> has rel="${attrs.get('rel') ?? ''}"; it needs rel="noopener noreferrer"`,
            );
          }
        }
        let url: URL;
        try {
          url = new URL(raw, pageUrl);
        } catch {
          continue; // A malformed address is the link checkers' business.
        }
        if (!/^https?:$/.test(url.protocol) || url.origin === site.origin) continue;
        if (!uses.has(url.href)) uses.set(url.href, new Set());
        uses.get(url.href)!.add(page);
      }
    }

    const urls = [...uses.keys()].sort();
    const insecure = urls.filter((u) => u.startsWith('http://'));
    const hosts = new Set(urls.map((u) => new URL(u).hostname));
    const list = (u: string) =>
      `- <${u}>\n${[...uses.get(u)!]
        .sort()
        .map((p) => `  - \`${p}\``)
        .join('\n')}`;
    const report = [
      '# External links in dist/',
      '',
      `${urls.length} distinct addresses on ${hosts.size} hosts, linked from the built pages. The site's own address (${site.origin}) is not counted. They are not fetched here: the test machines have no internet.`,
      '',
      `## Plain http:// links (${insecure.length})`,
      '',
      insecure.length ? 'Check whether each of these has an https:// address.' : 'None.',
      '',
      ...insecure.map(list),
      '',
      `## Every external link, with the pages that use it (${urls.length})`,
      '',
      ...urls.map(list),
      '',
    ].join('\n');
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/external-links.md', report);

    expect(
      urls.length,
      'no external links found at all; the credit to the original article should be one',
    ).toBeGreaterThan(0);
    expect(newTabProblems, newTabProblems.join('\n')).toEqual([]);
  });
});
