/**
 * Writes every figure's downloads after the pages are built: for the overview and each state,
 * /downloads/<figure>/<state>.svg and .png (1600 px wide), each with the figure's title, the
 * step's text, its source line, the credit and the licence drawn in. It reads the figure as the
 * chapter page draws it (its SVG and the page's CSS), puts it in each state the way the island
 * would (apply-state.ts), so new figures in src/figures/index.ts get downloads with no more code.
 * It also writes the bare stills the storyboard shows (/stills/<figure>/[phone/]<state>.svg),
 * serves them in `astro dev` (dev-stills.ts), and draws each chapter's into its social card (card-stills.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { selectAll, selectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { removeElement, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { trimToView } from '../lib/svg-cull.ts';
import { thinPaths } from '../lib/svg-thin.ts';
import { FIGURES } from '../figures/index.ts';
import { applyStateToDom } from '../figures/shared/apply-state.ts';
import { composeDownload, figureMarkup, rasterise, viewBoxOf } from '../figures/shared/download.ts';
import {
  DOWNLOAD_STRINGS_EN,
  downloadStrings,
  type DownloadStrings,
} from '../figures/shared/download-strings.ts';
import {
  inlineStyles,
  readStyleSheet,
  resolveValue,
  rootStyle,
  type StyleSheet,
} from '../figures/shared/inline-styles.ts';
import { stepsIn } from '../figures/shared/step-views.ts';
import { faceFiles } from '../lib/og/fonts.ts';
import { SITE } from '../site.ts';
import { devStills } from './dev-stills.ts';
import { drawCardStills } from './card-stills.ts';
import { TRANSLATIONS } from '../i18n/locales.ts';
import { ui } from '../i18n/ui/index.ts';

const PARSE = {
  lowerCaseAttributeNames: false,
  lowerCaseTags: false,
  recognizeSelfClosing: true,
} as const;

/** The page's stylesheets: linked files from dist and inline <style> blocks, in document order. */
function pageCss(html: string, dist: string, base: string): string[] {
  const doc = parseDocument(html, PARSE);
  const out: string[] = [];
  for (const el of selectAll<AnyNode, Element>('link[rel~=stylesheet], style', doc)) {
    if (el.name === 'style') out.push(textContent(el));
    else {
      const file = join(dist, (el.attribs.href ?? '').replace(new RegExp(`^${base}`), ''));
      if (existsSync(file)) out.push(readFileSync(file, 'utf8'));
    }
  }
  return out;
}

/** The figure's drawing: the desktop artwork when a figure draws more than one (the widest viewBox). */
export function figureSvg(section: Element): Element {
  const svgs = selectAll('svg.figure__svg', section);
  if (!svgs.length)
    throw new Error(`Figure "${section.attribs['data-figure']}" has no svg.figure__svg.`);
  return svgs.reduce((best, svg) => (viewBoxOf(svg)[2] > viewBoxOf(best)[2] ? svg : best));
}

export interface FigureOnPage {
  id: string;
  overview: string;
  title: string;
  sources: string[];
  /** Each step's state and description, in reading order. */
  steps: Array<{ show: string; description: string }>;
}

/** What the chapter page says about a figure: its title, sources and steps. */
export function readFigure(section: Element): FigureOnPage {
  const title = textContent(selectOne('.scrolly__title', section) ?? section).trim();
  const sources = selectAll('.figure__source a', section)
    .filter((a) => !/\/facts\/$/.test(a.attribs.href ?? ''))
    .map((a) => textContent(a).trim());
  const steps = stepsIn(section);
  return {
    id: section.attribs['data-figure']!,
    overview: section.attribs['data-overview']!,
    title,
    sources,
    steps,
  };
}

/** One state of a figure, as a standalone framed SVG. `html` is the chapter page. */
export function downloadSvg(
  html: string,
  figureId: string,
  state: string,
  sheet: StyleSheet,
  site: string,
  strings: DownloadStrings = DOWNLOAD_STRINGS_EN,
  siteTitle: string = SITE.title,
) {
  const doc = parseDocument(html, PARSE);
  const section = selectOne<AnyNode, Element>(`figure.scrolly[data-figure="${figureId}"]`, doc);
  if (!section) throw new Error(`No <figure data-figure="${figureId}"> on its chapter page.`);
  const info = readFigure(section);
  const svg = figureSvg(section);
  applyStateToDom(svg, state, info.overview);
  inlineStyles(svg, sheet);
  const v = (name: string, fallback: string) =>
    resolveValue(`var(${name}, ${fallback})`, sheet.vars);
  const palette = {
    paper: v('--paper', '#ffffff'),
    ink: v('--ink', '#1d1f23'),
    ink2: v('--ink-2', '#4a4f57'),
    rule: v('--rule', '#d8d3c6'),
  };
  const description =
    state === info.overview ? undefined : info.steps.find((s) => s.show === state)?.description;
  return composeDownload(
    svg,
    {
      title: info.title,
      description,
      source: `${strings.source} ${info.sources.join('; ')}`.replace(/([^.])$/, '$1.'),
      credit: strings.credit(siteTitle, site),
      licence: strings.licence(siteTitle),
    },
    palette,
    rootStyle(sheet),
  );
}

/** The phone artwork of a figure that draws one (svg.figure__svg--phone), else undefined. */
export function phoneSvg(section: Element): Element | undefined {
  return selectOne<AnyNode, Element>('svg.figure__svg.figure__svg--phone', section) ?? undefined;
}

const DESKTOP_AND_PHONE = ['desktop', 'phone', 'thumb'] as const;
const DESKTOP_ONLY = ['desktop', 'thumb'] as const;
/** A translation's chapter openings show its own stills, drawn from its own page. */
const OPENING_ARTWORKS = ['desktop', 'thumb'] as const;

/**
 * The drawings a still is made from: the desktop and phone artworks, and `thumb`, the desktop
 * artwork thinned for a chapter opening's small picture (48–72 px tall below 76em).
 */
export type StillArtwork = 'desktop' | 'phone' | 'thumb';

/** Where a state's still is written, under dist/: the desktop artwork, or the phone's or the thumbnail's beside it. */
export const stillPath = (figureId: string, state: string, artwork: StillArtwork) =>
  artwork === 'desktop'
    ? `stills/${figureId}/${state}.svg`
    : `stills/${figureId}/${artwork}/${state}.svg`;

/**
 * How far, in viewBox units, a still's outlines may stray from the figure's. Stills are shown at
 * 520 px wide at most (the storyboard), and a wide screen's chapter opening at 240 px, so a
 * vertex that moves a border by less than a pixel is not missed, but it was most of a map still's bytes.
 */
const STILL_TOLERANCE = 1;
/**
 * A chapter opening's thumbnail is at most 110 px wide, a fifth of its viewBox: four units are
 * under a pixel there. Its labels, 3 px tall at that size, are left out.
 */
const THUMB_TOLERANCE = 4;

/** One state of a figure alone, without its frame: for chapter openings and the storyboard. */
export function stillSvg(
  html: string,
  figureId: string,
  state: string,
  sheet: StyleSheet,
  artwork: StillArtwork = 'desktop',
): string {
  const doc = parseDocument(html, PARSE);
  const section = selectOne<AnyNode, Element>(`figure.scrolly[data-figure="${figureId}"]`, doc)!;
  const svg = (artwork === 'phone' && phoneSvg(section)) || figureSvg(section);
  applyStateToDom(svg, state, section.attribs['data-overview']!);
  inlineStyles(svg, sheet);
  const view = viewBoxOf(svg);
  const [, , w, h] = view;
  // A chapter opens with a still: what a zoomed state leaves off the picture is not sent.
  trimToView(svg, view);
  thinPaths(svg, artwork === 'thumb' ? THUMB_TOLERANCE : STILL_TOLERANCE);
  for (const child of [...svg.children])
    if (
      child.type === 'tag' &&
      ((child as Element).name === 'title' || (child as Element).name === 'desc')
    )
      svg.children.splice(svg.children.indexOf(child), 1);
  if (artwork === 'thumb')
    for (const text of selectAll<AnyNode, Element>('text', svg)) removeElement(text);
  delete svg.attribs.role;
  delete svg.attribs['aria-labelledby'];
  return figureMarkup(svg, {
    width: w,
    height: h,
    style: `${svg.attribs.style ? `${svg.attribs.style};` : ''}${rootStyle(sheet)}`,
  });
}

export default function figureDownloads(): AstroIntegration {
  let site = 'http://localhost:4321/';
  let base = '/';
  return {
    name: 'kz:figure-downloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = new URL(config.base, config.site ?? 'http://localhost:4321').href;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(devStills(base, stillSvg));
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const dist = fileURLToPath(dir);
        const started = performance.now();
        const fonts = faceFiles();
        let count = 0;
        for (const figure of FIGURES) {
          const page = join(dist, figure.chapter, 'index.html');
          if (!existsSync(page))
            throw new Error(
              `src/figures/${figure.id}: its chapter "${figure.chapter}" was not built (dist/${figure.chapter}/index.html), so its downloads cannot be drawn.`,
            );
          const html = readFileSync(page, 'utf8');
          const sheet = readStyleSheet(pageCss(html, dist, base));
          const out = join(dist, 'downloads', figure.id);
          mkdirSync(out, { recursive: true });
          // The storyboard shows both artworks, a chapter opening the thumbnail; a figure with one drawing has no phone stills.
          const section = selectOne<AnyNode, Element>(
            `figure.scrolly[data-figure="${figure.id}"]`,
            parseDocument(html, PARSE),
          );
          const artworks = section && phoneSvg(section) ? DESKTOP_AND_PHONE : DESKTOP_ONLY;
          for (const artwork of artworks)
            mkdirSync(dirname(join(dist, stillPath(figure.id, figure.overview, artwork))), {
              recursive: true,
            });
          for (const state of figure.states) {
            for (const artwork of artworks)
              writeFileSync(
                join(dist, stillPath(figure.id, state, artwork)),
                stillSvg(html, figure.id, state, sheet, artwork),
              );
            const { svg } = downloadSvg(html, figure.id, state, sheet, `${site}${figure.chapter}/`);
            writeFileSync(join(out, `${state}.svg`), svg);
            writeFileSync(join(out, `${state}.png`), rasterise(svg, fonts));
            count++;
          }
          // Each translation downloads its own drawing, in its words, from its own chapter page.
          for (const locale of TRANSLATIONS) {
            const local = join(dist, locale, figure.chapter, 'index.html');
            if (!existsSync(local)) continue;
            const page = readFileSync(local, 'utf8');
            const css = readStyleSheet(pageCss(page, dist, base));
            const dir = join(dist, locale, 'downloads', figure.id);
            mkdirSync(dir, { recursive: true });
            // The edition's chapter openings show its own stills (/<code>/stills/…).
            for (const artwork of OPENING_ARTWORKS)
              mkdirSync(
                dirname(join(dist, locale, stillPath(figure.id, figure.overview, artwork))),
                {
                  recursive: true,
                },
              );
            for (const state of figure.states) {
              for (const artwork of OPENING_ARTWORKS)
                writeFileSync(
                  join(dist, locale, stillPath(figure.id, state, artwork)),
                  stillSvg(page, figure.id, state, css, artwork),
                );
              const { svg } = downloadSvg(
                page,
                figure.id,
                state,
                css,
                `${site}${locale}/${figure.chapter}/`,
                downloadStrings(locale),
                ui(locale).site.title,
              );
              writeFileSync(join(dir, `${state}.svg`), svg);
              writeFileSync(join(dir, `${state}.png`), rasterise(svg, fonts));
              count++;
            }
          }
        }
        logger.info(
          `downloads: ${count} states of ${FIGURES.length} figures, SVG and PNG, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
        // The chapter cards were drawn before the stills existed; now they get theirs.
        logger.info(
          `social cards: ${drawCardStills(dist, pages, base)} chapter cards given their still`,
        );
      },
    },
  };
}
