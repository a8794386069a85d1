import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedChapters } from '../../lib/chapter-meta.ts';
import { loadLedger } from '../../lib/content-dir.ts';
import { getSource } from '../../lib/ledger.ts';
import type { CardContent } from '../../lib/og/card.ts';
import {
  chapterCard,
  creditLine,
  homeCard,
  OG_PAGES,
  pageCard,
  type OgPageKey,
} from '../../lib/og/pages.ts';
import { renderCardPng } from '../../lib/og/render.ts';
import { SITE } from '../../site.ts';

/** A 1200 × 630 social card for the home page, every chapter and the other pages, drawn at build time. */
export const getStaticPaths: GetStaticPaths = async () => {
  const chapters = await publishedChapters();
  const credit = creditLine(getSource(loadLedger(), SITE.originalSourceId));
  const cards: Array<[string, CardContent]> = [
    ['index', homeCard(SITE, chapters.length, credit)],
    ...chapters.map((c): [string, CardContent] => [
      c.id,
      chapterCard(SITE, c, chapters.length, credit),
    ]),
    ...Object.keys(OG_PAGES).map((key): [string, CardContent] => [
      key,
      pageCard(SITE, key as OgPageKey, credit),
    ]),
  ];
  const clash = cards.map(([key]) => key).find((key, i, keys) => keys.indexOf(key) !== i);
  if (clash)
    throw new Error(
      `Two social cards want /og/${clash}.png: a chapter file is named like a page. Rename the chapter.`,
    );
  return cards.map(([page, card]) => ({ params: { page }, props: { card } }));
};

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCardPng(props.card as CardContent);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
