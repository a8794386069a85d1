/**
 * The "bare-HTML floor": the least a page could weigh while carrying the same
 * content. It is the page's <main> (its text and figure SVGs) as a plain HTML
 * document with no CSS and no JavaScript. Comparing a page's real weight with
 * this says how much the design and the interactivity cost on top of the content.
 */
import { gzipSize } from '../../tests/support/budget.ts';

/** An opening tag with its attributes, honouring quotes (an attribute value may contain ">"). */
const TAG =
  /<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /\s+([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;
/** Presentation-only attributes: the floor has no stylesheet or script to use them. */
const DROP = /^(class|style|data-[\w:.-]*)$/i;

export function bareDocument(html: string): string {
  // A page without <main> (none today) falls back to its whole <body>.
  const main =
    /<main\b[^>]*>([\s\S]*)<\/main>/i.exec(html)?.[1] ??
    /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ??
    html;
  const lang = /<html\b[^>]*\blang="([^"]*)"/i.exec(html)?.[1] ?? 'en';
  const title = /<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
  const content = main
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(TAG, (_, name: string, attributes: string, selfClosing: string) => {
      const kept = [...attributes.matchAll(ATTRIBUTE)]
        .filter((a) => !DROP.test(a[1]!))
        .map((a) => a[0])
        .join('');
      return `<${name}${kept}${selfClosing ? '/' : ''}>`;
    });
  // The charset line keeps curly quotes and Cyrillic readable; it costs a few bytes.
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>${title}</title>${content}</html>`;
}

/** Gzip bytes of the floor document. */
export function floorBytes(html: string): number {
  return gzipSize(bareDocument(html));
}
