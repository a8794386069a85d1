/** The translation check's findings for the pages (which chapters are behind their English), computed once per build. */
import { contentDir } from '../lib/content-dir.ts';
import { checkTranslations, type TranslationReport } from '../lib/translations.ts';
import { localeInfo, TRANSLATIONS } from './locales.ts';

let memo: TranslationReport | undefined;
export function translationReport(): TranslationReport {
  memo ??= checkTranslations(
    `${contentDir()}/chapters`,
    TRANSLATIONS.map((code) => ({ code, status: localeInfo(code).status })),
  );
  return memo;
}
