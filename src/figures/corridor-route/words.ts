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
  table: {
    caption: string;
    from: string;
    straight: string;
    approximate: (places: string) => string;
    schematic: (label: string, from: string) => string;
    europe: string;
  };
  /** The SVG's description, leg by leg. */
  desc: {
    approximate: string;
    rail: string;
    ferry: string;
    schematic: (label: string, stops: string[]) => string;
    path: (stops: string[]) => string;
    onward: (to?: string) => string;
    whole: (main: string[], other: string[]) => string;
  };
}

const pathEn = (stops: string[]) => {
  const via = stops.slice(1, -1);
  return stops.length > 1
    ? `from ${stops[0]}${via.length ? ` via ${via.join(', ')}` : ''} to ${stops.at(-1)}`
    : `from ${stops[0]}`;
};

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
    table: {
      caption: 'Places on the Middle Corridor map, in route order',
      from: 'from',
      straight:
        'Legs are drawn as straight lines between the places listed; they show the order of the route, not the path of the track.',
      approximate: (places) =>
        `Approximate positions (${places}) are well-known or unverified rather than taken from a cited source; the map shows them as hollow markers.`,
      schematic: (label, from) =>
        `${label}: drawn schematically from ${from} toward Europe, for contrast; the sources give no coordinates for it.`,
      europe: 'Europe lies beyond the left edge of the map; the arrow shows the direction only.',
    },
    desc: {
      approximate: ' (approximate position)',
      rail: 'by rail',
      ferry: 'by ferry',
      schematic: (label, stops) =>
        `${label}: a schematic line from ${stops.join(', ')} toward Europe, for contrast`,
      path: pathEn,
      onward: (to) => ` and on to ${to ?? 'the edge of the map'}`,
      whole: (main, other) =>
        `Map of the Middle Corridor from the Chinese border to the Bosporus, leg by leg. ${main.join('. ')}. ${other.join('. ')}. Legs are straight lines between the places named, not the track itself.`,
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
    table: {
      caption: 'Места на карте Среднего коридора, по порядку маршрута',
      from: 'от пункта',
      straight:
        'Участки нарисованы прямыми линиями между перечисленными местами; они показывают порядок маршрута, а не путь самой дороги.',
      approximate: (places) =>
        `Приблизительные положения (${places}) общеизвестны или не проверены, а не взяты из источника; на карте они показаны полыми маркерами.`,
      schematic: (label, from) =>
        `${label}: нарисован схематично от пункта ${from} в сторону Европы, для сравнения; координат в источниках нет.`,
      europe: 'Европа лежит за левым краем карты; стрелка показывает только направление.',
    },
    desc: {
      approximate: ' (положение приблизительное)',
      rail: 'по железной дороге',
      ferry: 'паромом',
      schematic: (label, stops) =>
        `${label}: схематичная линия от пункта ${stops.join(', ')} в сторону Европы, для сравнения`,
      path: (stops) => stops.join(' — '),
      onward: (to) => ` и дальше: ${to ?? 'к краю карты'}`,
      whole: (main, other) =>
        `Карта Среднего коридора от китайской границы до Босфора, участок за участком. ${main.join('. ')}. ${other.join('. ')}. Участки — прямые линии между названными пунктами, а не сам путь.`,
    },
  },
};
