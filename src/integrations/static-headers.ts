/**
 * Writes dist/_headers from public/_headers, filling in a Content-Security-Policy
 * that allows exactly what the pages' own <meta> policies allow; and puts each
 * edition's not-found page where static hosts look for it.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatPolicy, mergePolicies, metaPolicy, parsePolicy } from '../lib/csp.ts';
import { TRANSLATIONS } from '../i18n/locales.ts';

/** Directives a <meta> policy cannot carry. */
const HEADER_ONLY = parsePolicy("frame-ancestors 'none'");
/** The embed pages (/embed/*, /<code>/embed/*) may be framed by any site. */
const EMBED_ONLY = parsePolicy('frame-ancestors *');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/** Rules for a folder that each edition has again under /<code>/ (its embeds, stills, downloads). */
const EDITION_FOLDERS = ['/embed/*', '/stills/*', '/downloads/*'];

/** Each of those rules, repeated for each edition's /<code>/…, so its copies get the same headers. */
function withEditionCopies(template: string): string {
  return EDITION_FOLDERS.reduce((text, folder) => {
    const pattern = new RegExp(`^${folder.replace(/[/*]/g, '\\$&')}\\n(?:[ \\t]+.*\\n?)+`, 'm');
    const block = pattern.exec(text);
    if (!block)
      throw new Error(
        `public/_headers — the ${folder} rules are missing.\n  Fix: keep the "${folder}" block (see the comment above it in the file).`,
      );
    const copies = TRANSLATIONS.map((code) => `\n/${code}${block[0].trimEnd()}\n`).join('');
    return text.replace(block[0], `${block[0].trimEnd()}\n${copies}`);
  }, template);
}

export default function staticHeaders(): AstroIntegration {
  return {
    name: 'kz:static-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const template = readFileSync(join(site, '_headers'), 'utf8');
        const line = /^(\s*Content-Security-Policy:[ \t]*)%CSP%[ \t]*$/m;
        if (!line.test(template))
          throw new Error(
            'public/_headers — Content-Security-Policy: the %CSP% placeholder is missing.\n  Fix: write the line as "  Content-Security-Policy: %CSP%" so the build can fill it in.',
          );
        const policies = htmlFiles(site).map((file) => {
          const policy = metaPolicy(readFileSync(file, 'utf8'));
          if (!policy)
            throw new Error(
              `${file} has no Content-Security-Policy <meta>. Check security.csp in astro.config.mjs.`,
            );
          return parsePolicy(policy);
        });
        const embedLine = /^(\s*Content-Security-Policy:[ \t]*)%CSP_EMBED%[ \t]*$/gm;
        writeFileSync(
          join(site, '_headers'),
          withEditionCopies(template)
            .replace(
              line,
              (_, head: string) => head + formatPolicy(mergePolicies(policies, HEADER_ONLY)),
            )
            .replace(
              embedLine,
              (_, head: string) => head + formatPolicy(mergePolicies(policies, EMBED_ONLY)),
            ),
        );
        logger.info(`_headers: one policy for ${policies.length} pages`);
        // Astro writes /ru/404/index.html; Cloudflare Pages answers a missing /ru/… address with the
        // nearest 404.html up the tree, so /ru/404.html makes it the Russian page.
        for (const code of TRANSLATIONS) {
          const page = join(site, code, '404', 'index.html');
          if (existsSync(page)) copyFileSync(page, join(site, code, '404.html'));
        }
      },
    },
  };
}
