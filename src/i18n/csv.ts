/** A figure's CSV in an edition: the data as the figure code prepares it from the edition's ledger, with the columns named in the edition's language. */
import { FIGURES } from '../figures/index.ts';
import { toCsv } from '../figures/shared/table.ts';
import { editionLedger } from './edition.ts';
import type { Locale } from './locales.ts';
import { ui } from './ui/index.ts';

export function figureCsv(locale: Locale, id: string): string {
  const figure = FIGURES.find((f) => f.id === id);
  if (!figure) throw new RangeError(`No figure "${id}"`);
  const table = figure.prepare(editionLedger(locale)).table;
  const names = ui(locale).figure.columns;
  return toCsv({ columns: table.columns.map((c) => names[c] ?? c), rows: table.rows });
}
