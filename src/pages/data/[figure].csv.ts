import type { APIRoute, GetStaticPaths } from 'astro';
import { loadLedger } from '../../lib/content-dir.ts';
import { FIGURES } from '../../figures/index.ts';
import { toCsv } from '../../figures/shared/table.ts';

/** Each figure's data as CSV, written at build time. */
export const getStaticPaths: GetStaticPaths = () =>
  FIGURES.map((figure) => ({ params: { figure: figure.id }, props: { csv: toCsv(figure.prepare(loadLedger()).table) } }));

export const GET: APIRoute = ({ props }) => new Response(props.csv as string, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
