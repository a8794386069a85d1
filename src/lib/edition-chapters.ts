/** Every edition's chapter pages, for the routes that split them by figures ([chapter] and [text]). */
import { TRANSLATIONS } from '../i18n/locales.ts';
import { publishedChapters } from './chapter-meta.ts';
import { hasFigures, neighbours } from './chapters.ts';

export async function editionChapterPaths() {
  // The chapter count is the English one, so a draft edition still says "Глава 3 из 9".
  const total = (await publishedChapters('en')).length;
  const paths = [];
  for (const lang of TRANSLATIONS) {
    const chapters = await publishedChapters(lang);
    paths.push(
      ...chapters.map((chapter, index) => ({
        params: { lang, slug: chapter.slug },
        props: { chapter, total, locale: lang, ...neighbours(chapters, index) },
        figures: hasFigures(chapter.body),
      })),
    );
  }
  return paths;
}

/** The English chapter pages, at the root. */
export async function englishChapterPaths() {
  const chapters = await publishedChapters('en');
  return chapters.map((chapter, index) => ({
    slug: chapter.slug,
    props: { chapter, total: chapters.length, ...neighbours(chapters, index) },
    figures: hasFigures(chapter.body),
  }));
}
