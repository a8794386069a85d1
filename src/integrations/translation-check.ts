/**
 * Fails the dev server and the build, before any page is rendered, when a
 * translated chapter drifts from its English original.
 */
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir.ts';
import { ContentError, forAuthors } from '../lib/errors.ts';
import { checkTranslations } from '../lib/translations.ts';
import { LOCALES, TRANSLATIONS } from '../i18n/locales.ts';

export default function translationCheck(): AstroIntegration {
  const run = () => checkTranslations(`${contentDir()}/chapters`, TRANSLATIONS.map((code) => ({ code, status: LOCALES[code].status })));
  return {
    name: 'kz:translation-check',
    hooks: {
      'astro:config:setup': () => {
        try {
          run();
        } catch (error) {
          // Printed as file:line and fix alone, without a stack trace into this file.
          throw error instanceof ContentError ? forAuthors(error, { dev: false }) : error;
        }
      },
    },
  };
}
