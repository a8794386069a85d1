import type { APIRoute, GetStaticPaths } from 'astro';
import { figureCsv } from '../../i18n/csv.ts';
import { FIGURE_NOTES } from '../../lib/figures/index.ts';

/** Each figure's data as CSV, written at build time. */
export const getStaticPaths: GetStaticPaths = () => Object.keys(FIGURE_NOTES).map((figure) => ({ params: { figure }, props: { csv: figureCsv('en', figure) } }));

export const GET: APIRoute = ({ props }) => new Response(props.csv as string, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
