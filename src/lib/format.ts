import { formatDateRange, formatPartialDate } from './dates.ts';

export const UNITS = [
  'USD bn',
  'tenge bn',
  't',
  'Mt',
  'Mt/yr',
  '%',
  'km',
  'days',
  'years',
  'TEU',
  'count',
  'date',
  'year',
  'month',
] as const;
export type Unit = (typeof UNITS)[number];

export const QUALIFIERS = ['about', 'around', 'over', 'more than', 'up to', 'nearly'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export type FactValue = number | [number, number] | string;

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** 274200 → "274,200"; 2.76 → "2.76"; keeps the precision the source gave. */
export function formatNumber(n: number, maximumFractionDigits = 2): string {
  return maximumFractionDigits === 2
    ? grouped.format(n)
    : new Intl.NumberFormat('en-GB', { maximumFractionDigits }).format(n);
}

function formatAmount(n: number, unit: Unit): string {
  switch (unit) {
    case 'USD bn':
      return `$${formatNumber(n)}bn`;
    case 'tenge bn':
      return `${formatNumber(n)}bn tenge`;
    case '%':
      return `${n > 0 ? '' : n < 0 ? '−' : ''}${formatNumber(Math.abs(n))}%`;
    case 'Mt/yr':
      return `${formatNumber(n)} Mt a year`;
    case 'count':
    case 'year':
      return unit === 'year' ? String(n) : formatNumber(n);
    case 'days':
      return `${formatNumber(n)} days`;
    case 'years':
      return `${formatNumber(n)} years`;
    default:
      return `${formatNumber(n)} ${unit}`;
  }
}

/** The default way the site prints a fact: qualifier, number, unit. */
export function formatValue(value: FactValue, unit: Unit, qualifier?: Qualifier): string {
  let body: string;
  if (typeof value === 'string') {
    body = value.includes('/') ? formatDateRange(value) : formatPartialDate(value);
  } else if (Array.isArray(value)) {
    const [low, high] = value;
    const suffix = formatAmount(high, unit).replace(formatNumber(high), '');
    body = `${formatNumber(low)}–${formatNumber(high)}${suffix}`;
  } else {
    body = formatAmount(value, unit);
  }
  return qualifier ? `${qualifier} ${body}` : body;
}

/** Rounds a computed value to a sensible number of significant figures for display. */
export function roundForDisplay(n: number, significant = 3): number {
  if (n === 0 || !Number.isFinite(n)) return n;
  const magnitude = Math.floor(Math.log10(Math.abs(n)));
  const factor = 10 ** (significant - 1 - magnitude);
  return Math.round(n * factor) / factor;
}
