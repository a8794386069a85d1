import { describe, expect, it } from 'vitest';
import { formatDateIn, formatValueIn } from '../../src/i18n/format.ts';
import { formatValue } from '../../src/lib/format.ts';

// Intl and the formatter use no-break spaces (between thousands, before units and in dates); compare words, not space kinds.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('facts in Russian', () => {
  it('prints amounts, tonnes and shares the Russian way', () => {
    expect(plain(formatValueIn('ru', 'ru', 31.4, 'USD bn'))).toBe('31,4 млрд долларов');
    expect(plain(formatValueIn('ru', 'ru', 2.76, 'Mt'))).toBe('2,76 млн т');
    expect(plain(formatValueIn('ru', 'ru', 274200, 't'))).toBe('274 200 т');
    expect(plain(formatValueIn('ru', 'ru', 65, '%'))).toBe('65%');
    expect(plain(formatValueIn('ru', 'ru', -7, '%'))).toBe('−7%');
    expect(plain(formatValueIn('ru', 'ru', 300, 'count', 'around'))).toBe('около 300');
    expect(plain(formatValueIn('ru', 'ru', 26, 'USD bn', 'over'))).toBe('более 26 млрд долларов');
    expect(plain(formatValueIn('ru', 'ru', [28, 32], 'USD bn'))).toBe('28–32 млрд долларов');
  });

  it('agrees nouns with their numbers', () => {
    expect(plain(formatValueIn('ru', 'ru', 1, 'days'))).toBe('1 день');
    expect(plain(formatValueIn('ru', 'ru', 3, 'days'))).toBe('3 дня');
    expect(plain(formatValueIn('ru', 'ru', 90, 'days'))).toBe('90 дней');
    expect(plain(formatValueIn('ru', 'ru', 18, 'years'))).toBe('18 лет');
  });

  it('prints dates through Intl', () => {
    expect(plain(formatValueIn('ru', 'ru', '2024-04-13', 'date'))).toBe('13 апреля 2024 г.');
    expect(plain(formatDateIn('ru', '2024-06'))).toBe('июнь 2024 г.');
    expect(plain(formatDateIn('ru', '2024'))).toBe('2024');
    expect(plain(formatValueIn('ru', 'ru', '2023-06-08/2023-06-09', 'date'))).toMatch(
      /^8\s?–\s?9 июня 2023\sг\.$/,
    );
  });

  it('leaves English in its house style', () => {
    expect(plain(formatValueIn('en', 'en', 31.4, 'USD bn', 'about'))).toBe(
      formatValue(31.4, 'USD bn', 'about'),
    );
  });
});
