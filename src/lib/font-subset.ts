/**
 * The pure half of the font subsetting (src/integrations/font-subset.ts does the files):
 * which characters the site's text can contain, and which characters a font file can draw.
 */

/** Printable ASCII, the no-break space, and what typographic quotes and dashes turn into: always kept. */
export const BASE_REPERTOIRE =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u00a0‘’“”–—…';

/** The Russian alphabet with the Kazakh letters, and the punctuation Russian typesetting uses. */
const CYRILLIC_KAZAKH =
  'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя' +
  'ӘәҒғҚқҢңӨөҰұҮүҺһІі' +
  '«»„№';

/**
 * Letters a language's pages need even if today's text happens not to use them, so that an edit
 * or a search result never falls back to another font mid-word. English needs only the base.
 */
export const LANGUAGE_REPERTOIRE: Readonly<Record<string, string>> = {
  en: '',
  ru: CYRILLIC_KAZAKH,
  kk: CYRILLIC_KAZAKH,
};

/** The primary subtag of a language tag: `ru-RU` → `ru`. */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The extra letters needed by a set of language tags (unknown languages add nothing). */
export function repertoireFor(languages: Iterable<string>): string {
  return [...languages].map((tag) => LANGUAGE_REPERTOIRE[primaryLanguage(tag)] ?? '').join('');
}

/** Language tags an authors' file declares: a `lang:` line in its frontmatter, or a language folder (`ru/…`). */
export function languagesOf(path: string, text: string): string[] {
  const found: string[] = [];
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  const lang =
    front && /^lang:\s*['"]?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)['"]?\s*$/m.exec(front)?.[1];
  if (lang) found.push(lang);
  for (const segment of path.split(/[\\/]/).slice(0, -1))
    if (/^[a-z]{2}(?:-[A-Z]{2})?$/.test(segment) && segment in LANGUAGE_REPERTOIRE)
      found.push(segment);
  return found;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  shy: '\u00ad',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  sbquo: '‚',
  bdquo: '„',
  rarr: '→',
  larr: '←',
  uarr: '↑',
  darr: '↓',
  harr: '↔',
  times: '×',
  divide: '÷',
  minus: '−',
  plusmn: '±',
  middot: '·',
  bull: '•',
  deg: '°',
  prime: '′',
  Prime: '″',
  copy: '©',
  reg: '®',
  trade: '™',
  sect: '§',
  para: '¶',
  dagger: '†',
  Dagger: '‡',
  euro: '€',
  pound: '£',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/**
 * Every character a source file can put on a page: its text as written, plus what its
 * escapes (`\u2019`, `\u{1F600}`) and HTML entities (`&rsquo;`, `&#8217;`, `&#x2019;`) stand for.
 */
export function charactersOf(text: string): Set<string> {
  const decoded = [
    text,
    ...[...text.matchAll(/\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})/g)].map((m) =>
      fromCodePoint(parseInt(m[1] ?? m[2]!, 16)),
    ),
    ...[...text.matchAll(/&#x([0-9a-fA-F]{1,6});|&#([0-9]{1,7});/g)].map((m) =>
      fromCodePoint(m[1] ? parseInt(m[1], 16) : Number(m[2])),
    ),
    ...[...text.matchAll(/&([A-Za-z]+);/g)].map((m) => NAMED_ENTITIES[m[1]!] ?? ''),
  ].join('');
  return new Set([...decoded].filter(isDrawn));
}

function fromCodePoint(cp: number): string {
  return cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
}

/** Characters a font draws: not control characters (line breaks, tabs, BOM). */
function isDrawn(char: string): boolean {
  const cp = char.codePointAt(0)!;
  return cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0) && cp !== 0xfeff;
}

/** The characters a built page shows: its body's text nodes and form placeholders, with entities decoded; no scripts or styles. */
export function pageCharacters(html: string): Set<string> {
  const body = html.slice(Math.max(0, html.indexOf('<body')));
  const placeholders = [...body.matchAll(/\splaceholder="([^"]*)"/g)].map((m) => m[1]).join(' ');
  const text = body
    .replace(/<script\b[\s\S]*?<\/script>/g, ' ')
    .replace(/<style\b[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ');
  const decoded = `${text} ${placeholders}`
    .replace(/&#x([0-9a-fA-F]{1,6});/g, (_, hex: string) => fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]{1,7});/g, (_, dec: string) => fromCodePoint(Number(dec)))
    .replace(/&([A-Za-z]+);/g, (whole, name: string) => NAMED_ENTITIES[name] ?? whole);
  return new Set([...decoded].filter(isDrawn));
}

/** The code points an OpenType/TrueType font maps (its cmap, format 4 or 12). */
export function cmapCodePoints(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tableCount = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tableCount; i++) {
    const record = 12 + 16 * i;
    if (
      String.fromCharCode(
        font[record]!,
        font[record + 1]!,
        font[record + 2]!,
        font[record + 3]!,
      ) === 'cmap'
    )
      cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error('font has no cmap table');
  const points = new Set<number>();
  const subtables = view.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const platform = view.getUint16(cmap + 4 + 8 * i);
    const encoding = view.getUint16(cmap + 6 + 8 * i);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const at = cmap + view.getUint32(cmap + 8 + 8 * i);
    const format = view.getUint16(at);
    if (format === 4) {
      const segments = view.getUint16(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + 2 * segments + 2;
      const deltas = starts + 2 * segments;
      const offsets = deltas + 2 * segments;
      for (let s = 0; s < segments; s++) {
        const end = view.getUint16(ends + 2 * s);
        const start = view.getUint16(starts + 2 * s);
        const delta = view.getInt16(deltas + 2 * s);
        const rangeOffset = view.getUint16(offsets + 2 * s);
        for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
          const indexed =
            rangeOffset === 0
              ? cp
              : view.getUint16(offsets + 2 * s + rangeOffset + 2 * (cp - start));
          if (rangeOffset !== 0 && indexed === 0) continue;
          if (((indexed + delta) & 0xffff) !== 0) points.add(cp);
        }
      }
    } else if (format === 12) {
      const groups = view.getUint32(at + 12);
      for (let g = 0; g < groups; g++) {
        const start = view.getUint32(at + 16 + 12 * g);
        const end = view.getUint32(at + 20 + 12 * g);
        for (let cp = start; cp <= end; cp++) points.add(cp);
      }
    }
  }
  return points;
}

/** A test for a CSS unicode-range such as `U+0000-00FF, U+0131`. */
export function unicodeRangeTest(range: string): (cp: number) => boolean {
  const spans = range.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to!, 16)] as const;
  });
  return (cp) => spans.some(([from, to]) => cp >= from && cp <= to);
}

/** `U+0041` style, for messages. */
export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
