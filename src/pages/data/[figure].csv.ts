import type { APIRoute, GetStaticPaths } from 'astro';
import { loadLedger } from '../../lib/content-dir.ts';
import { FIGURE_NOTES } from '../../lib/figures/index.ts';
import { toCsv } from '../../lib/figures/table.ts';

/** Each figure's data as CSV, written at build time. */
export const getStaticPaths: GetStaticPaths = () =>
  Object.entries(FIGURE_NOTES).map(([figure, prepare]) => ({ params: { figure }, props: { csv: toCsv(prepare(loadLedger()).table) } }));

export const GET: APIRoute = ({ props }) => new Response(props.csv as string, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
