import type { APIRoute, GetStaticPaths } from 'astro';
import { figureCsv } from '../../../i18n/csv.ts';
import { TRANSLATIONS } from '../../../i18n/locales.ts';
import { FIGURES } from '../../../figures/index.ts';

/** Each figure's data as CSV in each translated edition: headers in its language, ledger labels and names translated. */
export const getStaticPaths: GetStaticPaths = () =>
  TRANSLATIONS.flatMap((lang) =>
    FIGURES.map((figure) => ({
      params: { lang, figure: figure.id },
      props: { csv: figureCsv(lang, figure.id) },
    })),
  );

export const GET: APIRoute = ({ props }) =>
  new Response(props.csv as string, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
