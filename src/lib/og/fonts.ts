/**
 * The site's two faces as static WOFF files from node_modules (satori reads neither WOFF2 nor
 * variable fonts), read once per build. Latin Extended rides along for names such as Antić, and
 * the Cyrillic files for the editions written in it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Script } from '../font-faces.ts';
import { measureWith, readWoffMetrics, type Measure } from './metrics.ts';

export const FAMILY = { ui: 'Golos Text', text: 'Piazzolla' } as const;
type Weight = 400 | 600 | 700;

/** Every face a card uses: family, weight, and the fontsource package that ships it. */
const FACES: ReadonlyArray<{ name: string; pkg: string; file: string; weight: Weight }> = [
  { name: FAMILY.ui, pkg: '@fontsource/golos-text', file: 'golos-text', weight: 400 },
  { name: FAMILY.ui, pkg: '@fontsource/golos-text', file: 'golos-text', weight: 600 },
  { name: FAMILY.ui, pkg: '@fontsource/golos-text', file: 'golos-text', weight: 700 },
  { name: FAMILY.text, pkg: '@fontsource/piazzolla', file: 'piazzolla', weight: 400 },
];
// Cyrillic and Cyrillic Extended for the Russian cards (and Kazakh's ә ғ қ ң ө ұ ү һ і after it).
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;

export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
}

export interface CardFonts {
  /**
   * What satori needs. The Cyrillic files go under their own family names (cyrillicFamily): given
   * Latin and Cyrillic files under one name, satori lays a Cyrillic run out with the Latin file's
   * widths, or draws the digits of a Cyrillic line as missing glyphs, depending on the order.
   * card.ts puts each run of Cyrillic in its own span with that family instead.
   */
  satori: SatoriFont[];
  /** Text widths for line breaking, by role. */
  measure: { kicker: Measure; title: Measure; dek: Measure; brand: Measure; credit: Measure };
}

/** The family name the card fonts' Cyrillic files go under: "Golos Text Cyrillic". */
export const cyrillicFamily = (family: string) => `${family} Cyrillic`;

/**
 * The Cyrillic Extended files (Kazakh's ә ғ қ ң ө ү һ і) go under a name of their own too: under the
 * Cyrillic name, satori took only the first file of the two and drew those letters as missing glyphs.
 */
export const cyrillicExtFamily = (family: string) => `${family} Cyrillic Ext`;

/** A Cyrillic run's font-family: the Cyrillic file, then satori falls back to the Extended one per letter. */
export const cyrillicStack = (family: string) =>
  `"${cyrillicFamily(family)}", "${cyrillicExtFamily(family)}"`;

/**
 * The family a script's files go under for resvg (svg-scripts.ts says why): the Latin ones keep the
 * face's own name, the Cyrillic ones take the names satori uses. (Under a name of its own, Latin
 * Extended broke resvg: after falling back for ć, it drew the Cyrillic after it as nothing.)
 */
export function scriptFamily(family: string, script: Script): string {
  if (script === 'latin' || script === 'latin-ext') return family;
  return script === 'cyrillic' ? cyrillicFamily(family) : cyrillicExtFamily(family);
}

/** Kicker letter-spacing, in em; card.ts draws it with the same value. */
export const KICKER_TRACKING = 0.06;

let cache: CardFonts | undefined;

/** Reads the fonts on first use; later calls in the same build reuse them. */
export function loadCardFonts(root = process.cwd()): CardFonts {
  if (cache) return cache;
  const require = createRequire(join(root, 'package.json'));
  const satori: SatoriFont[] = [];
  const metrics = new Map<string, ReturnType<typeof readWoffMetrics>[]>();
  for (const face of FACES) {
    const key = `${face.name}|${face.weight}`;
    metrics.set(key, []);
    for (const subset of SUBSETS) {
      const data = readFileSync(
        require.resolve(`${face.pkg}/files/${face.file}-${subset}-${face.weight}-normal.woff`),
      );
      const name =
        subset === 'cyrillic-ext'
          ? cyrillicExtFamily(face.name)
          : subset === 'cyrillic'
            ? cyrillicFamily(face.name)
            : face.name;
      satori.push({ name, data, weight: face.weight, style: 'normal' });
      metrics.get(key)!.push(readWoffMetrics(data));
    }
  }
  const m = (name: string, weight: Weight, tracking = 0) =>
    measureWith(metrics.get(`${name}|${weight}`)!, tracking);
  cache = {
    satori,
    measure: {
      kicker: m(FAMILY.ui, 600, KICKER_TRACKING),
      title: m(FAMILY.ui, 700),
      dek: m(FAMILY.text, 400),
      brand: m(FAMILY.ui, 600),
      credit: m(FAMILY.ui, 400),
    },
  };
  return cache;
}

/**
 * A font's name table with its family (name IDs 1 and 16) set to `family` and its full name (4) to
 * that family and the style (2); the other names stay. Only the Windows Unicode records are kept,
 * which is what resvg's font database reads.
 */
export function renameFamily(name: Buffer, family: string): Buffer {
  const base = name.readUInt16BE(4);
  const old = new Map<string, Buffer>();
  for (let i = 0; i < name.readUInt16BE(2); i++) {
    const at = 6 + i * 12;
    if (name.readUInt16BE(at) !== 3 || name.readUInt16BE(at + 2) !== 1) continue;
    const start = base + name.readUInt16BE(at + 10);
    const key = `${name.readUInt16BE(at + 4)}:${name.readUInt16BE(at + 6)}`;
    old.set(key, name.subarray(start, start + name.readUInt16BE(at + 8)));
  }
  const utf16 = (s: string) => Buffer.from(s, 'utf16le').swap16();
  const records = [...old].map(([key, text]) => {
    const [lang, id] = key.split(':').map(Number) as [number, number];
    const style = Buffer.from(old.get(`${lang}:2`) ?? utf16('Regular'))
      .swap16()
      .toString('utf16le');
    const value =
      id === 1 || id === 16 ? utf16(family) : id === 4 ? utf16(`${family} ${style}`) : text;
    return { lang, id, value };
  });
  records.sort((a, b) => a.lang - b.lang || a.id - b.id);
  const head = Buffer.alloc(6 + records.length * 12);
  head.writeUInt16BE(records.length, 2);
  head.writeUInt16BE(head.length, 4);
  let offset = 0;
  records.forEach((r, i) => {
    const at = 6 + i * 12;
    [3, 1, r.lang, r.id, r.value.length, offset].forEach((v, k) =>
      head.writeUInt16BE(v, at + k * 2),
    );
    offset += r.value.length;
  });
  return Buffer.concat([head, ...records.map((r) => r.value)]);
}

/**
 * Rebuilds the TrueType/OpenType file inside a WOFF (resvg reads only those), table by table;
 * with `family`, under that family name.
 */
export function woffToSfnt(woff: Uint8Array, rename?: { family: string }): Buffer {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('Not a WOFF font');
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  const tables: Array<{ tag: Buffer; checksum: number; data: Buffer }> = [];
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20;
    const offset = view.getUint32(entry + 4);
    const compressed = view.getUint32(entry + 8);
    const original = view.getUint32(entry + 12);
    const raw = Buffer.from(woff.subarray(offset, offset + compressed));
    tables.push({
      tag: Buffer.from(woff.subarray(entry, entry + 4)),
      checksum: view.getUint32(entry + 16),
      data: compressed < original ? inflateSync(raw) : raw,
    });
    const table = tables.at(-1)!;
    if (rename && table.tag.toString('latin1') === 'name')
      table.data = renameFamily(table.data, rename.family);
  }
  const pow = 2 ** Math.floor(Math.log2(count));
  const head = Buffer.alloc(12 + 16 * count);
  head.writeUInt32BE(flavor, 0);
  head.writeUInt16BE(count, 4);
  head.writeUInt16BE(pow * 16, 6);
  head.writeUInt16BE(Math.log2(pow), 8);
  head.writeUInt16BE(count * 16 - pow * 16, 10);
  const parts: Buffer[] = [head];
  let at = head.length;
  tables.forEach((t, i) => {
    t.tag.copy(head, 12 + i * 16);
    head.writeUInt32BE(t.checksum, 16 + i * 16);
    head.writeUInt32BE(at, 20 + i * 16);
    head.writeUInt32BE(t.data.length, 24 + i * 16);
    const padded = Buffer.alloc(Math.ceil(t.data.length / 4) * 4);
    t.data.copy(padded);
    parts.push(padded);
    at += padded.length;
  });
  return Buffer.concat(parts);
}

/** The site's faces as TrueType files in `dir`, for resvg (which reads font files, not WOFF): their paths. */
export function writeSfntFaces(dir: string, root = process.cwd()): string[] {
  const require = createRequire(join(root, 'package.json'));
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const faces = [
    ...FACES,
    { name: FAMILY.text, pkg: '@fontsource/piazzolla', file: 'piazzolla', weight: 700 as Weight },
  ];
  for (const face of faces) {
    // Downloads draw the Russian edition's figures too, so they carry the Cyrillic files as well.
    for (const subset of SUBSETS) {
      const name = `${face.file}-${subset}-${face.weight}-normal`;
      const out = join(dir, `${name}.ttf`);
      const sfnt = woffToSfnt(readFileSync(require.resolve(`${face.pkg}/files/${name}.woff`)), {
        family: scriptFamily(face.name, subset),
      });
      writeFileSync(out, sfnt);
      files.push(out);
    }
  }
  return files;
}

let files: string[] | undefined;
/** The faces as TrueType files in the build cache, for resvg: written once per process. */
export function faceFiles(): string[] {
  files ??= writeSfntFaces(
    join(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro', 'download-fonts'),
  );
  return files;
}
