/** Every rendered page, in `astro dev` as in the build, on its way out: one stop after a Russian date, repeated popover templates shared, the policy narrowed to the page's own inline blocks. */
import { defineMiddleware } from 'astro:middleware';
import { narrowMetaPolicy } from './lib/csp.ts';
import { shareRepeatedTemplates } from './lib/pop-templates.ts';
import { singleStops } from './lib/typography.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = narrowMetaPolicy(shareRepeatedTemplates(singleStops(await response.text())));
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
