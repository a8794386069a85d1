/** A figure's CSV in an edition: the data as the figure code prepares it from the edition's ledger, with the columns named in the edition's language. */
import { FIGURES } from '../figures/index.ts';
import { toCsv } from '../figures/shared/table.ts';
import { editionLedger, editionName } from './edition.ts';
import type { Locale } from './locales.ts';
import { ui } from './ui/index.ts';

export function figureCsv(locale: Locale, id: string): string {
  const figure = FIGURES.find((f) => f.id === id);
  if (!figure) throw new RangeError(`No figure "${id}"`);
  // The same edition Scrolly gives the page, so the CSV and the data table agree.
  const table = figure.prepare(editionLedger(locale), {
    locale,
    name: (id, english) => editionName(locale, id, english),
  }).table;
  const { columns, cells } = ui(locale).figure;
  return toCsv({
    columns: table.columns.map((c) => columns[c] ?? c),
    rows: table.rows.map((row) =>
      row.map((cell) => (typeof cell === 'string' ? (cells[cell] ?? cell) : cell)),
    ),
  });
}
