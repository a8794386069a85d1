/** The palette itself meets WCAG AA in both themes, so every figure and callout built from it can. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, themeColours } from '../support/contrast.ts';

const css = readFileSync('src/styles/tokens.css', 'utf8');
const light = themeColours(css, 'light');
const dark = themeColours(css, 'dark');

/** Colours used for text (labels, links, tags) need 4.5:1 on both backgrounds. */
const TEXT = [
  '--ink',
  '--ink-2',
  '--link',
  '--gold',
  '--sky',
  '--actor-kazakhstan',
  '--actor-russia',
  '--actor-china',
  '--actor-west',
  '--actor-central-asia',
  '--actor-caucasus',
  '--actor-neutral',
];

describe('contrast arithmetic', () => {
  it('matches known WCAG values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe.each([
  ['light', light],
  ['dark', dark],
] as const)('the %s theme', (_name, theme) => {
  it.each(TEXT)('%s reads at AA (4.5:1) on the page and on callout backgrounds', (token) => {
    for (const background of ['--paper', '--paper-2']) {
      expect(
        contrastRatio(theme[token]!, theme[background]!),
        `${token} on ${background}`,
      ).toBeGreaterThanOrEqual(4.5);
    }
  });
});
