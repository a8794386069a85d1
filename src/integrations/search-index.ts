/**
 * Builds the Pagefind search index into dist/pagefind after every `astro build`,
 * so `npm start` and every deploy search the site just built.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { editionGlossary } from '../i18n/edition.ts';
import { ALL_LOCALES, langTag, localePath } from '../i18n/routes.ts';
import { ui } from '../i18n/ui/index.ts';

/**
 * Pagefind also writes its ready-made search interfaces (about 430 KB), which the site never
 * loads: the search page (src/islands/search.ts) imports only pagefind.js, which fetches
 * pagefind-entry.json, its WebAssembly, worker, index and fragments. Deleted after writing.
 */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export default function searchIndex(): AstroIntegration {
  return {
    name: 'kz:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // No forced language: Pagefind keeps one index per <html lang>, so each edition searches only its own pages.
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length)
            throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          // Pages opt in with data-pagefind-body; zero pages means the markers went missing.
          if (added.page_count === 0)
            throw new Error(
              'Pagefind indexed no pages: no page has data-pagefind-body. See src/layouts/Base.astro.',
            );
          // Each glossary term is its own result that opens at its entry (the page itself is not indexed).
          // URLs are site-relative; the search page adds the base path, as it does for pages.
          for (const locale of ALL_LOCALES) {
            const glossaryTitle = ui(locale).pages.glossary;
            for (const term of editionGlossary(locale).values()) {
              const record = await index.addCustomRecord({
                url: localePath(locale, `/glossary/#${term.id}`),
                language: langTag(locale).toLowerCase(),
                content: [term.term, ...(term.also ?? []), term.definition].join('. '),
                meta: { title: `${term.term} · ${glossaryTitle}` },
              });
              if (record.errors.length)
                throw new Error(
                  `Pagefind could not index the glossary term "${term.id}" (${locale}): ${record.errors.join('; ')}`,
                );
            }
          }
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          for (const file of UNUSED_UI_FILES) rmSync(`${site}/pagefind/${file}`, { force: true });
          logger.info(`search index: ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
