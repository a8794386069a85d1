/** Text in the downloads and stills: each script's run drawn from its own file, at its own weight. */
import { describe, expect, it } from 'vitest';
import { rasterise } from '../../src/figures/shared/download.ts';
import { faceFiles } from '../../src/lib/og/fonts.ts';
import { scriptOf, splitScripts, wrapScripts } from '../../src/lib/og/svg-scripts.ts';
import { decodePng } from '../support/png.ts';

const CYR = `<tspan font-family="'Golos Text Cyrillic'">`;
const EXT = `<tspan font-family="'Golos Text Cyrillic Ext'">`;

describe('wrapScripts', () => {
  it('leaves Latin text alone', () => {
    expect(wrapScripts('Russia, 2024: 10 Mt', 'Golos Text')).toBe('Russia, 2024: 10 Mt');
  });

  it('puts Cyrillic words in the Cyrillic family and keeps punctuation in the Latin one', () => {
    expect(wrapScripts('Россию, паводки: тест', 'Golos Text')).toBe(
      `${CYR}Россию</tspan>, ${CYR}паводки</tspan>: ${CYR}тест</tspan>`,
    );
  });

  it('keeps the space between two Cyrillic words in their run', () => {
    expect(wrapScripts('не подтверждено', 'Golos Text')).toBe(`${CYR}не подтверждено</tspan>`);
  });

  it('sends the Kazakh letters to the Cyrillic Extended family', () => {
    expect(wrapScripts('Қазақ', 'Golos Text')).toBe(
      `${EXT}Қ</tspan>${CYR}аза</tspan>${EXT}қ</tspan>`,
    );
  });

  it('writes Latin accented letters as base letter and mark, so the Latin file draws them', () => {
    expect(wrapScripts('Antić', 'Golos Text')).toBe('Antic\u0301');
  });

  it('finds the script file as the browser does, by unicode-range', () => {
    expect([0x41, 0x107, 0x416, 0x49b].map(scriptOf)).toEqual([
      'latin',
      'latin-ext',
      'cyrillic',
      'cyrillic-ext',
    ]);
  });
});

describe('splitScripts', () => {
  it('reads Cyrillic written as character references, and keeps XML’s own escaped', () => {
    expect(splitScripts('<text>&#x41e;&#1090; &amp; &#x26;</text>', 'Golos Text')).toBe(
      `<text>${CYR}От</tspan> &amp; &#x26;</text>`,
    );
  });

  it('touches only the text inside <text> elements', () => {
    const svg = '<svg><title>Карта</title><text x="1">Карта <tspan>мира</tspan></text></svg>';
    expect(splitScripts(svg, 'Golos Text')).toBe(
      `<svg><title>Карта</title><text x="1">${CYR}Карта</tspan> <tspan>${CYR}мира</tspan></tspan></text></svg>`,
    );
  });
});

/** Dark pixels in a one-line drawing of `text` at `weight`. */
function ink(text: string, weight: number): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60" viewBox="0 0 600 60" font-family="'Golos Text'"><rect width="600" height="60" fill="#fff"/><text x="8" y="42" font-size="32" font-weight="${weight}">${text}</text></svg>`;
  const { rgba } = decodePng(rasterise(svg, faceFiles(), 600));
  let dark = 0;
  for (let i = 0; i < rgba.length; i += 4) if (rgba[i]! < 128) dark++;
  return dark;
}

describe('rasterised text', () => {
  // A bold Russian title used to come out in regular Cyrillic with bold commas: resvg fell back to
  // the first file with the letters, whatever its weight.
  it.each(['паводки', 'Қазақстан', 'Antić'])('draws %s bolder at 700 than at 400', (word) => {
    const regular = ink(word, 400);
    expect(regular).toBeGreaterThan(200);
    expect(ink(word, 700)).toBeGreaterThan(regular * 1.25);
  });

  it('draws a comma after a Cyrillic word at the weight of the word', () => {
    const comma = (word: string, weight: number) => ink(`${word},`, weight) - ink(word, weight);
    expect(comma('Россию', 400)).toBe(comma('Russia', 400));
    expect(comma('Россию', 700)).toBe(comma('Russia', 700));
  });

  it('draws a whole mixed line, not nothing', () => {
    const line = 'Россию, паводки; Antić, Қазақстан';
    expect(ink(line, 700)).toBeGreaterThan(ink('Россию, паводки;', 700));
  });
});
