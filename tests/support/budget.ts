/**
 * Byte budgets, measured on the built site: what a page makes a reader download.
 * Pure helpers; the test and the benchmark read files and pass the text in.
 */
import { gzipSync } from 'node:zlib';

export const BUDGET = {
  /** All JavaScript a page loads, gzip. */
  jsGzip: 30 * 1024,
  /** All inline SVG on a page (maps and charts), gzip: the Middle Corridor, its route map drawn twice (phone and desktop), is the heaviest. */
  svgGzip: 58 * 1024,
  /** Web fonts Chromium fetches to render a page (WOFF2 is already compressed); measured in the browser tests. */
  fontBytes: 30 * 1024,
  /** The print edition sets every chapter and every source (Russian titles too), so it uses every face and script at once. */
  printFontBytes: 36 * 1024,
  /** A Russian page needs the Cyrillic files of each face and the Latin ones for digits, punctuation and Latin names. */
  cyrillicFontBytes: 52 * 1024,
  cyrillicPrintFontBytes: 56 * 1024,
  /** A chapter's HTML, gzip, inline SVG figures included; see the README for why. */
  chapterHtmlGzip: 104 * 1024,
  /** The print edition carries every chapter, so it gets eight chapters' worth. */
  printHtmlGzip: 8 * 64 * 1024,
} as const;

/** Render-blocking requests in a page's head: stylesheets and classic scripts without async or defer. */
export function renderBlockingUrls(html: string): string[] {
  const head = html.slice(0, html.indexOf('</head>'));
  const styles = [...head.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map(
    (m) => /href="([^"]+)"/.exec(m[0])?.[1],
  );
  const scripts = [...head.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)]
    .filter((m) => !/\b(async|defer|type="module")\b/.test(m[0]))
    .map((m) => m[1]);
  return [...styles, ...scripts].filter((u): u is string => !!u);
}

export function gzipSize(text: string | Uint8Array): number {
  return gzipSync(text, { level: 9 }).length;
}

/** Module scripts a page loads directly. */
export function scriptSources(html: string): string[] {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  return [...new Set([...sources, ...preloads])];
}

/** Static imports inside a bundled module, e.g. `import{a as b}from"./chunk.js"`. */
export function moduleImports(code: string): string[] {
  return [
    ...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+\.js)["']/g),
  ].map((m) => m[1]!);
}

/** The inline SVG markup of a page, concatenated. */
export function inlineSvg(html: string): string {
  return [...html.matchAll(/<svg\b[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('');
}
