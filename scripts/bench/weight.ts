/**
 * Page weight: what one page makes a first-time reader download, in bytes as
 * sent by a host that gzips text (fonts are sent as they are).
 *
 * Counted for each HTML file in dist/:
 *   html   the document itself, gzip (includes inline <style>, inline scripts and inline SVG)
 *   svg    of which inline SVG, gzip on its own (a part of html, never added twice)
 *   css    every <link rel="stylesheet">, and any @import inside them, each file gzip
 *   js     every module script and modulepreload, plus the chunks they import
 *          statically, each file gzip; dynamic import() is lazy and not counted
 *   fonts  preloaded woff2 files and the @font-face files the page's text needs
 *          (see fonts.ts), raw bytes, since woff2 is already compressed
 *   data   CSV/JSON the page links to (download links) or fetches (fetch("…") in its
 *          scripts, or rel=preload as=fetch), gzip
 * The favicon is left out (one small file per site, cached after the first page).
 *
 * The ratio compares html + css + js + fetched data with the floor (floor.ts).
 * Fonts are left out by design. Download-only data is shown but left out of the
 * ratio: a CSV behind a download link costs nothing until the reader asks for it,
 * and its numbers are already in the page as a data table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSize, inlineSvg, moduleImports, scriptSources } from '../../tests/support/budget.ts';
import { builtPages, DIST, readPage } from '../../tests/support/dist.ts';
import { floorBytes } from './floor.ts';
import { pageFonts } from './fonts.ts';

export const FLOOR_TARGET = 1.5;

export interface PageWeight {
  page: string;
  html: number;
  svg: number;
  css: number;
  js: number;
  fonts: number;
  dataLinked: number;
  dataFetched: number;
  floor: number;
  /** (html + css + js + dataFetched) / floor */
  ratio: number;
  files: { css: string[]; js: string[]; fonts: string[]; data: string[] };
}

const distFile = (url: string): string => join(DIST, decodeURIComponent(url.split(/[?#]/)[0]!));
const local = (url: string): boolean => url.startsWith('/') && !url.startsWith('//');

function read(url: string): Buffer {
  const file = distFile(url);
  if (!existsSync(file)) throw new Error(`${url} is referenced but not in dist/`);
  return readFileSync(file);
}

/** Resolves a reference found inside a file at `from` (both as site URLs). */
const resolveUrl = (from: string, ref: string): string =>
  ref.startsWith('/') ? ref : posix.join(dirname(from), ref);

/** Stylesheets the page links, with their @imports, each with URLs made absolute. */
function pageStylesheets(html: string): Array<{ url: string; text: string }> {
  const queue = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\brel="stylesheet"/.test(tag))
    .map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1])
    .filter((href): href is string => !!href && local(href));
  const seen = new Map<string, string>();
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    // Make url(…) absolute so fonts.ts sees site URLs whatever file they came from.
    const text = read(url)
      .toString('utf8')
      .replace(
        /url\(\s*(["']?)(?!data:|#|\/|https?:)([^"')]+)\1\s*\)/g,
        (_, q: string, ref: string) => `url(${q}${resolveUrl(url, ref)}${q})`,
      );
    seen.set(url, text);
    for (const m of text.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g))
      if (!m[1]!.startsWith('http')) queue.push(resolveUrl(url, m[1]!));
  }
  return [...seen].map(([url, text]) => ({ url, text }));
}

/** All modules a page loads, following static imports between chunks (as tests/build/budget.test.ts does). */
function pageModules(html: string): string[] {
  const seen = new Set<string>();
  const queue = scriptSources(html).filter(local);
  while (queue.length) {
    const src = queue.shift()!;
    if (seen.has(src)) continue;
    seen.add(src);
    for (const imported of moduleImports(read(src).toString('utf8')))
      queue.push(resolveUrl(src, imported));
  }
  return [...seen];
}

const DATA = /\.(csv|json|geojson|topojson|tsv)$/i;

function pageData(html: string, modules: string[]): { linked: string[]; fetched: string[] } {
  const linked = [...html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((u) => local(u) && DATA.test(u.split(/[?#]/)[0]!));
  const preloaded = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((t) => /\bas="fetch"/.test(t))
    .map((t) => /\bhref="([^"]+)"/.exec(t)?.[1] ?? '');
  const fetchedInJs = modules.flatMap((src) =>
    [
      ...read(src)
        .toString('utf8')
        .matchAll(/fetch\(\s*["'`]([^"'`]+)["'`]/g),
    ].map((m) => resolveUrl(src, m[1]!)),
  );
  const fetched = [
    ...new Set([...preloaded, ...fetchedInJs].filter((u) => local(u) && existsSync(distFile(u)))),
  ];
  return { linked: [...new Set(linked)].filter((u) => !fetched.includes(u)), fetched };
}

export function measurePage(page: string): PageWeight {
  const html = readPage(page);
  const sheets = pageStylesheets(html);
  const modules = pageModules(html);
  // The site inlines its CSS (build.inlineStylesheets), so the @font-face rules are in <style> too.
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const fonts = pageFonts(html, [...sheets.map((s) => s.text), ...inline].join('\n')).filter(local);
  const data = pageData(html, modules);
  const sum = (urls: string[], size: (b: Buffer) => number) =>
    urls.reduce((total, u) => total + size(read(u)), 0);

  const weight = {
    page,
    html: gzipSize(html),
    svg: inlineSvg(html) ? gzipSize(inlineSvg(html)) : 0,
    css: sum(
      sheets.map((s) => s.url),
      gzipSize,
    ),
    js: sum(modules, gzipSize),
    fonts: sum(fonts, (b) => b.length),
    dataLinked: sum(data.linked, gzipSize),
    dataFetched: sum(data.fetched, gzipSize),
    floor: floorBytes(html),
    ratio: 0,
    files: {
      css: sheets.map((s) => s.url),
      js: modules,
      fonts,
      data: [...data.fetched, ...data.linked],
    },
  };
  weight.ratio = (weight.html + weight.css + weight.js + weight.dataFetched) / weight.floor;
  return weight;
}

export function measureAllPages(): PageWeight[] {
  return builtPages().map(measurePage);
}
