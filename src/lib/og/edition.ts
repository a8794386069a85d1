/** Every social card of one edition: home, each published chapter and the other pages, in its words. */
import { publishedChapters } from '../chapter-meta.ts';
import { openingFor } from '../openings.ts';
import { stillPath } from '../../integrations/figure-downloads.ts';
import { localeHref } from '../../i18n/routes.ts';
import { loadLedger } from '../content-dir.ts';
import { getSource } from '../ledger.ts';
import { curlyQuotes } from '../typography.ts';
import { russianSpaces } from '../typography-ru.ts';
import { SITE } from '../../site.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { ui } from '../../i18n/ui/index.ts';
import type { CardContent } from './card.ts';
import { chapterCard, creditLine, homeCard, OG_PAGES, pageCard, type OgPageKey } from './pages.ts';

export async function editionCards(
  locale: Locale = DEFAULT_LOCALE,
): Promise<Array<[string, CardContent]>> {
  const t = ui(locale);
  // Chapter titles get the edition's own typesetting, as its pages do (ChapterPage.astro).
  const words = { words: t.card, typeset: locale === 'ru' ? russianSpaces : curlyQuotes };
  const site = { title: t.site.title, tagline: t.site.tagline };
  const chapters = await publishedChapters(locale);
  const english = locale === DEFAULT_LOCALE ? chapters : await publishedChapters();
  const credit = creditLine(getSource(loadLedger(), SITE.originalSourceId), words);
  const cards: Array<[string, CardContent]> = [
    ['index', homeCard(site, chapters.length, credit, words)],
    ...chapters.map((c): [string, CardContent] => {
      // The chapter page's opening still (ChapterPage.astro): a translation shows its original's choice.
      const chooser = english.find((e) => e.slug === c.slug) ?? c;
      const opening = openingFor(c.slug, chooser.data, `${chooser.id}.mdx`);
      const still = localeHref(locale, `/${stillPath(opening.figure, opening.state, 'desktop')}`);
      return [c.slug, { ...chapterCard(site, c, chapters.length, credit, words), still }];
    }),
    ...Object.keys(OG_PAGES).map((key): [string, CardContent] => [
      key,
      pageCard(site, key as OgPageKey, credit, words),
    ]),
  ];
  const clash = cards.map(([key]) => key).find((key, i, keys) => keys.indexOf(key) !== i);
  if (clash)
    throw new Error(
      `Two social cards want /og/${clash}.png: a chapter file is named like a page. Rename the chapter.`,
    );
  return cards;
}
