/** The locator map's own words per edition: its labels' lines (by label key) and its corner note. */
import type { EditionWords } from '../shared/words.ts';
import type { LocatorState } from './states.ts';

export interface LocatorWords {
  /** A label's text and second line, by the key in layout.ts; a missing key keeps the English. */
  labels: Record<string, { text: string; sub?: string }>;
  /** How each step is named in the data table. */
  states: Record<LocatorState, string>;
  table: {
    caption: string;
    everyStep: string;
    outline: string;
    fromSource: string;
    notes: [string, string, string];
  };
  approximate: string;
  desc: (d: {
    kazakhstan: string;
    russia: string;
    china: string;
    neighbours: string[];
    others: string[];
    from: string;
    via: string[];
    to: string;
  }) => string;
}

const listEn = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
const listRu = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} и ${items.at(-1)}`;

export const LOCATOR_WORDS: EditionWords<LocatorWords> = {
  en: {
    labels: {},
    states: {
      eurasia: 'Eurasia',
      kazakhstan: 'Kazakhstan',
      'russia-border': 'The border with Russia',
      china: 'China',
      'central-asia': 'Central Asia',
      'europe-asia': 'From Europe to China',
    },
    table: {
      caption: 'Countries and places on the locator map, by step',
      everyStep: 'Every step (lightly in the overview)',
      outline: 'Natural Earth outline',
      fromSource: 'from source',
      notes: [
        'Country outlines and borders: Natural Earth (1:110m), via the world-atlas package; whether a country borders Kazakhstan is read from these outlines. Conic equal-area projection centred on Kazakhstan. The borders with Russia and China are drawn in their steps.',
        'Positions are in decimal degrees. Those marked approximate are well-known positions that we did not take from a cited source. Khorgos is the Chinese border city (Horgos); the Kazakh dry port and Altynkol station lie just across the border.',
        'The line from Istanbul through Astana to Khorgos shows how Kazakhstan sits between Europe and China; it is not a route.',
      ],
    },
    approximate: ' (approximate position)',
    desc: (d) =>
      `Map of Eurasia in a conic equal-area projection, with ${d.kazakhstan} in the middle of the landmass. Step by step, it zooms in on ${d.kazakhstan}; colours ${d.russia} and draws its long border with ${d.kazakhstan}; colours ${d.china} and draws its border with ${d.kazakhstan}; colours the Central Asian states ${listEn(d.neighbours)}, which border ${d.kazakhstan}, and ${listEn(d.others)}, which ${d.others.length === 1 ? 'does' : 'do'} not; and draws a line from ${d.from} through ${listEn(d.via)} to ${d.to}, from Europe to China.`,
  },
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
    states: {
      eurasia: 'Евразия',
      kazakhstan: 'Казахстан',
      'russia-border': 'Граница с Россией',
      china: 'Китай',
      'central-asia': 'Центральная Азия',
      'europe-asia': 'Из Европы в Китай',
    },
    table: {
      caption: 'Страны и места на карте-локаторе, по шагам',
      everyStep: 'Каждый шаг (в обзоре — бледно)',
      outline: 'контур Natural Earth',
      fromSource: 'по источнику',
      notes: [
        'Контуры и границы стран: Natural Earth (1:110m), через пакет world-atlas; граничит ли страна с Казахстаном, определено по этим контурам. Равновеликая коническая проекция с центром в Казахстане. Границы с Россией и Китаем нарисованы на своих шагах.',
        'Координаты — в десятичных градусах. Отмеченные как приблизительные — общеизвестные положения, взятые не из источника. Хоргос — китайский пограничный город; казахстанский сухой порт и станция Алтынколь — сразу за границей.',
        'Линия от Стамбула через Астану до Хоргоса показывает, как Казахстан лежит между Европой и Китаем; это не маршрут.',
      ],
    },
    approximate: ' (положение приблизительное)',
    desc: (d) =>
      `Карта Евразии в равновеликой конической проекции; Казахстан — в середине материка. Шаг за шагом карта приближается к Казахстану; выделяет Россию и её длинную границу с Казахстаном; выделяет Китай и его границу с Казахстаном; выделяет государства Центральной Азии: с Казахстаном граничат ${listRu(d.neighbours)}, не ${d.others.length === 1 ? 'граничит' : 'граничат'} — ${listRu(d.others)}; и проводит линию ${[d.from, ...d.via, d.to].join(' — ')}, из Европы в Китай.`,
  },
};
