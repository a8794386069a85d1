/**
 * The run-time guard beside the type: every edition's interface dictionary has
 * exactly the English keys, nested, with functions where the English has them
 * (a missing key also fails `astro check`, since each is typed as Ui).
 */
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, fill, ui } from '../../src/i18n/ui/index.ts';
import { en } from '../../src/i18n/ui/en.ts';
import { russianSpaces } from '../../src/lib/typography-ru.ts';
import { russianReadability, russianSyllables } from '../../src/lib/readability.ts';
import { localePath, splitLocale } from '../../src/i18n/routes.ts';
import { citePage } from '../../src/lib/cite-formats.ts';

/** "site.title: string", "chapter.kicker: function", … for every leaf; open-ended maps (figure.columns, figure.cells) count as one leaf. */
function shape(value: unknown, prefix = ''): string[] {
  if (typeof value === 'function') return [`${prefix}: function`];
  if (typeof value === 'string') return [`${prefix}: string`];
  if (value && typeof value === 'object') {
    if (prefix.endsWith('columns') || prefix.endsWith('cells')) return [`${prefix}: map`];
    return Object.entries(value).flatMap(([key, v]) => shape(v, prefix ? `${prefix}.${key}` : key));
  }
  return [`${prefix}: ${typeof value}`];
}

describe('interface dictionaries', () => {
  it.each(Object.keys(DICTIONARIES).filter((code) => code !== 'en'))(
    '%s has every English key, and no others',
    (code) => {
      const english = shape(en).sort();
      const translated = shape(DICTIONARIES[code as keyof typeof DICTIONARIES]).sort();
      expect(
        translated.filter((k) => !english.includes(k)),
        'keys the English does not have',
      ).toEqual([]);
      expect(
        english.filter((k) => !translated.includes(k)),
        'English keys missing',
      ).toEqual([]);
    },
  );

  it('finds a key that one language lacks', () => {
    const { showAnswer: _dropped, ...chapter } = en.chapter;
    const broken = shape({ ...en, chapter });
    expect(shape(en).filter((k) => !broken.includes(k))).toEqual(['chapter.showAnswer: string']);
  });

  it('fills {slots} and leaves unknown ones', () => {
    expect(fill('<a href="{x}">{y}</a>', { x: '/ru/' })).toBe('<a href="/ru/">{y}</a>');
  });

  it('uses the chapter callout names of the Russian teacher guide', () => {
    expect(ui('ru').callout.next).toBe('Что было дальше');
    expect(ui('ru').callout.differ).toBe('Источники расходятся');
    expect(ui('ru').callout.view).toBe('Чья это позиция?');
    expect(ui('ru').chapter.minutes(6)).toBe('6 мин чтения');
    expect(ui('ru').chapter.kicker(3, 9)).toBe('Глава 3 из 9');
  });
});

describe('edition addresses', () => {
  it('keeps English at the root and puts other editions under /<code>/', () => {
    expect(localePath('en', '/china/')).toBe('/china/');
    expect(localePath('ru', '/china/')).toBe('/ru/china/');
    expect(splitLocale('/ru/china/')).toEqual({ locale: 'ru', path: '/china/' });
    expect(splitLocale('/ru/')).toEqual({ locale: 'ru', path: '/' });
    expect(splitLocale('/russia/')).toEqual({ locale: 'en', path: '/russia/' });
    expect(splitLocale('/en/')).toEqual({ locale: 'en', path: '/en/' });
  });
});

describe('Russian typography', () => {
  it('binds one-letter prepositions and conjunctions to the next word, and an em dash to the word before', () => {
    expect(russianSpaces('Казахстан и Китай, а также в Европе — рядом')).toBe(
      'Казахстан и\u00a0Китай, а\u00a0также в\u00a0Европе\u00a0— рядом',
    );
    expect(russianSpaces('и в Астане')).toBe('и\u00a0в\u00a0Астане');
    expect(russianSpaces('Сияние')).toBe('Сияние');
  });
});

describe('Russian readability (Oborneva’s Flesch)', () => {
  it('counts one syllable per vowel letter', () => {
    expect(russianSyllables('Казахстан')).toBe(3);
    expect(russianSyllables('объём')).toBe(2);
  });
  it('computes 206.835 − 1.3 × words/sentence − 60.1 × syllables/word', () => {
    const r = russianReadability('Мама мыла раму. Папа спал.');
    expect(r.words).toBe(5);
    expect(r.sentences).toBe(2);
    expect(r.syllables).toBe(9);
    expect(r.ease).toBeCloseTo(206.835 - 1.3 * 2.5 - 60.1 * 1.8, 1);
  });
});

describe('ГОСТ Р 7.0.100–2018', () => {
  it('cites a chapter as a part of a site, with the URL and the access date', () => {
    const text = citePage(
      {
        title: 'Китай',
        siteTitle: 'Казахстан: искусство баланса',
        author: 'Редакция',
        date: '2026-11-30',
        url: 'https://example.org/ru/china/',
        isSite: false,
        accessed: '2026-12-01',
      },
      'ГОСТ Р 7.0.100–2018',
    ).join('');
    expect(text).toBe(
      'Китай // Казахстан: искусство баланса : [сайт] / Редакция. — 2026. — URL: https://example.org/ru/china/ (дата обращения: 01.12.2026). — Текст : электронный.',
    );
  });
});
