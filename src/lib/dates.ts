/** Partial ISO dates: a year, a year and month, or a full day. */
export const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** English month names, January first: the house style and the citation styles share them. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_SHORT = MONTHS.map((m) => m.slice(0, 3));

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** Parses "2024", "2024-03" or "2024-03-28"; returns undefined for anything else, including 2023-02-30. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const m = PARTIAL_DATE.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && day !== undefined) {
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCMonth() !== month - 1) return undefined;
  }
  return { year, ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== undefined;
}

/** "28 March 2024", "March 2024" or "2024"; `short` gives "28 Mar 2024". */
export function formatPartialDate(text: string, opts: { short?: boolean } = {}): string {
  const d = parsePartialDate(text);
  if (!d) throw new RangeError(`Not a date in the form YYYY, YYYY-MM or YYYY-MM-DD: "${text}"`);
  const names = opts.short ? MONTHS_SHORT : MONTHS;
  if (d.month === undefined) return String(d.year);
  const month = names[d.month - 1]!;
  return d.day === undefined ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

/** "8–9 June 2023", "29 May – 2 June 2025", or a single date; input "start/end". */
export function formatDateRange(text: string): string {
  const [start, end] = text.split('/');
  if (end === undefined) return formatPartialDate(text);
  const a = parsePartialDate(start!);
  const b = parsePartialDate(end);
  if (!a?.day || !b?.day)
    throw new RangeError(`A date range needs two full dates, "YYYY-MM-DD/YYYY-MM-DD": "${text}"`);
  if (a.year === b.year && a.month === b.month)
    return `${a.day}–${b.day} ${MONTHS[b.month! - 1]} ${b.year}`;
  if (a.year === b.year)
    return `${a.day} ${MONTHS[a.month! - 1]} – ${b.day} ${MONTHS[b.month! - 1]} ${b.year}`;
  return `${formatPartialDate(start!)} – ${formatPartialDate(end)}`;
}

/** ISO form for <time datetime> and date comparisons; YAML reads a bare date as a Date. */
export function isoDateString(value: Date | string): string {
  return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
}
