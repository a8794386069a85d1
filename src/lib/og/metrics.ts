/**
 * Advance widths from a WOFF font, so card text can be wrapped before satori draws it.
 * Reads only what widths need (head, hhea, hmtx, cmap); kerning is ignored, which errs
 * on the wide side for Latin text, so lines measured here never come out longer in the image.
 */
import { inflateSync } from 'node:zlib';

export interface FontMetrics {
  /** Advance of one character, in em; undefined when the font has no glyph for it. */
  advance(codePoint: number): number | undefined;
}

/** Measures a run of text in pixels at a font size. */
export type Measure = (text: string, fontSize: number) => number;

function tables(woff: Uint8Array): Map<string, DataView> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646)
    throw new Error('Not a WOFF font (satori cannot read WOFF2; use the .woff files)');
  const count = view.getUint16(12);
  const out = new Map<string, DataView>();
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20;
    const tag = String.fromCharCode(...woff.subarray(entry, entry + 4));
    const offset = view.getUint32(entry + 4);
    const compressed = view.getUint32(entry + 8);
    const original = view.getUint32(entry + 12);
    const raw = woff.subarray(offset, offset + compressed);
    const data = compressed < original ? inflateSync(raw) : raw;
    out.set(tag, new DataView(data.buffer, data.byteOffset, data.byteLength));
  }
  return out;
}

/** Character → glyph id, from a format 4 or format 12 Unicode subtable. */
function readCmap(cmap: DataView): Map<number, number> {
  const map = new Map<number, number>();
  const subtables = cmap.getUint16(2);
  const offsets: number[] = [];
  for (let i = 0; i < subtables; i++) {
    const platform = cmap.getUint16(4 + i * 8);
    const encoding = cmap.getUint16(6 + i * 8);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))
      offsets.push(cmap.getUint32(8 + i * 8));
  }
  for (const at of offsets) {
    const format = cmap.getUint16(at);
    if (format === 4) {
      const segments = cmap.getUint16(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const end = cmap.getUint16(ends + s * 2);
        const start = cmap.getUint16(starts + s * 2);
        const delta = cmap.getInt16(deltas + s * 2);
        const rangeOffset = cmap.getUint16(rangeOffsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number;
          if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
          else {
            const g = cmap.getUint16(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
            glyph = g === 0 ? 0 : (g + delta) & 0xffff;
          }
          if (glyph !== 0 && !map.has(c)) map.set(c, glyph);
        }
      }
    } else if (format === 12) {
      const groups = cmap.getUint32(at + 12);
      for (let g = 0; g < groups; g++) {
        const base = at + 16 + g * 12;
        const start = cmap.getUint32(base);
        const end = cmap.getUint32(base + 4);
        const glyph = cmap.getUint32(base + 8);
        for (let c = start; c <= end; c++) if (!map.has(c)) map.set(c, glyph + c - start);
      }
    }
  }
  return map;
}

export function readWoffMetrics(woff: Uint8Array): FontMetrics {
  const t = tables(woff);
  const head = t.get('head');
  const hhea = t.get('hhea');
  const hmtx = t.get('hmtx');
  const cmap = t.get('cmap');
  if (!head || !hhea || !hmtx || !cmap) throw new Error('WOFF font lacks head, hhea, hmtx or cmap');
  const unitsPerEm = head.getUint16(18);
  const metricsCount = hhea.getUint16(34);
  const glyphs = readCmap(cmap);
  return {
    advance(codePoint) {
      const glyph = glyphs.get(codePoint);
      if (glyph === undefined) return undefined;
      return hmtx.getUint16(Math.min(glyph, metricsCount - 1) * 4) / unitsPerEm;
    },
  };
}

/**
 * A measure over fonts that share one family (for example the Latin and Latin Extended files):
 * each character takes its width from the first font that has it, or a wide guess otherwise.
 */
export function measureWith(fonts: FontMetrics[], letterSpacingEm = 0): Measure {
  return (text, fontSize) => {
    let em = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let w: number | undefined;
      for (const f of fonts) if ((w = f.advance(cp)) !== undefined) break;
      em += (w ?? 0.65) + letterSpacingEm;
    }
    return em * fontSize;
  };
}
