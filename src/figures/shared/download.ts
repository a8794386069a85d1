/**
 * A figure's download, for one state: the standalone SVG of the figure (inline-styles.ts),
 * framed at 1600 px wide with its title, the step's text, the source line, the credit and the
 * licence drawn in as SVG text, then rasterised with resvg using the site's own faces.
 */
import { Resvg } from '@resvg/resvg-js';
import render from 'dom-serializer';
import type { Element } from 'domhandler';
import { FAMILY, loadCardFonts } from '../../lib/og/fonts.ts';
import { splitScripts } from '../../lib/og/svg-scripts.ts';
import { wrapLines } from '../../lib/og/wrap.ts';
import { DOWNLOAD_WIDTH } from './download-strings.ts';

export interface DownloadText {
  title: string;
  /** The step's description, for a state other than the overview. */
  description?: string | undefined;
  /** "Source: …", written out. */
  source: string;
  credit: string;
  licence: string;
}

export interface Palette {
  paper: string;
  ink: string;
  ink2: string;
  rule: string;
}

const PAD = 64;
const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The figure's own viewBox, as numbers. */
export function viewBoxOf(svg: Element): [number, number, number, number] {
  const box = (svg.attribs.viewBox ?? svg.attribs.viewbox ?? '').split(/[\s,]+/).map(Number);
  if (box.length !== 4 || box.some((n) => !Number.isFinite(n)))
    throw new Error(`A figure's <svg> has no usable viewBox ("${svg.attribs.viewBox ?? ''}").`);
  return box as [number, number, number, number];
}

const LEAVES = new Set([
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'use',
  'image',
]);
const styleMap = (style = '') =>
  new Map(
    style
      .split(';')
      .map((p) => p.split(':').map((x) => x.trim()) as [string, string])
      .filter(([k, v]) => k && v !== undefined),
  );

/**
 * Moves group and element opacity onto each shape's fill and stroke opacity. resvg draws an
 * element with opacity into a layer the size of its bounds, and panics when those bounds fall
 * outside the canvas (a zoomed map's far labels); paint opacity needs no layer.
 */
function flattenOpacity(el: Element, factor: number): void {
  const style = styleMap(el.attribs.style);
  const own = Number(style.get('opacity') ?? el.attribs.opacity ?? 1);
  style.delete('opacity');
  delete el.attribs.opacity;
  const f = factor * (Number.isFinite(own) ? own : 1);
  if (LEAVES.has(el.name) && f < 1) {
    for (const prop of ['fill-opacity', 'stroke-opacity']) {
      const base = Number(style.get(prop) ?? el.attribs[prop] ?? 1);
      delete el.attribs[prop];
      style.set(prop, String(+(base * f).toFixed(3)));
    }
  }
  if (style.size) el.attribs.style = [...style].map(([k, v]) => `${k}:${v}`).join(';');
  else delete el.attribs.style;
  if (el.name === 'pattern' || el.name === 'clipPath' || el.name === 'mask') return;
  for (const child of el.children) if (child.type === 'tag') flattenOpacity(child as Element, f);
}

/** Serialises the figure's SVG element without the page's bookkeeping attributes (scoping, states, frames). */
export function figureMarkup(svg: Element, attrs: Record<string, string | number> = {}): string {
  // Invisible elements are left out: they add nothing, and resvg panics on some fully transparent text.
  const hidden = (el: Element) =>
    Number(el.attribs.opacity) === 0 ||
    /(^|;)\s*(opacity:\s*0(\.0*)?\s*(;|$)|display:\s*none)/.test(el.attribs.style ?? '');
  const strip = (el: Element) => {
    for (const name of Object.keys(el.attribs))
      if (name.startsWith('data-')) delete el.attribs[name];
    el.children = el.children.filter((child) => child.type !== 'tag' || !hidden(child as Element));
    for (const child of el.children) if (child.type === 'tag') strip(child as Element);
  };
  strip(svg);
  flattenOpacity(svg, 1);
  for (const [k, v] of Object.entries(attrs)) svg.attribs[k] = String(v);
  svg.attribs.xmlns = 'http://www.w3.org/2000/svg';
  return render(svg, { xmlMode: true, encodeEntities: 'utf8' });
}

/** The framed download: returns the SVG text and its size (1600 wide, height from the figure and the text). */
export function composeDownload(
  svg: Element,
  text: DownloadText,
  palette: Palette,
  rootStyle: string,
): { svg: string; width: number; height: number } {
  const W = DOWNLOAD_WIDTH;
  const inner = W - 2 * PAD;
  const { measure } = loadCardFonts();
  const parts: string[] = [];
  let y = PAD;
  const lines = (t: string, size: number, weight: 400 | 700, lineHeight: number, fill: string) => {
    const m = weight === 700 ? measure.title : measure.credit;
    for (const line of wrapLines(t, inner, (s) => m(s, size))) {
      y += lineHeight;
      parts.push(
        `<text x="${PAD}" y="${y - lineHeight * 0.25}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`,
      );
    }
  };
  lines(text.title, 52, 700, 64, palette.ink);
  if (text.description) {
    y += 8;
    lines(text.description, 30, 400, 42, palette.ink2);
  }
  y += 32;
  const [, , vw, vh] = viewBoxOf(svg);
  const figureHeight = Math.round((inner * vh) / vw);
  // Drawn as a scaled group, not a nested <svg>, and masked by paper-coloured bands rather than
  // clipped: resvg panics on some clipped or nested viewports holding a zoomed map.
  const [vx, vy] = viewBoxOf(svg);
  const k = inner / vw;
  const style = `${svg.attribs.style ? `${svg.attribs.style};` : ''}${rootStyle}`;
  for (const name of ['viewBox', 'viewbox', 'width', 'height', 'x', 'y', 'preserveAspectRatio'])
    delete svg.attribs[name];
  svg.name = 'g';
  const top = y;
  const bands = (total: number) =>
    [
      [0, 0, W, top],
      [0, top + figureHeight, W, total - top - figureHeight],
      [0, top, PAD, figureHeight],
      [W - PAD, top, PAD, figureHeight],
    ]
      .map(
        ([x, yy, w, h]) =>
          `<rect x="${x}" y="${yy}" width="${w}" height="${h}" fill="${palette.paper}"/>`,
      )
      .join('');
  const figure = [
    `<g transform="translate(${PAD} ${y}) scale(${+k.toFixed(5)}) translate(${-vx} ${-vy})">`,
    figureMarkup(svg, { style }).replace(/^<g xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '<g'),
    '</g>',
  ].join('');
  y += figureHeight + 32;
  parts.push(
    `<line x1="${PAD}" x2="${W - PAD}" y1="${y}" y2="${y}" stroke="${palette.rule}" stroke-width="2"/>`,
  );
  y += 8;
  lines(text.source, 26, 400, 38, palette.ink2);
  y += 6;
  lines(text.credit, 26, 700, 38, palette.ink);
  lines(text.licence, 26, 400, 38, palette.ink2);
  const height = Math.ceil(y + PAD - 16);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="'${FAMILY.ui}', 'Golos fallback', Arial, sans-serif">`,
    `<rect width="${W}" height="${height}" fill="${palette.paper}"/>`,
    figure,
    bands(height),
    parts.join('\n'),
    '</svg>',
  ].join('\n');
  return { svg: out, width: W, height };
}

/** The PNG of a composed download at its own 1600 px width (or another drawing at `width`), with only the site’s faces (system fonts off). */
export function rasterise(svg: string, fontFiles: string[], width = DOWNLOAD_WIDTH): Buffer {
  return new Resvg(splitScripts(svg, FAMILY.ui), {
    fitTo: { mode: 'width', value: width },
    font: {
      loadSystemFonts: false,
      fontFiles,
      defaultFontFamily: FAMILY.ui,
      sansSerifFamily: FAMILY.ui,
      serifFamily: FAMILY.text,
    },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  })
    .render()
    .asPng();
}
