/** WCAG 2 contrast between two sRGB colours written #rrggbb. */

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new RangeError(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => channel(parseInt(h, 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour custom properties in tokens.css as one theme sees them: light-dark(light, dark) pairs resolved. */
export function themeColours(css: string, theme: 'light' | 'dark'): Record<string, string> {
  const pick = theme === 'light' ? 1 : 2;
  const pairs = [
    ...css.matchAll(
      /(--[\w-]+):\s*light-dark\(\s*(#[0-9a-fA-F]{6})\s*,\s*(#[0-9a-fA-F]{6})\s*\)\s*;/g,
    ),
  ].map((m) => [m[1]!, m[pick + 1]!.toLowerCase()]);
  const plain = [...css.matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [
    m[1]!,
    m[2]!.toLowerCase(),
  ]);
  return Object.fromEntries([...plain, ...pairs]);
}
