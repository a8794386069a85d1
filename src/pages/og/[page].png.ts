import type { APIRoute, GetStaticPaths } from 'astro';
import type { CardContent } from '../../lib/og/card.ts';
import { editionCards } from '../../lib/og/edition.ts';
import { cardResponse } from '../../lib/og/render.ts';

/** A 1200 × 630 social card for the home page, every chapter and the other pages, drawn at build time. */
export const getStaticPaths: GetStaticPaths = async () =>
  (await editionCards()).map(([page, card]) => ({ params: { page }, props: { card } }));

export const GET: APIRoute = ({ props, url }) => cardResponse(props.card as CardContent, url);
