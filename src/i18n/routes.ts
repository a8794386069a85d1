/**
 * Where each edition's pages live: English at the root, every other edition
 * under /<code>/. Pages pass around locale-neutral paths ("/china/") and turn
 * them into addresses here, so a new edition needs no new route files.
 */
import { localeInfo, DEFAULT_LOCALE, LOCALES, TRANSLATIONS, type Locale } from './locales.ts';

export const isLocale = (code: string | undefined): code is Locale =>
  code !== undefined && Object.hasOwn(LOCALES, code);

/** "/china/" in an edition: "/china/" (English), "/ru/china/". Without the site's base. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === DEFAULT_LOCALE ? clean : `/${locale}${clean}`;
}

/** Splits an address (without the base) into its edition and the locale-neutral path. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2,3}(?:-[a-z0-9]+)?)(\/.*|$)/i.exec(pathname);
  if (match && match[1] !== DEFAULT_LOCALE && isLocale(match[1]))
    return { locale: match[1], path: match[2] || '/' };
  return { locale: DEFAULT_LOCALE, path: pathname };
}

/** The edition of the page being rendered, from its address. */
export function localeOf(url: URL, base = import.meta.env.BASE_URL): Locale {
  const prefix = base.replace(/\/$/, '');
  const pathname =
    prefix && url.pathname.startsWith(prefix)
      ? url.pathname.slice(prefix.length) || '/'
      : url.pathname;
  return splitLocale(pathname).locale;
}

/** getStaticPaths for the routes under src/pages/[lang]/: one page per translated edition. */
export function translationPaths(): Array<{ params: { lang: Locale }; props: { locale: Locale } }> {
  return TRANSLATIONS.map((lang) => ({ params: { lang }, props: { locale: lang } }));
}

/** Every edition, English first. */
export const ALL_LOCALES = [DEFAULT_LOCALE, ...TRANSLATIONS] as Locale[];

/** The BCP 47 tag for <html lang> and hreflang. */
export const langTag = (locale: Locale): string =>
  locale === 'en' ? 'en-GB' : localeInfo(locale).lang;

/** An edition's address with the site's base: localeHref('ru', '/china/') is "/ru/china/" (or "/<base>/ru/china/"). */
export function localeHref(locale: Locale, path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${localePath(locale, path)}`;
}

/** The address without the base, for splitLocale. */
export function withoutBase(pathname: string, base = import.meta.env.BASE_URL): string {
  const prefix = base.replace(/\/$/, '');
  return prefix && pathname.startsWith(prefix) ? pathname.slice(prefix.length) || '/' : pathname;
}
