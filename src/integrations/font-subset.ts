/**
 * Subsets the text face to the characters the site can show, before Vite bundles anything.
 *
 * - Collects every character in content/ (chapters, data, teacher guide) and src/ (components,
 *   islands, styles), with escapes and entities decoded, plus printable ASCII and, for each
 *   language the content declares (a `lang:` frontmatter line or a `ru/` folder), that
 *   language's whole alphabet (Russian: Cyrillic with the Kazakh letters ә ғ қ ң ө ұ ү һ і).
 * - Cuts each @fontsource WOFF2 file in FACES × SCRIPTS down to those characters with
 *   subset-font (harfbuzz's hb-subset, as WebAssembly), keeping kerning and ligatures, and writes
 *   them to <cacheDir>/fonts/ under the fontsource names, with faces.css, their @font-face rules
 *   made from the same list (src/lib/font-faces.ts). Base.astro reaches both as `@kz-fonts/…`,
 *   so Vite hashes and emits them like any asset.
 * - Each file keeps fontsource's unicode-range, so a page downloads a script's file only when its
 *   text uses that script: English pages never fetch Cyrillic unless they quote Russian.
 * - After the build, checks every page: a character the face can draw but the subset lost
 *   (text made by code from escapes the scan cannot see) fails the build with the page.
 *
 * `astro dev` gets the whole files instead, so text typed during a session never falls back.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import {
  BASE_REPERTOIRE,
  charactersOf,
  cmapCodePoints,
  codePointLabel,
  languagesOf,
  pageCharacters,
  repertoireFor,
  unicodeRangeTest,
} from '../lib/font-subset.ts';
import { contentDir } from '../lib/content-dir.ts';
import {
  FACES,
  SCRIPTS,
  UNICODE_RANGES,
  fontFaceCss,
  fontFileName,
  type Face,
  type Script,
} from '../lib/font-faces.ts';

/**
 * OpenType features kept: kerning, ligatures and contextual alternates, plus, once the text has
 * combining marks (a Russian stress accent, say), the features that place them. The rest (small
 * caps, old-style and tabular figures, stylistic sets, localised forms) is unused by the CSS and
 * would pull in about 30% more glyphs.
 */
const FEATURES = ['kern', 'liga', 'calt', 'clig'];
const MARK_FEATURES = ['ccmp', 'mark', 'mkmk'];
/** Style attributes for variable and grouped families: unused by browsers for a static face. */
const DROP_TABLES = ['STAT'];

function featuresFor(chars: Set<string>): string[] {
  return [...chars].some((c) => /\p{M}/u.test(c)) ? [...FEATURES, ...MARK_FEATURES] : FEATURES;
}

const SOURCE_EXTENSIONS = new Set([
  '.mdx',
  '.md',
  '.yaml',
  '.yml',
  '.json',
  '.astro',
  '.ts',
  '.mts',
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
]);
const require = createRequire(import.meta.url);
/** Files whose characters never reach a page: the repertoires and entity table of the subsetter itself. */
const NOT_TEXT = new Set([
  fileURLToPath(new URL('../lib/font-subset.ts', import.meta.url)),
  fileURLToPath(import.meta.url),
]);

function sourcePath(face: Face, script: Script): string {
  return require.resolve(`${face.pkg}/files/${fontFileName(face, script)}`);
}

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/** Every character the site's sources can show, and the languages they declare. */
export function collectCharacters(
  dirs: string[],
  siteLanguage = 'en',
): { chars: Set<string>; languages: Set<string> } {
  const chars = new Set(BASE_REPERTOIRE);
  const languages = new Set([siteLanguage]);
  for (const dir of dirs) {
    for (const path of walk(dir)) {
      if (!SOURCE_EXTENSIONS.has(extname(path)) || NOT_TEXT.has(resolve(path))) continue;
      const text = readFileSync(path, 'utf8');
      for (const c of charactersOf(text)) chars.add(c);
      for (const lang of languagesOf(relative(dir, path), text)) languages.add(lang);
    }
  }
  for (const c of repertoireFor(languages)) chars.add(c);
  return { chars, languages };
}

/** Writes a file only if its bytes changed, through a rename, so a concurrent reader never sees half a font. */
function writeAtomic(path: string, data: Uint8Array | string): void {
  if (existsSync(path) && Buffer.from(readFileSync(path)).equals(Buffer.from(data))) return;
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}

interface Manifest {
  key: string;
  /** Characters some face can draw, before subsetting. */
  drawable: string;
  /** Characters the subsets keep. */
  kept: string;
}

/**
 * Subsets into outDir (the build's cache directory). A finished set is also kept in a store shared
 * by every build of this checkout, by key, so the test suite's fixture builds, each with its own
 * cache directory and mostly the same characters, copy it instead of subsetting again.
 */
async function subsetAll(
  outDir: string,
  storeRoot: string,
  chars: Set<string>,
): Promise<{ manifest: Manifest; bytes: number; files: number; reused: boolean }> {
  const wanted = [...chars].sort().join('');
  const pkgVersion = (pkg: string) =>
    (
      JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as {
        version: string;
      }
    ).version;
  const key = createHash('sha256')
    .update(
      JSON.stringify({
        wanted,
        FACES,
        UNICODE_RANGES,
        features: featuresFor(chars),
        DROP_TABLES,
        subsetFont: pkgVersion('subset-font'),
        fonts: [...new Set(FACES.map((f) => `${f.pkg}@${pkgVersion(f.pkg)}`))],
      }),
    )
    .digest('hex');
  const manifestPath = join(outDir, 'manifest.json');
  const files = FACES.flatMap((face) =>
    SCRIPTS.map((script) => join(outDir, fontFileName(face, script))),
  );
  if (existsSync(manifestPath) && files.every((f) => existsSync(f))) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    if (manifest.key === key)
      return {
        manifest,
        bytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
        files: files.length,
        reused: true,
      };
  }
  const store = join(storeRoot, key.slice(0, 24));
  if (existsSync(join(store, 'manifest.json'))) {
    for (const f of files) writeAtomic(f, readFileSync(join(store, basename(f))));
    writeAtomic(manifestPath, readFileSync(join(store, 'manifest.json')));
    return {
      manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest,
      bytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
      files: files.length,
      reused: true,
    };
  }
  const drawable = new Set<string>();
  let bytes = 0;
  for (const face of FACES) {
    for (const script of SCRIPTS) {
      const source = readFileSync(sourcePath(face, script));
      const sfnt = await subsetFont(source, '', { keepAllGlyphs: true, targetFormat: 'truetype' });
      // What this file can draw for the browser: its glyphs within its unicode-range.
      const inRange = unicodeRangeTest(UNICODE_RANGES[script]);
      const covered = new Set([...cmapCodePoints(sfnt)].filter(inRange));
      for (const cp of covered) drawable.add(String.fromCodePoint(cp));
      const text = [...wanted].filter((c) => covered.has(c.codePointAt(0)!)).join('');
      const subset = await subsetFont(source, text, {
        targetFormat: 'woff2',
        keepFeatures: featuresFor(chars),
        dropTables: DROP_TABLES,
      });
      writeAtomic(join(outDir, fontFileName(face, script)), subset);
      bytes += subset.length;
    }
  }
  const manifest: Manifest = {
    key,
    drawable: [...drawable].sort().join(''),
    kept: [...chars]
      .filter((c) => drawable.has(c))
      .sort()
      .join(''),
  };
  writeAtomic(manifestPath, JSON.stringify(manifest));
  // Into the store through a temporary folder and one rename, so no build copies half a set.
  const temp = `${store}.${process.pid}.tmp`;
  mkdirSync(temp, { recursive: true });
  for (const f of [...files, manifestPath]) writeFileSync(join(temp, basename(f)), readFileSync(f));
  try {
    renameSync(temp, store);
  } catch {
    rmSync(temp, { recursive: true, force: true }); // another build stored the same set first
  }
  return { manifest, bytes, files: files.length, reused: false };
}

/** For `astro dev`: the whole fontsource files under the same names. */
function copyWhole(outDir: string): void {
  for (const face of FACES)
    for (const script of SCRIPTS)
      writeAtomic(join(outDir, fontFileName(face, script)), readFileSync(sourcePath(face, script)));
  writeAtomic(
    join(outDir, 'manifest.json'),
    JSON.stringify({ key: 'whole', drawable: '', kept: '' }),
  );
}

export default function fontSubset(): AstroIntegration {
  let manifest: Manifest | undefined;
  return {
    name: 'kz:font-subset',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        const outDir = fileURLToPath(new URL('fonts/', config.cacheDir));
        mkdirSync(outDir, { recursive: true });
        updateConfig({
          vite: { resolve: { alias: [{ find: /^@kz-fonts\//, replacement: outDir }] } },
        });
        writeAtomic(join(outDir, 'faces.css'), fontFaceCss());
        if (command === 'dev') copyWhole(outDir);
        if (command !== 'build') {
          // `astro sync` (run by `astro check`) and `astro preview` only need the files to exist.
          if (!existsSync(join(outDir, 'manifest.json'))) copyWhole(outDir);
          return;
        }
        const root = fileURLToPath(config.root);
        const { chars, languages } = collectCharacters([contentDir(), join(root, 'src')]);
        const result = await subsetAll(
          outDir,
          join(root, 'node_modules/.cache/kz-font-subsets'),
          chars,
        );
        manifest = result.manifest;
        logger.info(
          `${result.reused ? 'reused' : 'wrote'} ${result.files} subset files, ${(result.bytes / 1024).toFixed(1)} KB in all, ` +
            `${[...manifest.kept].length} characters (languages: ${[...languages].join(', ')})`,
        );
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!manifest) return;
        const drawable = new Set(manifest.drawable);
        const kept = new Set(manifest.kept);
        const out = fileURLToPath(dir);
        const missing = new Map<string, Set<string>>();
        for (const path of walk(out).filter((p) => p.endsWith('.html'))) {
          for (const c of pageCharacters(readFileSync(path, 'utf8'))) {
            if (drawable.has(c) && !kept.has(c))
              missing.set(c, (missing.get(c) ?? new Set()).add(`/${relative(out, path)}`));
          }
        }
        if (missing.size) {
          const lines = [...missing].map(
            ([c, pages]) =>
              `  “${c}” (${codePointLabel(c)}) on ${[...pages].slice(0, 3).join(', ')}${pages.size > 3 ? ` and ${pages.size - 3} more` : ''}`,
          );
          throw new Error(
            `Some characters on the built pages are missing from the subset fonts, so they would be drawn in another font:\n${lines.join('\n')}\n` +
              'They were made by code, not written in content/ or src/. Write the character itself (or its \\u escape) in the component that makes it, ' +
              'or add it to BASE_REPERTOIRE in src/lib/font-subset.ts.',
          );
        }
        logger.info('every character on every page is in the subset fonts');
      },
    },
  };
}
