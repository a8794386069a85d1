import type { APIRoute, GetStaticPaths } from 'astro';
import { figureCsv } from '../../i18n/csv.ts';
import { FIGURES } from '../../figures/index.ts';

/** Each figure's data as CSV, written at build time. */
export const getStaticPaths: GetStaticPaths = () =>
  FIGURES.map((figure) => ({
    params: { figure: figure.id },
    props: { csv: figureCsv('en', figure.id) },
  }));

export const GET: APIRoute = ({ props }) =>
  new Response(props.csv as string, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
