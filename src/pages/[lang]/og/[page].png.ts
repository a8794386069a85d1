import type { APIRoute, GetStaticPaths } from 'astro';
import { TRANSLATIONS } from '../../../i18n/locales.ts';
import type { CardContent } from '../../../lib/og/card.ts';
import { editionCards } from '../../../lib/og/edition.ts';
import { cardResponse } from '../../../lib/og/render.ts';

/** Each translated edition's social cards, in its own words: /ru/og/china.png. */
export const getStaticPaths: GetStaticPaths = async () =>
  (
    await Promise.all(
      TRANSLATIONS.map(async (lang) =>
        (await editionCards(lang)).map(([page, card]) => ({
          params: { lang, page },
          props: { card },
        })),
      ),
    )
  ).flat();

export const GET: APIRoute = ({ props, url }) => cardResponse(props.card as CardContent, url);
