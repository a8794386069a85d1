/** The start every view shares: the edition's words and addresses, and the chapters it has published. */
import { publishedChapters } from '../lib/chapter-meta.ts';
import { loadEditionGuide } from '../lib/content-dir.ts';
import { editionWords } from '../i18n/page.ts';
import type { Locale } from '../i18n/locales.ts';

export async function editionPage(locale: Locale) {
  return { locale, ...editionWords(locale), chapters: await publishedChapters(locale) };
}

/** An edition's teacher guide, checked against the English chapters (which every edition translates). */
export async function editionGuide(locale: Locale) {
  return loadEditionGuide(
    locale,
    (await publishedChapters('en')).map((c) => c.slug),
  );
}
