/** The feed of updates and corrections (RSS 2.0), from the same list as /updates/. */
import type { APIRoute } from 'astro';
import { editionFeed } from '../i18n/feed.ts';

export const GET: APIRoute = ({ site }) => editionFeed('en', site);
