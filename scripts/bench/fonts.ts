/**
 * Which web fonts a page makes the browser download, worked out from the built
 * files without a browser, so the weight table runs anywhere.
 *
 * A browser fetches a @font-face file only when some text is set in that family
 * and style and contains a character in its unicode-range. We count a face when
 *   - the page preloads it (<link rel="preload" as="font">), always fetched; or
 *   - its unicode-range covers a character in the page's text (HTML text, SVG
 *     text, and CSS `content:` strings), and, for an italic face, the page has
 *     something set in italic (em, i, cite, … or an element matched by a CSS
 *     rule with font-style: italic).
 * We do not check which family each character is set in, so this is an upper
 * bound: a Latin-extended letter counts both families' Latin-extended files.
 */

export interface FontFace {
  url: string;
  family: string;
  italic: boolean;
  ranges: Array<[number, number]>;
}

/** @font-face rules in a stylesheet, with their first src URL. */
export function fontFaces(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].flatMap((m) => {
    const body = m[1]!;
    const url = /url\(\s*["']?([^"')]+\.woff2?)["']?\s*\)/.exec(body)?.[1];
    if (!url) return [];
    const family = /font-family:\s*["']?([^;"']+)/.exec(body)?.[1]?.trim() ?? '';
    const italic = /font-style:\s*(italic|oblique)/.test(body);
    const range = /unicode-range:\s*([^;}]+)/.exec(body)?.[1];
    return [{ url, family, italic, ranges: range ? parseUnicodeRange(range) : [[0, 0x10ffff]] }];
  });
}

/** `U+0-FF, U+131, U+1F??` → numeric ranges ("?" is a wildcard hex digit). */
export function parseUnicodeRange(value: string): Array<[number, number]> {
  return value.split(',').flatMap((part) => {
    const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
    if (!m) return [];
    const [, start, end] = m as unknown as [string, string, string | undefined];
    if (start.includes('?'))
      return [
        [parseInt(start.replace(/\?/g, '0'), 16), parseInt(start.replace(/\?/g, 'f'), 16)] as [
          number,
          number,
        ],
      ];
    return [[parseInt(start, 16), parseInt(end ?? start, 16)] as [number, number]];
  });
}

/** Every distinct character a reader could see: text between tags, and CSS generated content. */
export function pageCharacters(html: string, css: string): Set<number> {
  const body = html
    .replace(/<head\b[\s\S]*?<\/head>/i, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
  const text = body
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)));
  const generated = [...css.matchAll(/content:\s*"([^"]*)"/g)]
    .map((m) =>
      m[1]!.replace(/\\([0-9a-f]{1,6})\s?/gi, (_, h: string) =>
        String.fromCodePoint(parseInt(h, 16)),
      ),
    )
    .join('');
  const chars = new Set<number>();
  for (const ch of text + generated) if (!/\s/.test(ch)) chars.add(ch.codePointAt(0)!);
  return chars;
}

const ITALIC_BY_DEFAULT = ['em', 'i', 'cite', 'var', 'dfn', 'address'];

/** Whether anything on the page is set in italic, by the browser's defaults or the site's CSS. */
export function usesItalic(html: string, css: string): boolean {
  const body = html.replace(/<head\b[\s\S]*?<\/head>/i, '');
  const tags = new Set(
    [...body.matchAll(/<([a-z][a-z0-9-]*)\b/gi)].map((m) => m[1]!.toLowerCase()),
  );
  const classes = new Set(
    [...body.matchAll(/\bclass="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)),
  );
  if (ITALIC_BY_DEFAULT.some((t) => tags.has(t))) return true;
  // Rules outside @font-face that set italic: does the page have an element their selector names?
  for (const m of css
    .replace(/@font-face\s*\{[^}]*\}/g, '')
    .matchAll(/([^{}]+)\{[^}]*font-style:\s*italic[^}]*\}/g)) {
    for (const selector of m[1]!.split(',')) {
      const last =
        selector
          .trim()
          .split(/[\s>+~]+/)
          .pop() ?? '';
      const tag = /^[a-z][a-z0-9-]*/i.exec(last)?.[0]?.toLowerCase();
      const names = [...last.matchAll(/\.([\w-]+)/g)].map((c) => c[1]!);
      if ((!tag || tags.has(tag)) && names.every((c) => classes.has(c)) && (tag || names.length))
        return true;
    }
  }
  return false;
}

/** The font files this page downloads (URLs as written in the CSS or the preload). */
export function pageFonts(html: string, css: string): string[] {
  const preloaded = [...html.matchAll(/<link\b[^>]*\brel="preload"[^>]*>/g)]
    .filter((m) => /\bas="font"/.test(m[0]))
    .map((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1])
    .filter((href): href is string => !!href);
  const chars = pageCharacters(html, css);
  const italic = usesItalic(html, css);
  const used = fontFaces(css)
    .filter((face) => !face.italic || italic)
    .filter((face) => [...chars].some((c) => face.ranges.some(([lo, hi]) => c >= lo && c <= hi)))
    .map((face) => face.url);
  return [...new Set([...preloaded, ...used])];
}
