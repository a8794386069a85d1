/** The corridor-route figure's own words per edition: legend, seas, leg labels and what each step shows. */
import type { EditionWords } from '../shared/words.ts';
import type { RouteState } from './states.ts';

export interface RouteWords {
  rail: string;
  ferry: string;
  approximate: string;
  /** After a schematic leg's label. */
  schematic: string;
  seas: { caspian: string; black: string };
  /** A leg's label on the map, by leg id (content/data/corridor-route.yaml); a missing id keeps the file's. */
  legLabels: Record<string, string>;
  /** A step's own wording for a place label (corridor-route.yaml `text`), by that English text. */
  labelTexts: Record<string, string>;
  /** What the table says each state shows, in reader's words. */
  states: Record<RouteState, string>;
}

export const ROUTE_WORDS: EditionWords<RouteWords> = {
  en: {
    rail: 'Rail',
    ferry: 'Ferry',
    approximate: 'Approximate position',
    schematic: 'schematic',
    seas: { caspian: 'Caspian Sea', black: 'Black Sea' },
    legLabels: {},
    labelTexts: {},
    states: {
      overview: 'Whole route',
      border: 'Border crossings',
      kazakhstan: 'Across Kazakhstan',
      'caspian-ports': 'Caspian ports',
      caspian: 'Caspian crossing',
      baku: 'Port of Baku',
      tbilisi: 'Rail to Tbilisi',
      'black-sea': 'Black Sea ports',
      kars: 'Baku–Tbilisi–Kars line',
      europe: 'On to Europe',
      'northern-route': 'Northern route',
    },
  },
  ru: {
    rail: 'Ж/д',
    ferry: 'Паром',
    approximate: 'Примерное положение',
    schematic: 'схема',
    seas: { caspian: 'Каспийское море', black: 'Чёрное море' },
    labelTexts: {
      Alat: 'Алят',
      'Khorgos / Altynkol': 'Хоргос / Алтынколь',
      'Port of Baku (Alat)': 'Бакинский порт (Алят)',
    },
    legLabels: { 'istanbul-europe': 'Европа', 'northern-route': 'Через Россию' },
    states: {
      overview: 'Весь маршрут',
      border: 'Пограничные переходы',
      kazakhstan: 'Через Казахстан',
      'caspian-ports': 'Каспийские порты',
      caspian: 'Через Каспий',
      baku: 'Бакинский порт',
      tbilisi: 'По железной дороге до Тбилиси',
      'black-sea': 'Черноморские порты',
      kars: 'Линия Баку — Тбилиси — Карс',
      europe: 'Дальше в Европу',
      'northern-route': 'Северный маршрут',
    },
  },
};
