import { describe, expect, it } from 'vitest';
import { checkTranslations } from '../../src/lib/translations.ts';
import { localeInfo, TRANSLATIONS } from '../../src/i18n/locales.ts';

describe('the translated editions', () => {
  it('carry the same components as the English, chapter by chapter', () => {
    expect(() =>
      checkTranslations(
        'content/chapters',
        TRANSLATIONS.map((code) => ({ code, status: localeInfo(code).status })),
      ),
    ).not.toThrow();
  });
});
