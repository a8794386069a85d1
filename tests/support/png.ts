/** Reading a PNG's header, for the build test: is it a PNG, and how big is it? */

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
