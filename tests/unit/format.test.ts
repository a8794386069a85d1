import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue, roundForDisplay } from '../../src/lib/format.ts';
import { curlyQuotes, singleStops } from '../../src/lib/typography.ts';
import { sourceReference, stopAfter } from '../../src/lib/citation.ts';
import {
  formatDateRange,
  formatPartialDate,
  isPartialDate,
  parsePartialDate,
} from '../../src/lib/dates.ts';

describe('number formatting', () => {
  it('groups thousands and keeps the precision the source gave', () => {
    expect(formatNumber(274200)).toBe('274,200');
    expect(formatNumber(2.76)).toBe('2.76');
    expect(formatNumber(43.82)).toBe('43.82');
  });

  it('prints each unit the way the prose reads it', () => {
    expect(formatValue(31, 'USD bn')).toBe('$31bn');
    expect(formatValue(24, 'USD bn', 'over')).toBe('over $24bn');
    expect(formatValue(274200, 't')).toBe('274,200 t');
    expect(formatValue(147, '%')).toBe('147%');
    expect(formatValue(-8, '%')).toBe('−8%');
    expect(formatValue(6, 'Mt/yr', 'up to')).toBe('up to 6 Mt a year');
    expect(formatValue(300, 'count', 'around')).toBe('around 300');
    expect(formatValue(321, 'tenge bn', 'about')).toBe('about 321bn tenge');
    expect(formatValue(2027, 'year')).toBe('2027');
    expect(formatValue(56500, 'TEU')).toBe('56,500 TEU');
  });

  it('prints ranges once with the unit at the end', () => {
    expect(formatValue([28, 32], 'days')).toBe('28–32 days');
  });

  it('rounds computed values to three significant figures', () => {
    expect(roundForDisplay(2.76 / 1.65)).toBe(1.67);
    expect(roundForDisplay(274200 / 2.47)).toBe(111000);
    expect(roundForDisplay(0)).toBe(0);
  });
});

describe('date formatting', () => {
  it('prints full, month and year dates', () => {
    expect(formatValue('2023-11-10', 'date')).toBe('10 November 2023');
    expect(formatPartialDate('2023-07')).toBe('July 2023');
    expect(formatPartialDate('2024')).toBe('2024');
    expect(formatPartialDate('2024-02-27', { short: true })).toBe('27 Feb 2024');
  });

  it('prints ranges compactly', () => {
    expect(formatDateRange('2023-06-08/2023-06-09')).toBe('8–9 June 2023');
    expect(formatDateRange('2025-05-29/2025-06-02')).toBe('29 May – 2 June 2025');
    expect(formatValue('2024-07-03/2024-07-04', 'date')).toBe('3–4 July 2024');
  });

  it('refuses dates that do not exist', () => {
    expect(isPartialDate('2023-02-30')).toBe(false);
    expect(isPartialDate('2023-13')).toBe(false);
    expect(isPartialDate('10/11/2023')).toBe(false);
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => formatPartialDate('spring 2024')).toThrow(/YYYY/);
  });
});

describe('typography', () => {
  it('curls apostrophes and single quotes', () => {
    expect(curlyQuotes("China's customs, 'multi-vector' policy, the Kazakhs'")).toBe(
      'China’s customs, ‘multi-vector’ policy, the Kazakhs’',
    );
  });
});

describe('one full stop', () => {
  it('drops the sentence stop after a Russian date, across the number button', () => {
    expect(singleStops('прошёл <button>8–9 июня 2023 г.</button>. Второй')).toBe(
      'прошёл <button>8–9 июня 2023 г.</button> Второй',
    );
    expect(singleStops('прошёл 8–9 июня 2023 г.. Второй')).toBe('прошёл 8–9 июня 2023 г. Второй');
  });

  it('leaves other stops and an ellipsis alone', () => {
    expect(singleStops('в 2023 г. Второй')).toBe('в 2023 г. Второй');
    expect(singleStops('Kazakhstan.</a>. Next')).toBe('Kazakhstan.</a>. Next');
    expect(singleStops('2023 г...')).toBe('2023 г...');
  });

  it('adds no stop after a title that asks a question or a date that has one', () => {
    expect(stopAfter('Who will chair in 2024?')).toBe('');
    expect(stopAfter('4 июля 2024 г.')).toBe('');
    expect(stopAfter('A News')).toBe('.');
    const source = {
      id: 'x',
      title: 'Who will chair in 2024?',
      publisher: 'QazMonitor',
      date: '2024-01-03',
      url: 'https://example.org/',
    } as Parameters<typeof sourceReference>[0];
    expect(sourceReference(source)).toBe('Who will chair in 2024? QazMonitor, 3 January 2024.');
  });
});
