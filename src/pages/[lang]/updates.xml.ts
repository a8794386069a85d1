/** Each translated edition's feed: /ru/updates.xml. */
import type { APIRoute } from 'astro';
import { editionFeed } from '../../i18n/feed.ts';
import { translationPaths } from '../../i18n/routes.ts';
import type { Locale } from '../../i18n/locales.ts';

export const getStaticPaths = () => translationPaths();
export const GET: APIRoute = ({ site, props }) => editionFeed(props.locale as Locale, site);
