/** subset-font ships no types; this is the part of its API the font integration uses. */
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt';
    keepFeatures?: string[];
    keepAllGlyphs?: boolean;
    noLayoutClosure?: boolean;
    preserveNameIds?: number[];
    dropTables?: string[];
  }
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: SubsetOptions,
  ): Promise<Buffer>;
}
