/**
 * In `astro dev` there is no dist/, so the stills (/stills/<figure>/[phone/|thumb/]<state>.svg)
 * are drawn on request from the chapter page as the dev server renders it now, with the same
 * stillSvg the build uses: an author who edits a step or a number sees it on the next reload.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { FIGURES } from '../figures/index.ts';
import { readStyleSheet, type StyleSheet } from '../figures/shared/inline-styles.ts';
import type { StillArtwork } from './figure-downloads.ts';

type Next = () => void;
/** figure-downloads.ts's stillSvg, passed in so the two modules do not import each other. */
type Draw = (
  html: string,
  figureId: string,
  state: string,
  sheet: StyleSheet,
  artwork: StillArtwork,
) => string;

/** The chapter page and its stylesheets, fetched from the dev server itself. */
async function chapterPage(
  origin: string,
  path: string,
): Promise<{ html: string; sheet: StyleSheet }> {
  const html = await (await fetch(`${origin}${path}`)).text();
  const css: string[] = [];
  for (const el of selectAll<AnyNode, Element>(
    'link[rel~=stylesheet], style',
    parseDocument(html, { lowerCaseAttributeNames: false, lowerCaseTags: false }),
  )) {
    if (el.name === 'style') css.push(textContent(el));
    else if (el.attribs.href) css.push(await (await fetch(`${origin}${el.attribs.href}`)).text());
  }
  return { html, sheet: readStyleSheet(css) };
}

/** A connect middleware for the dev server; `base` is the site's base path ("/" or "/kz/"). */
export function devStills(base: string, stillSvg: Draw) {
  // Many stills of one chapter are asked for at once; they share one render of the page for a moment.
  const recent = new Map<string, { at: number; page: ReturnType<typeof chapterPage> }>();
  return async (req: IncomingMessage, res: ServerResponse, next: Next) => {
    const match = (req.url ?? '')
      .split('?')[0]!
      .match(
        new RegExp(
          `^${base}((?:[a-z]{2}/)?)stills/([a-z0-9-]+)/(?:(phone|thumb)/)?([a-z0-9-]+)\\.svg$`,
        ),
      );
    // A translation's chapter openings ask for /<code>/stills/…: drawn from its own chapter page.
    const edition = match?.[1] ?? '';
    const figure = match && FIGURES.find((f) => f.id === match[2]);
    const state = match?.[4];
    if (!figure || !state || !(figure.states as readonly string[]).includes(state)) return next();
    try {
      const origin = `http://${req.headers.host}`;
      const key = `${edition}${figure.chapter}`;
      const cached = recent.get(key);
      if (!cached || Date.now() - cached.at > 3000)
        recent.set(key, { at: Date.now(), page: chapterPage(origin, `${base}${key}/`) });
      const { html, sheet } = await recent.get(key)!.page;
      const svg = stillSvg(html, figure.id, state, sheet, (match[3] as StillArtwork) ?? 'desktop');
      res.setHeader('Content-Type', 'image/svg+xml; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.end(svg);
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  };
}
