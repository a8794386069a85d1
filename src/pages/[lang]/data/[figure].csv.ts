import type { APIRoute, GetStaticPaths } from 'astro';
import { figureCsv } from '../../../i18n/csv.ts';
import { TRANSLATIONS } from '../../../i18n/locales.ts';
import { FIGURE_NOTES } from '../../../lib/figures/index.ts';

/** Each figure's data as CSV in each translated edition: headers in its language, ledger labels and names translated. */
export const getStaticPaths: GetStaticPaths = () =>
  TRANSLATIONS.flatMap((lang) => Object.keys(FIGURE_NOTES).map((figure) => ({ params: { lang, figure }, props: { csv: figureCsv(lang, figure) } })));

export const GET: APIRoute = ({ props }) => new Response(props.csv as string, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
