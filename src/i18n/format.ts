/**
 * Facts in each edition's own conventions: one language-neutral value, printed
 * through Intl, so "31.4 USD bn" reads "$31.4bn" in English and
 * "31,4 млрд долларов" in Russian. English keeps the house style of format.ts.
 */
import { formatValue, type FactValue, type Qualifier, type Unit } from '../lib/format.ts';
import { parsePartialDate } from '../lib/dates.ts';
import type { Locale } from './locales.ts';

/** How one edition words quantities. English delegates to format.ts, the original house style. */
interface Conventions {
  qualifier: Record<Qualifier, string>;
  /** The unit after a formatted number (plural-aware where the language needs it). */
  unit: (unit: Unit, n: number, plural: Intl.PluralRules) => string;
}

const RUSSIAN: Conventions = {
  qualifier: {
    about: 'около',
    around: 'около',
    over: 'более',
    'more than': 'более',
    'up to': 'до',
    nearly: 'почти',
  },
  unit: (unit, n, plural) => {
    const form = (one: string, few: string, many: string) =>
      ({ one, few, many, other: few })[plural.select(n) as 'one' | 'few' | 'many' | 'other'];
    switch (unit) {
      case 'USD bn':
        return 'млрд долларов';
      case 'tenge bn':
        return 'млрд тенге';
      case 't':
        return 'т';
      case 'Mt':
        return 'млн т';
      case 'Mt/yr':
        return 'млн т в год';
      case '%':
        return '%';
      case 'km':
        return 'км';
      case 'days':
        return form('день', 'дня', 'дней');
      case 'years':
        return form('год', 'года', 'лет');
      case 'TEU':
        return 'TEU';
      default:
        return '';
    }
  },
};

const CONVENTIONS: Partial<Record<Locale, Conventions>> = { ru: RUSSIAN };

const numberFormat = (lang: string) => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });

/** A partial ISO date in the edition's words: "13 апреля 2024 г.", "июнь 2024 г.", "2024". */
export function formatDateIn(lang: string, text: string): string {
  const d = parsePartialDate(text);
  if (!d) throw new RangeError(`Not a date in the form YYYY, YYYY-MM or YYYY-MM-DD: "${text}"`);
  if (d.month === undefined) return String(d.year);
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d.day === undefined
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  // Russian names a month on its own in the nominative ("июнь"), which Intl gives only with the year.
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/** "8–9 июня 2023 г.", from "2023-06-08/2023-06-09". */
export function formatDateRangeIn(lang: string, text: string): string {
  const [start, end] = text.split('/');
  if (end === undefined) return formatDateIn(lang, text);
  const utc = (s: string) => {
    const d = parsePartialDate(s)!;
    return new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
  };
  return new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(utc(start!), utc(end));
}

/** A fact's value as the edition prints it, qualifier first. */
export function formatValueIn(
  locale: Locale,
  lang: string,
  value: FactValue,
  unit: Unit,
  qualifier?: Qualifier,
): string {
  const conventions = CONVENTIONS[locale];
  if (!conventions) return formatValue(value, unit, qualifier);
  const numbers = numberFormat(lang);
  const plural = new Intl.PluralRules(lang);
  let body: string;
  if (typeof value === 'string') {
    body = value.includes('/') ? formatDateRangeIn(lang, value) : formatDateIn(lang, value);
  } else {
    const high = Array.isArray(value) ? value[1] : value;
    const amount = Array.isArray(value)
      ? `${numbers.format(value[0])}–${numbers.format(value[1])}`
      : unit === 'year'
        ? String(value)
        : numbers.format(Math.abs(value));
    const sign = !Array.isArray(value) && unit === '%' && value < 0 ? '−' : '';
    const words = conventions.unit(unit, high, plural);
    body = `${sign}${amount}${words === '%' ? '%' : words ? `\u00a0${words}` : ''}`;
  }
  return qualifier ? `${conventions.qualifier[qualifier]} ${body}` : body;
}
