/** A figure's CSV in an edition: the data as the figure code prepares it from the edition's ledger, with the columns named in the edition's language. */
import { FIGURE_NOTES } from '../lib/figures/index.ts';
import { toCsv } from '../lib/figures/table.ts';
import { editionLedger } from './edition.ts';
import type { Locale } from './locales.ts';
import { ui } from './ui/index.ts';

export function figureCsv(locale: Locale, figure: string): string {
  const prepare = FIGURE_NOTES[figure as keyof typeof FIGURE_NOTES];
  const table = prepare(editionLedger(locale)).table;
  const names = ui(locale).figure.columns;
  return toCsv({ columns: table.columns.map((c) => names[c] ?? c), rows: table.rows });
}
