/**
 * What a chapter may link to, known while it compiles: the site's pages (from
 * src/pages, the chapters and public/) and each chapter's heading and update ids.
 * The remark check uses it so a broken link fails in dev, at its line, with a
 * suggestion; the link check after the build (src/integrations/link-check.ts)
 * still covers everything else.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { contentDir, once } from './content-dir.ts';
import { FIGURE_IDS } from '../figures/index.ts';
import { TRANSLATIONS } from '../i18n/locales.ts';
import { findUpdateBoxes, splitFrontmatter, updateAnchors, type MdNode } from './updates.ts';

type Node = { type: string; value?: string; depth?: number; children?: Node[] };

/** The ids Astro gives a file's headings (rehypeHeadingIds: github-slugger over the heading's text). */
export function headingIds(tree: Root): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  const textOf = (node: Node): string =>
    ['text', 'inlineCode', 'mdxTextExpression'].includes(node.type)
      ? (node.value ?? '')
      : (node.children ?? []).map(textOf).join('');
  const visit = (node: Node) => {
    if (node.type === 'heading') ids.push(slugger.slug(textOf(node)));
    else for (const child of node.children ?? []) visit(child);
  };
  visit(tree as unknown as Node);
  return ids;
}

/** Every id a chapter's text gives an element: its headings and its update boxes. */
export function anchorsOf(tree: Root): Set<string> {
  const boxes = findUpdateBoxes(tree as unknown as MdNode);
  const dates = boxes.map((box) =>
    (box.attributes?.find((a) => a.name === 'date')?.value as string | undefined)?.trim(),
  );
  return new Set([...headingIds(tree), ...updateAnchors(dates)]);
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The anchors of a chapter file, or undefined when it cannot be read (its own compile reports that). */
export function chapterAnchors(file: string): Set<string> | undefined {
  if (!existsSync(file)) return undefined;
  return once(`anchors:${file}`, [file], () => {
    try {
      return anchorsOf(
        parser.runSync(parser.parse(splitFrontmatter(readFileSync(file, 'utf8')).body)) as Root,
      );
    } catch {
      return undefined;
    }
  });
}

/** Ids the page templates give elements on every chapter page (id="…" written in src/components and src/layouts). */
function templateIds(): Set<string> {
  const ids = new Set<string>();
  for (const dir of ['src/components', 'src/layouts']) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!name.endsWith('.astro')) continue;
      for (const match of readFileSync(join(dir, name), 'utf8').matchAll(
        /\bid="([A-Za-z][\w-]*)"/g,
      ))
        ids.add(match[1]!);
    }
  }
  return ids;
}

export interface SitePages {
  /** Every page and file path, e.g. "/china/", "/data/<figure>.csv". */
  paths: Set<string>;
  /** Prefixes whose pages come from routes we cannot list here, e.g. "/og/"; links under them are left to the build's link check. */
  open: string[];
  /** Chapter id → its file, for the anchors. */
  chapters: Map<string, string>;
  templateIds: Set<string>;
}

/** The chapters that are published (a draft is not a page). */
function publishedChapters(dir: string): Map<string, string> {
  const chapters = new Map<string, string>();
  const folder = join(dir, 'chapters');
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.mdx'))
    .sort()) {
    const file = join(folder, name);
    if (/^draft:\s*true\s*$/m.test(readFileSync(file, 'utf8').split(/\n---/)[0] ?? '')) continue;
    chapters.set(name.replace(/\.mdx$/, ''), file);
  }
  return chapters;
}

/** The site's pages, from src/pages, the chapters and public/. */
export function sitePages(
  dir = contentDir(),
  pagesDir = 'src/pages',
  publicDir = 'public',
): SitePages {
  const chapterFolder = join(dir, 'chapters');
  const files = readdirSync(chapterFolder)
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => join(chapterFolder, n));
  return once(`site-pages:${dir}`, files, () => {
    const chapters = publishedChapters(dir);
    const paths = new Set<string>(['/']);
    const open = ['/_astro/', '/pagefind/', '/sitemap'];
    const walk = (folder: string, prefix: string) => {
      for (const name of readdirSync(folder).sort()) {
        const full = join(folder, name);
        if (statSync(full).isDirectory()) {
          // The other editions' routes ([lang]) live under their own prefix, /ru/ and so on.
          if (name === '[lang]') for (const code of TRANSLATIONS) open.push(`${prefix}/${code}/`);
          else if (/\[/.test(name)) open.push(`${prefix}/`);
          else walk(full, `${prefix}/${name}`);
          continue;
        }
        const endpoint = /^(.+\.[a-z]+)\.(ts|js|mjs)$/.exec(name);
        const page = /^(.+)\.(astro|md|mdx)$/.exec(name);
        const stem = endpoint?.[1] ?? page?.[1];
        if (!stem) continue;
        const dynamic = /^\[(\.\.\.)?(\w+)\](.*)$/.exec(stem);
        if (dynamic) {
          const [, rest, param, suffix] = dynamic;
          // The chapters' two routes: [chapter] (with figures) and [text] (without).
          if (!rest && (param === 'chapter' || param === 'text') && prefix === '' && page)
            for (const id of chapters.keys()) paths.add(`/${id}/`);
          else if (!rest && param === 'figure' && endpoint)
            for (const id of FIGURE_IDS) paths.add(`${prefix}/${id}${suffix}`);
          else open.push(`${prefix}/`);
        } else if (endpoint) paths.add(`${prefix}/${stem}`);
        else paths.add(stem === 'index' ? `${prefix}/` : `${prefix}/${stem}/`);
      }
    };
    if (existsSync(pagesDir)) walk(pagesDir, '');
    if (existsSync(publicDir)) {
      for (const name of readdirSync(publicDir, { recursive: true, encoding: 'utf8' })) {
        if (statSync(join(publicDir, name)).isFile())
          paths.add(`/${relative('.', name).replace(/\\/g, '/')}`);
      }
    }
    return { paths, open, chapters, templateIds: templateIds() };
  });
}
