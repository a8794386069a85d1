/**
 * Byte budgets, measured on the built site: what a page makes a reader download.
 * Pure helpers; the test and the benchmark read files and pass the text in.
 */
import { gzipSync } from 'node:zlib';

export const BUDGET = {
  /** All JavaScript a page loads, gzip. */
  jsGzip: 30 * 1024,
  /** All inline SVG on a page (maps and charts), gzip. */
  svgGzip: 40 * 1024,
  /** Web fonts a page makes the browser fetch (WOFF2 is already compressed). */
  fontBytes: 100 * 1024,
  /** A chapter's HTML, gzip, inline SVG figures included; see the README for why. */
  chapterHtmlGzip: 64 * 1024,
  /** The print edition carries every chapter, so it gets eight chapters' worth. */
  printHtmlGzip: 8 * 64 * 1024,
} as const;

export interface FontFace {
  family: string;
  style: string;
  url: string;
  /** [from, to] code point ranges; empty means every character. */
  ranges: Array<[number, number]>;
}

/** The @font-face rules of a stylesheet that point at a file. */
export function fontFaces(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap((m) => {
    const body = m[1]!;
    const url = /url\(["']?([^"')]+\.woff2?)["']?\)/.exec(body)?.[1];
    if (!url) return [];
    const family = /font-family:\s*["']?([^;"']+)/.exec(body)?.[1]?.trim() ?? '';
    const style = /font-style:\s*(\w+)/.exec(body)?.[1] ?? 'normal';
    const range = /unicode-range:\s*([^;]+)/.exec(body)?.[1] ?? '';
    const ranges = range
      .split(',')
      .map((r) => r.trim().replace(/^U\+/i, ''))
      .filter(Boolean)
      .map((r): [number, number] => {
        const [from, to] = r.split('-');
        if (from!.includes('?')) return [parseInt(from!.replace(/\?/g, '0'), 16), parseInt(from!.replace(/\?/g, 'F'), 16)];
        return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
      });
    return [{ family, style, url, ranges }];
  });
}

/**
 * The faces a browser downloads for a page: those of the families it uses, in the
 * styles it uses, whose unicode-range covers a character in its text.
 */
export function facesUsed(faces: FontFace[], text: string, use: { families: string[]; italic: boolean }): FontFace[] {
  const codepoints = new Set([...text].map((c) => c.codePointAt(0)!));
  return faces.filter(
    (face) =>
      use.families.includes(face.family) &&
      (face.style === 'normal' || (face.style === 'italic' && use.italic)) &&
      (face.ranges.length === 0 || face.ranges.some(([from, to]) => [...codepoints].some((c) => c >= from && c <= to))),
  );
}

/** A page's text as the fonts see it: tags removed, entities decoded enough for character coverage. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)));
}

/** Render-blocking requests in a page's head: stylesheets and classic scripts without async or defer. */
export function renderBlockingUrls(html: string): string[] {
  const head = html.slice(0, html.indexOf('</head>'));
  const styles = [...head.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]);
  const scripts = [...head.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/\b(async|defer|type="module")\b/.test(m[0])).map((m) => m[1]);
  return [...styles, ...scripts].filter((u): u is string => !!u);
}

export function gzipSize(text: string | Uint8Array): number {
  return gzipSync(text, { level: 9 }).length;
}

/** Module scripts a page loads directly. */
export function scriptSources(html: string): string[] {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set([...sources, ...preloads])];
}

/** Static imports inside a bundled module, e.g. `import{a as b}from"./chunk.js"`. */
export function moduleImports(code: string): string[] {
  return [...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);
}

/** The inline SVG markup of a page, concatenated. */
export function inlineSvg(html: string): string {
  return [...html.matchAll(/<svg\b[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('');
}
