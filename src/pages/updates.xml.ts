/** The feed of updates and corrections (RSS 2.0), from the same list as /updates/. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteUpdateLog } from '../lib/chapter-meta.ts';
import { FEED_PATH, feedItems } from '../lib/update-log.ts';
import { SITE, href } from '../site.ts';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(href(path), site).href;
  const items = feedItems(await siteUpdateLog(), absolute);
  return rss({
    title: `${SITE.title}: updates and corrections`,
    description: 'Each dated “What happened next” in the chapters, and each correction, newest first.',
    site: absolute('/'),
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en-gb</language><atom:link href="${absolute(FEED_PATH)}" rel="self" type="application/rss+xml"/>`,
  });
};
