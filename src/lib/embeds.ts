/** The embed pages of an edition: one per figure whose chapter that edition publishes. */
import { publishedChapters, type PublishedChapter } from './chapter-meta.ts';
import { FIGURES } from '../figures/index.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

export async function embedPaths(locale: Locale): Promise<
  Array<{
    params: { figure: string; lang?: Locale };
    props: { chapter: PublishedChapter; figure: string; locale: Locale };
  }>
> {
  const chapters = await publishedChapters(locale);
  return FIGURES.flatMap((figure) => {
    const chapter = chapters.find((c) => c.slug === figure.chapter);
    if (!chapter) return [];
    const params =
      locale === DEFAULT_LOCALE ? { figure: figure.id } : { figure: figure.id, lang: locale };
    return [{ params, props: { chapter, figure: figure.id, locale } }];
  });
}
