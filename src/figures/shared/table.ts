/** A figure's data as a table: shown in a <details> under the figure and offered as CSV. */
export interface DataTable {
  caption: string;
  columns: string[];
  rows: Array<Array<string | number>>;
  /** Shown under the table, e.g. which rows are derived or approximate. */
  notes?: string[];
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV, with a header row and CRLF line ends. */
export function toCsv(table: Pick<DataTable, 'columns' | 'rows'>): string {
  for (const [i, row] of table.rows.entries()) {
    if (row.length !== table.columns.length)
      throw new RangeError(
        `Row ${i + 1} has ${row.length} cells; the table has ${table.columns.length} columns.`,
      );
  }
  return (
    [table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
  );
}
