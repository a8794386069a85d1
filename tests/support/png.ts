/** Reading PNGs for the tests: is it a PNG, how big is it, and what does it show? */
import { inflateSync } from 'node:zlib';

/**
 * At most 150 KB per card. A flat-colour card with antialiased text compresses to 30–65 KB;
 * the headroom allows longer text, and anything past it means a photo, a gradient or noise,
 * or the wrong scale slipped in. Link previews fetch these on every share, often on phones.
 */
export const PNG_BUDGET = 150 * 1024;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
}

/** Width and height from the IHDR chunk, which must come first; throws if this is not a PNG. */
export function readPngHeader(bytes: Uint8Array): PngInfo {
  if (bytes.length < 33 || SIGNATURE.some((b, i) => bytes[i] !== b))
    throw new Error('Not a PNG (wrong signature)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== 'IHDR' || view.getUint32(8) !== 13)
    throw new Error('PNG does not start with an IHDR chunk');
  return {
    width: view.getUint32(16),
    height: view.getUint32(20),
    bitDepth: bytes[24]!,
    colourType: bytes[25]!,
  };
}

/** A decoded PNG: 8-bit RGBA, row by row. */
export interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** Decodes an 8-bit RGB or RGBA PNG (what resvg writes), to look at what a card shows. */
export function decodePng(bytes: Uint8Array): Pixels {
  const { width, height, bitDepth, colourType } = readPngHeader(bytes);
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  if (bitDepth !== 8 || !channels)
    throw new Error(`decodePng reads 8-bit RGB or RGBA only (colour type ${colourType})`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const data: Uint8Array[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'IDAT') data.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels]! : 0;
      const b = previous[x]!;
      const c = x >= channels ? previous[x - channels]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
      row[x] = (line[x]! + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++)
      for (let ch = 0; ch < 4; ch++)
        out[(y * width + x) * 4 + ch] = ch < channels ? row[x * channels + ch]! : 255;
    previous = row;
  }
  return { width, height, rgba: out };
}

/** The pixels of a rectangle as "#rrggbb" strings (alpha ignored: the cards are opaque). */
export function coloursIn(
  image: Pixels,
  box: { x: number; y: number; width: number; height: number },
): string[] {
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  const colours: string[] = [];
  for (let y = Math.round(box.y); y < Math.round(box.y + box.height); y++)
    for (let x = Math.round(box.x); x < Math.round(box.x + box.width); x++) {
      const i = (y * image.width + x) * 4;
      colours.push(`#${hex(image.rgba[i]!)}${hex(image.rgba[i + 1]!)}${hex(image.rgba[i + 2]!)}`);
    }
  return colours;
}
