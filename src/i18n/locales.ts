/**
 * The site's editions. English is the original and lives at the root; every
 * other edition lives under /<code>/ and is declared by its content folder:
 * content/i18n/<code>/locale.yaml, beside the edition's words, with
 * content/chapters/<code>/ for its chapters and src/i18n/ui/<code>.ts for its
 * interface words. No list here needs editing to add one.
 * A "draft" edition is checked for parity file by file but not yet published,
 * so a translation can land chapter by chapter; a published one must be complete.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const DEFAULT_LOCALE = 'en';

/** An edition's code: "en", "ru", the name of its folder under content/i18n/. */
export type Locale = string;

export interface LocaleInfo {
  /** The language's own name, for the switcher: "Русский". */
  name: string;
  /** The BCP 47 tag for lang and hreflang: "ru". */
  lang: string;
  status: 'published' | 'draft';
  /** Which extra font files its pages preload (see Base.astro); Latin needs none. */
  script: 'latin' | 'cyrillic';
}

const ENGLISH: LocaleInfo = { name: 'English', lang: 'en', status: 'published', script: 'latin' };

/** Reads content/i18n/<code>/locale.yaml; a missing or wrong field fails the build with the fix. */
function readLocale(dir: string, code: string): LocaleInfo {
  const path = join(dir, code, 'locale.yaml');
  const shown = `content/i18n/${code}/locale.yaml`;
  const data = (parse(readFileSync(path, 'utf8')) ?? {}) as Record<string, unknown>;
  const fail = (field: string, problem: string, fix: string): never => {
    throw new Error(`${shown} — ${field}: ${problem}\n  Fix: ${fix}`);
  };
  const name = data.name;
  if (typeof name !== 'string' || !name.trim())
    fail('name', 'is missing', 'Add name: "Русский", the language as its readers write it.');
  const lang = data.lang ?? code;
  if (typeof lang !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang))
    fail('lang', `"${String(lang)}" is not a language tag`, 'Use a BCP 47 tag, e.g. lang: ru.');
  const status = data.status ?? 'draft';
  if (status !== 'published' && status !== 'draft')
    fail(
      'status',
      `"${String(status)}" is not a status`,
      'Use status: published or status: draft.',
    );
  const script = data.script ?? 'latin';
  if (script !== 'latin' && script !== 'cyrillic')
    fail('script', `"${String(script)}" has no fonts`, 'Use script: latin or script: cyrillic.');
  const known = ['name', 'lang', 'status', 'script'];
  const extra = Object.keys(data).find((k) => !known.includes(k));
  if (extra) fail(extra, 'is not a field', `Use only ${known.join(', ')}.`);
  return { name, lang, status, script } as LocaleInfo;
}

/** Every edition with a content/i18n/<code>/locale.yaml, English first. CONTENT_DIR points tests at a fixture. */
function discover(): Record<Locale, LocaleInfo> {
  const dir = join(resolve(process.env.CONTENT_DIR ?? 'content'), 'i18n');
  const codes = existsSync(dir)
    ? readdirSync(dir)
        .filter((code) => existsSync(join(dir, code, 'locale.yaml')))
        .sort()
    : [];
  return Object.fromEntries([
    [DEFAULT_LOCALE, ENGLISH],
    ...codes.map((code) => [code, readLocale(dir, code)]),
  ]);
}

export const LOCALES: Readonly<Record<Locale, LocaleInfo>> = discover();

/** One edition's settings; an unknown code is a bug in the caller, not in content. */
export function localeInfo(code: Locale): LocaleInfo {
  const info = LOCALES[code];
  if (!info) throw new Error(`"${code}" is not an edition (no content/i18n/${code}/locale.yaml).`);
  return info;
}

/** The editions that translate the English, in the order the language switcher lists them. */
export const TRANSLATIONS = Object.keys(LOCALES).filter((code) => code !== DEFAULT_LOCALE);
