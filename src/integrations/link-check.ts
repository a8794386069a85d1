/**
 * Fails the build when a page links to a page, file or #anchor that does not exist.
 * For a chapter, the message names the MDX file and the line that holds the link.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir.ts';
import { idsIn, linksIn, resolveInternal } from '../lib/links.ts';
import { closest, forAuthors } from '../lib/errors.ts';
import { ANCHOR_FIX, PAGE_FIX } from '../lib/link-check.ts';

const MAX_REPORTED = 25;

function pagePathOf(file: string, dist: string): string {
  const rel = relative(dist, file).replace(/\\/g, '/');
  return `/${rel.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
}

/** Where an author would fix the link: the chapter's MDX and line, when the page is a chapter and the link is written there. */
function sourceOf(pagePath: string, href: string): string {
  const chapter = join(contentDir(), 'chapters', `${pagePath.replace(/^\/|\/$/g, '')}.mdx`);
  if (!existsSync(chapter)) return `the page ${pagePath} (built from src/pages or a component)`;
  const lines = readFileSync(chapter, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(`(${href})`) || line.includes(`"${href}"`));
  const file = relative(process.cwd(), chapter);
  return index >= 0 ? `${file}:${index + 1}` : `${file} (or a component it uses)`;
}

export default function linkCheck(): AstroIntegration {
  let site = { origin: 'http://localhost', base: '/' };
  return {
    name: 'kz:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = { origin: config.site ?? 'http://localhost', base: config.base };
      },
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.html'))
          .map((f) => join(dist, f));
        const pages = new Map(
          files.map((file) => [pagePathOf(file, dist), readFileSync(file, 'utf8')]),
        );
        const idCache = new Map<string, Set<string>>();
        const ids = (path: string) =>
          idCache.get(path) ?? idCache.set(path, idsIn(pages.get(path) ?? '')).get(path)!;
        // One entry per broken target: the print edition repeats every chapter's links, so
        // its copy is reported only when no chapter already names the same target.
        const problems = new Map<string, { page: string; text: string }>();
        const report = (page: string, key: string, text: string) => {
          const known = problems.get(key);
          if (!known || (known.page === '/print/' && page !== '/print/'))
            problems.set(key, { page, text });
        };
        const pagePaths = [...pages.keys()];
        for (const [page, html] of pages) {
          for (const href of new Set(linksIn(html))) {
            const link = resolveInternal(href, page, site);
            if (!link) continue;
            const target = link.path.endsWith('/')
              ? link.path
              : existsSync(join(dist, link.path)) && statSync(join(dist, link.path)).isDirectory()
                ? `${link.path}/`
                : link.path;
            const isPage = pages.has(target);
            if (
              !isPage &&
              !(existsSync(join(dist, target)) && statSync(join(dist, target)).isFile())
            ) {
              const hint = closest(target, pagePaths);
              report(
                page,
                target,
                `${sourceOf(page, href)} — link "${href}": there is no page or file ${target}\n  Fix: ${hint ? `Did you mean "${hint}"? Otherwise ${PAGE_FIX}` : PAGE_FIX}`,
              );
            } else if (link.fragment && isPage && !ids(target).has(link.fragment)) {
              const hint = closest(link.fragment, ids(target));
              report(
                page,
                `${target}#${link.fragment}`,
                `${sourceOf(page, href)} — link "${href}": ${target} has no element with id "${link.fragment}"\n  Fix: ${hint ? `Did you mean "#${hint}"? Otherwise ${ANCHOR_FIX}` : ANCHOR_FIX}`,
              );
            }
          }
        }
        if (problems.size) {
          const all = [...problems.values()].map((p) => p.text);
          const shown = all.slice(0, MAX_REPORTED).join('\n');
          const error = new Error(
            `${all.length} broken internal link${all.length === 1 ? '' : 's'}:\n${shown}${all.length > MAX_REPORTED ? `\n…and ${all.length - MAX_REPORTED} more` : ''}`,
          );
          throw forAuthors(error, { dev: false });
        }
      },
    },
  };
}
