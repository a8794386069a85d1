/** Where each page's social card is built. Keys: 'index' (home), a chapter id, or a key of OG_PAGES. */

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The card's site path, e.g. ogImagePath('china') → '/og/china.png'. Pass the base for a fork
 * under a sub-path (as chapterPath does); og:image wants an absolute URL, so a page writes
 * `new URL(ogImagePath(key, import.meta.env.BASE_URL), Astro.site)`.
 */
export function ogImagePath(pageKey: string, base = '/'): string {
  if (!KEY.test(pageKey))
    throw new RangeError(
      `Not a social-card key: "${pageKey}" (use 'index', a chapter id or a page name)`,
    );
  return `${base.replace(/\/?$/, '/')}og/${pageKey}.png`;
}
