/** The edition a content file belongs to, from its path: content/chapters/ru/china.mdx is Russian, everything else English. */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

export function chapterLocale(path: string | undefined): Locale {
  const code = path?.replace(/\\/g, '/').match(/\/chapters\/([^/]+)\/[^/]+\.mdx?$/)?.[1];
  return code && Object.hasOwn(LOCALES, code) ? (code as Locale) : DEFAULT_LOCALE;
}
