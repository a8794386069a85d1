import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import {
  charactersOf,
  cmapCodePoints,
  languagesOf,
  pageCharacters,
  repertoireFor,
  unicodeRangeTest,
} from '../../src/lib/font-subset.ts';
import { collectCharacters } from '../../src/integrations/font-subset.ts';
import {
  FACES,
  SCRIPTS,
  UNICODE_RANGES,
  fontFaceCss,
  fontFileName,
} from '../../src/lib/font-faces.ts';

const KAZAKH = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];

describe('characters a source can show', () => {
  it('reads text, escapes and entities', () => {
    const chars = charactersOf(
      "label: 'Antić\\u2019s' + '\\u{2192}' <p>a&nbsp;b &ndash; &#8212; &#x2026;</p>",
    );
    for (const c of ['ć', '’', '→', '\u00a0', '–', '—', '…']) expect(chars.has(c), c).toBe(true);
    expect(chars.has('\n')).toBe(false);
  });

  it('reads a built page’s text, SVG labels and placeholders, not its scripts or styles', () => {
    const html =
      '<html><head><title>Ω</title></head><body><p>Aktau &rarr;</p><svg><text>Ürümqi</text></svg><input placeholder="Search…"><script>const x = "ж";</script><style>a::after{content:"¶"}</style></body></html>';
    const chars = pageCharacters(html);
    for (const c of ['A', '→', 'Ü', '…']) expect(chars.has(c), c).toBe(true);
    for (const c of ['Ω', 'ж', '¶']) expect(chars.has(c), c).toBe(false);
  });
});

describe('languages', () => {
  it('finds a page’s language in its frontmatter or its folder', () => {
    expect(languagesOf('chapters/china.mdx', '---\ntitle: China\nlang: ru\n---\nText')).toEqual([
      'ru',
    ]);
    expect(languagesOf('ru/chapters/china.mdx', '---\ntitle: Китай\n---\n')).toEqual(['ru']);
    expect(
      languagesOf('chapters/russia.mdx', '---\ntitle: Russia\n---\nThe word ru/ in text'),
    ).toEqual([]);
  });

  it('gives Russian pages the whole Cyrillic alphabet with the Kazakh letters; English adds nothing', () => {
    const ru = repertoireFor(['ru-RU']);
    for (const c of [...KAZAKH, 'Ё', 'щ', '«', '№']) expect(ru.includes(c), c).toBe(true);
    expect(repertoireFor(['en-GB'])).toBe('');
  });

  it('collects a Russian edition’s alphabet once such a page exists', () => {
    const root = mkdtempSync(join(tmpdir(), 'kz-fonts-'));
    mkdirSync(join(root, 'chapters'));
    writeFileSync(
      join(root, 'chapters/opening.mdx'),
      '---\ntitle: Opening\n---\nKazakhstan’s balancing act.',
    );
    const english = collectCharacters([root]);
    expect([...english.languages]).toEqual(['en']);
    expect(english.chars.has('’')).toBe(true);
    expect(english.chars.has('қ')).toBe(false);
    writeFileSync(
      join(root, 'chapters/opening.ru.mdx'),
      '---\ntitle: Начало\nlang: ru\n---\nКазахстан.',
    );
    const both = collectCharacters([root]);
    expect([...both.languages].sort()).toEqual(['en', 'ru']);
    for (const c of KAZAKH) expect(both.chars.has(c), c).toBe(true);
  });
});

describe('cmap', () => {
  const require = createRequire(import.meta.url);
  const file = (name: string) =>
    readFileSync(require.resolve(`@fontsource/piazzolla/files/piazzolla-${name}.woff2`));

  it('reads what a subset can draw: exactly what was asked for, within the file’s script', async () => {
    const latin = cmapCodePoints(
      await subsetFont(file('latin-400-normal'), 'Antić’s', { targetFormat: 'truetype' }),
    );
    expect(
      [...latin]
        .map((cp) => String.fromCodePoint(cp))
        .sort()
        .join(''),
    ).toBe([...'Anti’s'].sort().join(''));
    const extended = cmapCodePoints(
      await subsetFont(file('latin-ext-400-normal'), 'Antić', { targetFormat: 'truetype' }),
    );
    expect([...extended].filter(unicodeRangeTest(UNICODE_RANGES['latin-ext']))).toEqual([
      'ć'.codePointAt(0),
    ]);
  });

  it('finds the Kazakh letters in fontsource’s Cyrillic files, ready for a Russian edition', async () => {
    const cyrillic = new Set([
      ...cmapCodePoints(
        await subsetFont(file('cyrillic-400-normal'), '', {
          keepAllGlyphs: true,
          targetFormat: 'truetype',
        }),
      ),
      ...cmapCodePoints(
        await subsetFont(file('cyrillic-ext-400-normal'), '', {
          keepAllGlyphs: true,
          targetFormat: 'truetype',
        }),
      ),
    ]);
    for (const c of KAZAKH) expect(cyrillic.has(c.codePointAt(0)!), c).toBe(true);
  });
});

describe('faces.css (the generated @font-face rules)', () => {
  const rules = [...fontFaceCss().matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!);

  it('declares every subset file once, with the range the subsetter cut it to, and font-display: optional', () => {
    const expected = FACES.flatMap((face) =>
      SCRIPTS.map((script) => ({
        file: fontFileName(face, script),
        range: UNICODE_RANGES[script],
      })),
    );
    const declared = rules.map((body) => ({
      file: /url\('\.\/([^'")]+)/.exec(body)![1],
      range: /unicode-range:\s*([^;]+);/.exec(body)![1]!.trim().replace(/\s+/g, ' '),
    }));
    expect(declared).toEqual(expected);
    for (const body of rules) expect(body).toContain('font-display: optional');
  });

  it('matches each file’s weight and style to its name', () => {
    for (const body of rules) {
      const [, weight, style] = /-(\d{3})-(normal|italic)\.woff2/.exec(body)!;
      expect(body).toContain(`font-weight: ${weight};`);
      expect(body).toContain(`font-style: ${style};`);
    }
  });
});
