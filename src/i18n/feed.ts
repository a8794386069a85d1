/** The feed of updates and corrections (RSS 2.0) for one edition, from the same list as its /updates/ page. */
import rss from '@astrojs/rss';
import { siteUpdateLog } from '../lib/chapter-meta.ts';
import { FEED_PATH, feedItems } from '../lib/update-log.ts';
import { editionDate } from './edition.ts';
import { localeInfo, type Locale } from './locales.ts';
import { localeHref } from './routes.ts';
import { ui } from './ui/index.ts';

export async function editionFeed(locale: Locale, site: URL | undefined): Promise<Response> {
  const t = ui(locale);
  const absolute = (path: string) => new URL(localeHref(locale, path), site).href;
  const items = feedItems(await siteUpdateLog(locale, t.pages), absolute, {
    ...t.feed,
    date: (iso) => editionDate(locale, iso),
  });
  const language = locale === 'en' ? 'en-gb' : localeInfo(locale).lang;
  return rss({
    title: t.site.feedTitle(t.site.title),
    description: t.feed.description,
    site: absolute('/'),
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${language}</language><atom:link href="${absolute(FEED_PATH)}" rel="self" type="application/rss+xml"/>`,
  });
}
