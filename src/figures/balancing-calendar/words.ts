/** The balancing-calendar figure's own words per edition: lanes, dates, places, table furniture and the SVG's description. */
import { formatDateRange, formatPartialDate } from '../../lib/dates.ts';
import type { Lane } from '../../lib/events.ts';
import { formatDateIn, formatDateRangeIn } from '../../i18n/format.ts';
import type { EditionWords } from '../shared/words.ts';
import { TITLES_RU } from './titles-ru.ts';

export interface CalendarWords {
  lanes: Record<Lane, { name: string; short: string }>;
  /** A meeting's place, by the English name in events.yaml; a missing one keeps the English. */
  places: Record<string, string>;
  /** A meeting's title, by event id; a missing id keeps the English. */
  titles: Record<string, string>;
  /** "17 Jun": a day and month for a label (the year is on the axis). */
  dayMonth: (iso: string) => string;
  /** "17 June 2022", or a range of days. */
  when: (start: string, end: string) => string;
  caption: (first: number, last: number) => string;
  scope: string;
  apart: (us: string, russia: string, days: number) => string;
  desc: (d: {
    first: string;
    last: string;
    lanes: Array<{ name: string; count: number }>;
    week?: { usPlace: string; usWhen: string; russiaPlace: string; russiaWhen: string };
  }) => string;
}

const RU_DAY_MONTH = new Intl.DateTimeFormat('ru', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

const RU_PLURAL = new Intl.PluralRules('ru');
const ruDays = (n: number) =>
  ({ one: 'день', few: 'дня' })[RU_PLURAL.select(n) as 'one' | 'few'] ?? 'дней';

export const CALENDAR_WORDS: EditionWords<CalendarWords> = {
  en: {
    lanes: {
      russia: { name: 'Russia', short: 'Russia' },
      china: { name: 'China', short: 'China' },
      eu: { name: 'EU', short: 'EU' },
      us: { name: 'US', short: 'US' },
      regional: { name: 'Türkiye, Azerbaijan, Central Asia', short: 'Region' },
    },
    places: {},
    titles: {},
    dayMonth: (iso) => formatPartialDate(iso, { short: true }).replace(/ \d{4}$/, ''),
    when: (start, end) =>
      start === end ? formatPartialDate(start) : formatDateRange(`${start}/${end}`),
    caption: (first, last) => `Kazakhstan’s top-level meetings, ${first}–${last}, by partner`,
    scope:
      'President-level summits, state and official visits, and leader-level calls that changed something. A meeting that several partners could claim is listed once, under one partner.',
    apart: (us, russia, days) => `${us} and ${russia} came ${days} days apart.`,
    desc: (d) =>
      `Timeline of Kazakhstan’s top-level meetings from ${d.first} to ${d.last}, one row per partner: ${d.lanes.map((l) => `${l.name}, ${l.count} meetings`).join('; ')}.${d.week ? ` The C5+1 summit in ${d.week.usPlace} on ${d.week.usWhen} and the state visit to ${d.week.russiaPlace} on ${d.week.russiaWhen} came within days of each other.` : ''} Every meeting is listed in the data table below.`,
  },
  ru: {
    lanes: {
      russia: { name: 'Россия', short: 'Россия' },
      china: { name: 'Китай', short: 'Китай' },
      eu: { name: 'ЕС', short: 'ЕС' },
      us: { name: 'США', short: 'США' },
      regional: { name: 'Турция, Азербайджан, Центральная Азия', short: 'Регион' },
    },
    titles: TITLES_RU,
    places: {
      Ankara: 'Анкара',
      Astana: 'Астана',
      Beijing: 'Пекин',
      Berlin: 'Берлин',
      Bishkek: 'Бишкек',
      Budapest: 'Будапешт',
      'Cholpon-Ata': 'Чолпон-Ата',
      Davos: 'Давос',
      Dushanbe: 'Душанбе',
      Gabala: 'Габала',
      Moscow: 'Москва',
      'New York': 'Нью-Йорк',
      'Nur-Sultan (Astana)': 'Нур-Султан (Астана)',
      Paris: 'Париж',
      Samarkand: 'Самарканд',
      Shusha: 'Шуша',
      'St Petersburg': 'Санкт-Петербург',
      Tashkent: 'Ташкент',
      Tianjin: 'Тяньцзинь',
      Washington: 'Вашингтон',
      "Xi'an": 'Сиань',
      'by telephone': 'по телефону',
    },
    dayMonth: (iso) => RU_DAY_MONTH.format(new Date(`${iso}T00:00:00Z`)),
    when: (start, end) =>
      start === end ? formatDateIn('ru', start) : formatDateRangeIn('ru', `${start}/${end}`),
    caption: (first, last) =>
      `Встречи Казахстана на высшем уровне в ${first}–${last} годах, по партнёрам`,
    scope:
      'Саммиты на уровне президентов, государственные и официальные визиты, а также телефонные разговоры лидеров, которые что-то изменили. Встреча, которую можно отнести к нескольким партнёрам, указана один раз, у одного из них.',
    apart: (us, russia, days) => `${us} и ${russia}: между ними ${days} ${ruDays(days)}.`,
    desc: (d) =>
      `Шкала встреч Казахстана на высшем уровне с ${d.first} по ${d.last} год, по строке на партнёра: ${d.lanes.map((l) => `${l.name} — ${l.count}`).join('; ')}.${d.week ? ` Саммит C5+1 (${d.week.usPlace}, ${d.week.usWhen}) и государственный визит (${d.week.russiaPlace}, ${d.week.russiaWhen}) разделяют считаные дни.` : ''} Все встречи перечислены в таблице данных под рисунком.`,
  },
};
