/**
 * The site's two faces as static WOFF files from node_modules (satori reads neither WOFF2 nor
 * variable fonts), read once per build. Latin Extended rides along for names such as Antić.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
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
const SUBSETS = ['latin', 'latin-ext'] as const;

export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
}

export interface CardFonts {
  /** What satori needs. */
  satori: SatoriFont[];
  /** Text widths for line breaking, by role. */
  measure: { kicker: Measure; title: Measure; dek: Measure; brand: Measure; credit: Measure };
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
      const data = readFileSync(require.resolve(`${face.pkg}/files/${face.file}-${subset}-${face.weight}-normal.woff`));
      satori.push({ name: face.name, data, weight: face.weight, style: 'normal' });
      metrics.get(key)!.push(readWoffMetrics(data));
    }
  }
  const m = (name: string, weight: Weight, tracking = 0) => measureWith(metrics.get(`${name}|${weight}`)!, tracking);
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
