/**
 * Fails the build when a translated chapter drifts from its English original.
 * It runs after the pages are written, so a mistake in the English chapter
 * itself (an unknown fact, say) is reported first, by the chapter's own check,
 * rather than as a drift between the two editions. The dev server checks at start.
 */
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir.ts';
import { ContentError, forAuthors } from '../lib/errors.ts';
import { checkTranslations } from '../lib/translations.ts';
import { localeInfo, TRANSLATIONS } from '../i18n/locales.ts';

export default function translationCheck(): AstroIntegration {
  const run = (parity = true) => {
    try {
      checkTranslations(
        `${contentDir()}/chapters`,
        TRANSLATIONS.map((code) => ({ code, status: localeInfo(code).status })),
        { parity },
      );
    } catch (error) {
      // Printed as file:line and fix alone, without a stack trace into this file.
      throw error instanceof ContentError ? forAuthors(error, { dev: false }) : error;
    }
  };
  let command: string | undefined;
  return {
    name: 'kz:translation-check',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
        // A translation without an original (or a published edition missing one) is reported first.
        run(false);
      },
      // The build starts a dev-style server to sync content too; check there only for `astro dev`.
      'astro:server:setup': () => {
        if (command === 'dev') run();
      },
      'astro:build:done': () => {
        run();
      },
    },
  };
}
