/**
 * resvg picks one face for a run of text by family and weight, then draws every glyph that face
 * lacks from the first loaded face that has it, whatever its weight. With Fontsource's files cut
 * by script, a bold Russian title came out in regular Cyrillic with bold commas. So each script's
 * files are registered under a family of their own (fonts.ts), and every run of text in another
 * script than Latin is wrapped in a <tspan> of that family: each run then finds its own weight.
 */
import { UNICODE_RANGES, type Script } from '../font-faces.ts';
import { scriptFamily } from './fonts.ts';
import { decompose } from './runs.ts';

const RANGES = Object.entries(UNICODE_RANGES).map(([script, list]) => ({
  script: script as Script,
  spans: list.split(',').map((part) => {
    const [from, to] = part.trim().replace('U+', '').split('-') as [string, string?];
    return [parseInt(from, 16), parseInt(to ?? from, 16)] as const;
  }),
}));

/** The script file a character is drawn from: the first range that holds it, as the browser does. */
export function scriptOf(codePoint: number): Script {
  const hit = RANGES.find(({ spans }) => spans.some(([a, b]) => codePoint >= a && codePoint <= b));
  return hit?.script ?? 'latin';
}

const escapeAttr = (s: string) => s.replace(/"/g, '&quot;');

/**
 * A text node's characters in runs by script, the non-Latin ones in a tspan of their family. A
 * space between two words of one script stays in their run (each file has the space).
 */
export function wrapScripts(text: string, family: string): string {
  if (/^[\u0000-\u00bf]*$/.test(text)) return text;
  // Latin Extended letters are drawn as base letter plus combining mark from the Latin file:
  // resvg drew nothing at all for a text with a precomposed ć falling back to another file beside
  // a Cyrillic tspan.
  const chars = [...decompose(text)];
  // A combining mark goes with the letter before it (each file has the marks it needs).
  const scripts: Script[] = [];
  chars.forEach((c, i) => {
    const cp = c.codePointAt(0)!;
    scripts.push(cp >= 0x300 && cp <= 0x36f && i > 0 ? scripts[i - 1]! : scriptOf(cp));
  });
  chars.forEach((c, i) => {
    if (c !== ' ') return;
    const before = scripts[i - 1];
    if (before && before === scripts[i + 1]) scripts[i] = before;
  });
  let out = '';
  for (let i = 0; i < chars.length;) {
    let j = i;
    while (j < chars.length && scripts[j] === scripts[i]) j++;
    const run = chars.slice(i, j).join('');
    const script = scripts[i]!;
    out +=
      script === 'latin'
        ? run
        : `<tspan font-family="${escapeAttr(`'${scriptFamily(family, script)}'`)}">${run}</tspan>`;
    i = j;
  }
  return out;
}

/** Numeric character references as the characters (the figures' serialiser writes Cyrillic so), bar XML's own. */
const decodeNumeric = (text: string) =>
  text.replace(/&#(x[0-9a-f]+|[0-9]+);/gi, (ref, code: string) => {
    const c = String.fromCodePoint(
      code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : +code,
    );
    return /[<>&"']/.test(c) ? ref : c;
  });

/** Every text node inside the SVG's <text> elements, split by script as above. */
export function splitScripts(svg: string, family: string): string {
  return svg.replace(/<text\b[\s\S]*?<\/text>/g, (element) =>
    element.replace(
      />([^<]+)</g,
      (_, text: string) => `>${wrapScripts(decodeNumeric(text), family)}<`,
    ),
  );
}
