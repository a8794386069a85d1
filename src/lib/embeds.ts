/** The embed pages of an edition: one per figure whose chapter that edition publishes. */
import { publishedChapters, type PublishedChapter } from './chapter-meta.ts';
import { FIGURES } from '../figures/index.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { ALL_LOCALES } from '../i18n/routes.ts';

export interface EmbedProps {
  chapter: PublishedChapter;
  figure: string;
  locale: Locale;
  /** Every edition with this embed (the ones that publish its chapter), for the alternates. */
  editions: Locale[];
}

export async function embedPaths(
  locale: Locale,
): Promise<Array<{ params: { figure: string; lang?: Locale }; props: EmbedProps }>> {
  const published = new Map(
    await Promise.all(
      ALL_LOCALES.map(async (code) => [code, await publishedChapters(code)] as const),
    ),
  );
  return FIGURES.flatMap((figure) => {
    const chapter = published.get(locale)!.find((c) => c.slug === figure.chapter);
    if (!chapter) return [];
    const editions = ALL_LOCALES.filter((code) =>
      published.get(code)!.some((c) => c.slug === figure.chapter),
    );
    const params =
      locale === DEFAULT_LOCALE ? { figure: figure.id } : { figure: figure.id, lang: locale };
    return [{ params, props: { chapter, figure: figure.id, locale, editions } }];
  });
}
