/** What every edition's about text draws on, so a new edition's text starts from the same numbers and addresses. */
import { editionLedger } from '../../i18n/edition.ts';
import { editionWords } from '../../i18n/page.ts';
import { getSource } from '../../lib/ledger.ts';
import { repoSettings } from '../../lib/repo.ts';
import { SITE } from '../../site.ts';
import type { Locale } from '../../i18n/locales.ts';

export function aboutText(locale: Locale, site: URL | undefined) {
  const { t, href } = editionWords(locale);
  const ledger = editionLedger(locale);
  return {
    t,
    href,
    ledger,
    original: getSource(ledger, SITE.originalSourceId),
    repo: repoSettings(),
    siteUrl: new URL(href('/'), site).href,
    year: SITE.firstPublished.slice(0, 4),
  };
}
