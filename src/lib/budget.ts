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
} as const;

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
