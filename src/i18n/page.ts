/**
 * What every page and component of an edition starts from: its interface words and a way to
 * turn a locale-neutral path into its own address, so no template spells that pairing again.
 */
import { localeHref } from './routes.ts';
import { ui } from './ui/index.ts';
import type { Locale } from './locales.ts';

/** The props of a page that one route renders for each edition. */
export interface EditionProps {
  locale: Locale;
}

export function editionWords(locale: Locale) {
  return { t: ui(locale), href: (path: string) => localeHref(locale, path) };
}
