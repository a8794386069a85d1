/** Internal links in built pages, and the ids they may point at: the build's link check works on these. */

export interface InternalLink {
  href: string;
  /** Site path of the target, e.g. /china/ (without the base path). */
  path: string;
  fragment: string;
}

/** Every <a href> in a page, in order. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** Every id a fragment can land on. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!));
}

/**
 * Resolves a link found on `page` (a site path such as /china/) to the site path it
 * targets, or undefined when it leaves the site (another origin, mailto:, …).
 */
export function resolveInternal(
  href: string,
  page: string,
  site: { origin: string; base: string },
): InternalLink | undefined {
  if (/^(mailto|tel|javascript|data):/i.test(href)) return undefined;
  const pageUrl = new URL(site.base.replace(/\/?$/, '') + page, site.origin);
  const url = new URL(href, pageUrl);
  if (url.origin !== new URL(site.origin).origin) return undefined;
  const base = site.base.replace(/\/?$/, '/');
  if (!url.pathname.startsWith(base))
    return { href, path: url.pathname, fragment: decodeURIComponent(url.hash.slice(1)) };
  return {
    href,
    path: `/${url.pathname.slice(base.length)}`,
    fragment: decodeURIComponent(url.hash.slice(1)),
  };
}
