/**
 * Makes a figure's SVG stand on its own: the page's CSS rules that paint it (fills, strokes,
 * fonts, opacity) are resolved against the page's DOM, the light theme's custom properties are
 * substituted, and the result is written into each element's style attribute. Downloads and
 * stills then look like the page without the page's stylesheet, in any SVG viewer and in resvg.
 */
import { compile } from 'css-select';
import { parse as parseSelector, SelectorType, type Selector } from 'css-what';
// css-tree ships no types; the few calls used here are typed in css-tree.d.ts beside this file.
import { generate, parse as parseCss, walk, type CssNode } from 'css-tree';
import type { AnyNode, Element } from 'domhandler';

/** The properties that change how an SVG element is painted. */
const PAINT = new Set([
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'opacity',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'display',
  'visibility',
  'vector-effect',
  'text-decoration',
  'word-spacing',
  'font-variant-numeric',
]);

type Query = (el: Element) => boolean;

interface Rule {
  match: Query;
  specificity: number;
  order: number;
  declarations: Array<{ property: string; value: string; important: boolean }>;
}

export interface StyleSheet {
  rules: Rule[];
  vars: Map<string, string>;
}

function specificityOf(selector: Selector[]): number {
  let a = 0,
    b = 0,
    c = 0,
    extra = 0;
  for (const token of selector) {
    if (token.type === SelectorType.Tag) c++;
    else if (token.type === SelectorType.Attribute) {
      if (token.name === 'id' && token.action === 'equals') a++;
      else b++;
    } else if (token.type === SelectorType.Pseudo) {
      if (token.name === 'where') continue;
      if (Array.isArray(token.data))
        extra += Math.max(0, ...token.data.map((s) => specificityOf(s)));
      else b++;
    } else if (token.type === SelectorType.PseudoElement) c++;
  }
  return a * 1_000_000 + b * 1_000 + c + extra;
}

/** Reads every top-level rule (and @layer/@supports rules) of the page's CSS that paints SVG; @media rules (dark, print, motion) are left out. */
export function readStyleSheet(cssTexts: string[]): StyleSheet {
  const rules: Rule[] = [];
  const vars = new Map<string, string>();
  const rootVars = new Set<string>();
  let order = 0;
  for (const css of cssTexts) {
    const ast = parseCss(css, { parseValue: false, parseCustomProperty: false });
    walk(ast, {
      visit: 'Rule',
      enter(node: CssNode) {
        if (node.type !== 'Rule') return;
        const inMedia = (this.atrule && !/^(layer|supports)$/.test(this.atrule.name)) || false;
        if (inMedia) return;
        const selectorText = generate(node.prelude);
        const declarations: Rule['declarations'] = [];
        walk(node.block, {
          visit: 'Declaration',
          enter(d: CssNode) {
            if (d.type !== 'Declaration') return;
            const value = generate(d.value).trim();
            if (d.property.startsWith('--')) {
              // :root's values win; a figure's own custom properties (set on its <svg>) fill in the rest.
              if (selectorText === ':root') {
                vars.set(d.property, value);
                rootVars.add(d.property);
              } else if (!rootVars.has(d.property)) vars.set(d.property, value);
              return;
            }
            if (PAINT.has(d.property))
              declarations.push({ property: d.property, value, important: Boolean(d.important) });
          },
        });
        if (!declarations.length) return;
        let parsed: Selector[][];
        try {
          parsed = parseSelector(selectorText);
        } catch {
          return;
        }
        for (const selector of parsed) {
          // Interaction states and pseudo-elements never apply to a still.
          if (
            selector.some(
              (t) =>
                t.type === SelectorType.PseudoElement ||
                (t.type === SelectorType.Pseudo &&
                  /hover|focus|active|visited|checked|target/.test(t.name)),
            )
          )
            continue;
          let match: Query;
          try {
            match = compile<AnyNode, Element>([selector]) as Query;
          } catch {
            continue;
          }
          rules.push({ match, specificity: specificityOf(selector), order: order++, declarations });
        }
      },
    });
  }
  return { rules, vars };
}

/** Splits a function's arguments at top-level commas. */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0,
    start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out;
}

/** Replaces the innermost-first calls of a CSS function by `replace(args)`. */
function replaceCalls(value: string, name: string, replace: (args: string[]) => string): string {
  const pattern = new RegExp(`\\b${name}\\(`);
  for (let guard = 0; guard < 100; guard++) {
    const m = pattern.exec(value);
    if (!m) return value;
    const open = m.index + name.length;
    let depth = 0,
      close = -1;
    for (let i = open; i < value.length; i++) {
      if (value[i] === '(') depth++;
      else if (value[i] === ')' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0) return value;
    value =
      value.slice(0, m.index) +
      replace(splitArgs(value.slice(open + 1, close))) +
      value.slice(close + 1);
  }
  return value;
}

function hex(color: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return undefined;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** color-mix(in srgb, A p%, B [q%]) of two hex colours, as a hex colour. */
function colorMix([space = '', a = '', b = '']: string[]): string | undefined {
  if (!/srgb/.test(space)) return undefined;
  const part = (s: string) => {
    const m = /^(\S+)(?:\s+([\d.]+)%)?$/.exec(s.trim());
    return m
      ? { color: hex(m[1]!), p: m[2] === undefined ? undefined : Number(m[2]) / 100 }
      : undefined;
  };
  const x = part(a),
    y = part(b);
  if (!x?.color || !y?.color) return undefined;
  const p = x.p ?? (y.p === undefined ? 0.5 : 1 - y.p);
  const mix = x.color.map((c, i) => Math.round(c * p + y.color![i]! * (1 - p)));
  return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Resolves var(), light-dark() (light wins) and clamp() (its minimum) into values every SVG renderer reads. */
export function resolveValue(value: string, vars: Map<string, string>, depth = 0): string {
  if (depth > 10) return value;
  let out = replaceCalls(value, 'var', ([name = '', fallback]) => {
    const v = vars.get(name.trim());
    return v !== undefined
      ? resolveValue(v, vars, depth + 1)
      : fallback !== undefined
        ? resolveValue(fallback, vars, depth + 1)
        : '';
  });
  out = replaceCalls(out, 'light-dark', ([light = '']) => light);
  out = replaceCalls(out, 'clamp', ([min = '']) => min);
  out = replaceCalls(
    out,
    'color-mix',
    (args) => colorMix(args) ?? args[1]?.split(/\s+/)[0] ?? 'currentColor',
  );
  out = out.replace(/(-?[\d.]+)rem\b/g, (_, n: string) => `${Number(n) * 16}px`);
  return out.trim();
}

function descendants(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element) => {
    out.push(el);
    for (const child of el.children) if (child.type === 'tag') visit(child as Element);
  };
  visit(root);
  return out;
}

/**
 * Writes the cascaded paint of every element under `svg` (still attached to its page, so
 * selectors that start outside the SVG match) into its style attribute, with the values resolved.
 */
export function inlineStyles(svg: Element, sheet: StyleSheet): void {
  const relevant = (el: Element) => sheet.rules.filter((r) => r.match(el));
  for (const el of descendants(svg)) {
    const winners = new Map<string, { value: string; rank: number }>();
    for (const rule of relevant(el)) {
      for (const d of rule.declarations) {
        const rank = (d.important ? 1e12 : 0) + rule.specificity * 1e4 + rule.order / 1e3;
        const prev = winners.get(d.property);
        if (!prev || rank >= prev.rank) winners.set(d.property, { value: d.value, rank });
      }
    }
    // An inline style attribute outranks every rule (unless !important).
    const own = new Map<string, string>();
    for (const part of (el.attribs.style ?? '').split(';')) {
      const cut = part.indexOf(':');
      if (cut > 0) own.set(part.slice(0, cut).trim(), part.slice(cut + 1).trim());
    }
    for (const [p, v] of own) {
      const prev = winners.get(p);
      if (!prev || prev.rank < 1e12) winners.set(p, { value: v, rank: 2e12 });
    }
    const style = [...winners]
      .map(
        ([p, { value }]) =>
          [p, resolveValue(value.replace(/\s*!important/, ''), sheet.vars)] as const,
      )
      .filter(([, v]) => v);
    if (style.length) el.attribs.style = style.map(([p, v]) => `${p}:${v}`).join(';');
    else delete el.attribs.style;
  }
}

/** What an inherited value on the page (font, colour) would be, for the SVG's root. */
export function rootStyle(sheet: StyleSheet): string {
  const font = resolveValue('var(--font-ui, sans-serif)', sheet.vars);
  const ink = resolveValue('var(--ink, #1d1f23)', sheet.vars);
  return `font-family:${font};color:${ink};fill:${ink}`;
}
