import { describe, expect, it } from 'vitest';
import { parseEditionWords, type EnglishData } from '../../src/i18n/content.ts';

const english: EnglishData = {
  facts: new Map([
    ['corridor-2023', { display: false }],
    ['china-trade-2022', { display: true }],
  ]),
  terms: new Set(['dry-port']),
  names: new Set(['aktau']),
  corrections: new Set(['middle-powers-year', 'china-investment']),
};
const CORRECTIONS =
  '- id: middle-powers-year\n  wrong: "Было так."\n  now: "Стало так."\n' +
  '- id: china-investment\n  wrong: "Было иначе."\n  now: "Теперь сказано иначе."\n';
const files = (texts: Record<string, string>) => (path: string) =>
  texts[path] === undefined ? undefined : { path, text: texts[path]! };
/** Reads the Russian words from these files, as a published edition or as a draft. */
const published = (texts: Record<string, string>) =>
  parseEditionWords('ru', true, english, files(texts));
const draft = (texts: Record<string, string>) =>
  parseEditionWords('ru', false, english, files(texts));
const GLOSSARY = {
  'content/i18n/ru/glossary.yaml': '- id: dry-port\n  term: "т"\n  definition: "д"\n',
};

describe('an edition’s words', () => {
  it('reads labels, terms and names', () => {
    const words = published({
      'content/i18n/ru/facts.yaml':
        '- id: corridor-2023\n  label: "Грузы в 2023 году"\n- id: china-trade-2022\n  label: "Товарооборот с Китаем"\n  display: "рекордные 24 млрд долларов"\n',
      'content/i18n/ru/glossary.yaml':
        '- id: dry-port\n  term: "сухой порт"\n  definition: "Терминал вдали от моря."\n',
      'content/i18n/ru/names.yaml': '- id: aktau\n  name: "Актау"\n',
      'content/i18n/ru/corrections.yaml': CORRECTIONS,
    });
    expect(words.corrections.get('china-investment')?.now).toBe('Теперь сказано иначе.');
    expect(words.facts.get('corridor-2023')?.label).toBe('Грузы в 2023 году');
    expect(words.names.get('aktau')).toBe('Актау');
  });

  it('refuses a published edition with a fact that has no label', () => {
    expect(() =>
      published({
        'content/i18n/ru/facts.yaml': '- id: corridor-2023\n  label: "Грузы"\n',
        ...GLOSSARY,
      }),
    ).toThrow(
      /content\/i18n\/ru\/facts\.yaml:1 — fact "china-trade-2022": has no ru label\n {2}Fix: Add an entry with id: china-trade-2022/,
    );
  });

  it('lets a draft edition leave facts out', () => {
    expect(() => draft({})).not.toThrow();
  });

  it('suggests the English id for a misspelt one, with the line', () => {
    expect(() =>
      draft({ 'content/i18n/ru/facts.yaml': '- id: corridor-2032\n  label: "Грузы"\n' }),
    ).toThrow(
      /facts\.yaml:1 — facts "corridor-2032" → id: is not an id in content\/data\/facts\.yaml\n {2}Fix: Did you mean "corridor-2023"\?/,
    );
  });

  it('asks for a display text where the English has one', () => {
    expect(() =>
      draft({
        'content/i18n/ru/facts.yaml': '- id: china-trade-2022\n  label: "Товарооборот"\n',
      }),
    ).toThrow(/fact "china-trade-2022" → display: is missing/);
  });

  it('refuses a published edition with a correction that has no Russian wording, naming where it goes', () => {
    expect(() =>
      published({
        'content/i18n/ru/facts.yaml':
          '- id: corridor-2023\n  label: "Г"\n- id: china-trade-2022\n  label: "Т"\n  display: "д"\n',
        ...GLOSSARY,
        'content/i18n/ru/corrections.yaml': CORRECTIONS.split('- id: china')[0]!,
      }),
    ).toThrow(
      /content\/i18n\/ru\/corrections\.yaml:1 — correction "china-investment": has no ru wording\n {2}Fix: Add an entry with id: china-investment, after the one for middle-powers-year/,
    );
  });

  it('keeps numbers out of a translated correction, as in the English log', () => {
    expect(() =>
      draft({
        'content/i18n/ru/corrections.yaml':
          '- id: middle-powers-year\n  wrong: "Было."\n  now: "Теперь 31,4 млрд."\n',
      }),
    ).toThrow(
      /corrections\.yaml:3 — correction "middle-powers-year" → now: states the number "31,4"/,
    );
  });
});
