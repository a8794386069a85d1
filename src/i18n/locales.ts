/**
 * The site's editions. English is the original and lives at the root; every
 * other edition lives under /<code>/ and translates content/chapters/<code>/.
 * A "draft" edition is checked for parity file by file but not yet published,
 * so a translation can land chapter by chapter; a published one must be complete.
 */
export const DEFAULT_LOCALE = 'en';

export const LOCALES = {
  en: { name: 'English', lang: 'en', status: 'published' },
  ru: { name: 'Русский', lang: 'ru', status: 'published' },
} as const satisfies Record<string, { name: string; lang: string; status: 'published' | 'draft' }>;

export type Locale = keyof typeof LOCALES;

/** The editions that translate the English, in the order the language switcher lists them. */
export const TRANSLATIONS = (Object.keys(LOCALES) as Locale[]).filter(
  (code) => code !== DEFAULT_LOCALE,
);
