/**
 * The web faces and the script files each is cut into: the one list the subsetter
 * (src/integrations/font-subset.ts) cuts files from and the @font-face rules that serve them
 * (written next to the files as `@kz-fonts/faces.css`, imported by Base.astro) are made from.
 */

/** The web faces: the text serif only; the interface uses the system sans (see README, Fonts). */
export const FACES = [
  {
    pkg: '@fontsource/piazzolla',
    file: 'piazzolla',
    family: 'Piazzolla',
    weight: 400,
    style: 'normal',
  },
  {
    pkg: '@fontsource/piazzolla',
    file: 'piazzolla',
    family: 'Piazzolla',
    weight: 400,
    style: 'italic',
  },
  {
    pkg: '@fontsource/piazzolla',
    file: 'piazzolla',
    family: 'Piazzolla',
    weight: 700,
    style: 'normal',
  },
] as const;
export type Face = (typeof FACES)[number];

/**
 * Fontsource's script subsets we serve, with its unicode-range: each becomes one file per face,
 * fetched only for text in its range.
 */
export const UNICODE_RANGES = {
  latin:
    'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
  'latin-ext':
    'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF',
  cyrillic: 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116',
  'cyrillic-ext': 'U+0460-052F, U+1C80-1C8A, U+20B4, U+2DE0-2DFF, U+A640-A69F, U+FE2E-FE2F',
} as const;
export type Script = keyof typeof UNICODE_RANGES;
export const SCRIPTS = Object.keys(UNICODE_RANGES) as Script[];

export function fontFileName(face: Face, script: Script): string {
  return `${face.file}-${script}-${face.weight}-${face.style}.woff2`;
}

/**
 * One @font-face per face and script, face by face, each file beside this CSS.
 * font-display: optional, because a face that arrives after the first paint would reflow the
 * text under the reader; Base.astro preloads what a page's first screen uses (README, Fonts).
 */
export function fontFaceCss(): string {
  const rules = FACES.flatMap((face) =>
    SCRIPTS.map(
      (script) => `@font-face {
  font-family: '${face.family}';
  font-style: ${face.style};
  font-weight: ${face.weight};
  font-display: optional;
  src: url('./${fontFileName(face, script)}') format('woff2');
  unicode-range: ${UNICODE_RANGES[script]};
}
`,
    ),
  );
  return `/* Written by src/integrations/font-subset.ts from src/lib/font-faces.ts: edit those, not this. */\n${rules.join('\n')}`;
}
