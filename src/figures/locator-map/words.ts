/** The locator map's own words per edition: its labels' lines (by label key) and its corner note. */
import type { EditionWords } from '../shared/words.ts';

export interface LocatorWords {
  /** A label's text and second line, by the key in layout.ts; a missing key keeps the English. */
  labels: Record<string, { text: string; sub?: string }>;
}

export const LOCATOR_WORDS: EditionWords<LocatorWords> = {
  en: { labels: {} },
  ru: {
    labels: {
      kazakhstan: { text: 'Казахстан' },
      'kazakhstan-solid': { text: 'Казахстан' },
      russia: { text: 'Россия' },
      china: { text: 'Китай' },
      kyrgyzstan: { text: 'Кыргызстан' },
      uzbekistan: { text: 'Узбекистан' },
      turkmenistan: { text: 'Туркменистан' },
      tajikistan: { text: 'Таджикистан', sub: 'нет границы с Казахстаном' },
      europe: { text: 'Европа' },
      asia: { text: 'Азия' },
      caspian: { text: 'Каспийское', sub: 'море' },
      'black-sea': { text: 'Чёрное', sub: 'море' },
      schematic: { text: 'Пунктир: прямая линия, схема, а не маршрут' },
    },
  },
};
