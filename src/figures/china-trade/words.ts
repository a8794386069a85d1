/** The china-trade figure's own words per edition: series, axis headings and panel notes. */
import { formatPartialDate } from '../../lib/dates.ts';
import { formatDateIn } from '../../i18n/format.ts';
import type { EditionWords } from '../shared/words.ts';

export interface TradeWords {
  series: { kz: string; gacc: string };
  unit: string;
  derived: string;
  heading: [string, string];
  total: string;
  /** Under the investment bar: "over 18 years". */
  over: (years: string) => string;
  runningTotal: string;
  table: {
    caption: string;
    gacc: string;
    gap: string;
    yearsTo: (years: number, year: string) => string;
    investment: string;
    notes: [
      string,
      (year: string, gacc: string, kz: string) => string,
      (years: string, date: string) => string,
    ];
  };
  /** A partial ISO date as the edition writes it. */
  date: (iso: string) => string;
  desc: (d: {
    kz: string;
    gacc: string;
    gapYear: string;
    gap: string;
    investment: string;
    years: string;
    statedYear: string;
  }) => string;
}

export const TRADE_WORDS: EditionWords<TradeWords> = {
  en: {
    series: { kz: 'Kazakh statistics', gacc: 'Chinese customs' },
    unit: 'Trade in the year, US$ bn',
    derived: 'derived',
    heading: ['Chinese', 'investment'],
    total: 'Total, US$ bn',
    over: (years) => `over ${years}`,
    runningTotal: 'a running total',
    table: {
      caption: 'Kazakhstan–China trade as each country counts it, and the Chinese investment stock',
      gacc: 'Chinese customs (GACC)',
      gap: 'Gap (Chinese customs minus Kazakh statistics)',
      yearsTo: (years, year) => `${years} years to ${year}`,
      investment: 'Chinese investment, cumulative (a stock, not a yearly flow)',
      notes: [
        'Trade is turnover: exports and imports added together. The two countries’ customs record the same trade differently, so the Kazakh and Chinese series do not match; both are official figures, and neither is picked here.',
        (year, gacc, kz) =>
          `The gap row is derived: the Chinese customs figure for ${year} (${gacc}) minus the Kazakh one (${kz}). It is not a reported number.`,
        (years, date) =>
          `The investment figure is a running total over ${years}, as Prime Minister Smailov stated it on ${date}; it is a stock, not a yearly flow like the trade figures.`,
      ],
    },
    date: (iso) => formatPartialDate(iso),
    desc: (d) =>
      [
        `Grouped bar chart of trade between Kazakhstan and China, in US dollars.`,
        `Kazakh statistics: ${d.kz}.`,
        `Chinese customs: ${d.gacc}.`,
        `In ${d.gapYear} the Chinese figure is ${d.gap} higher (derived: the difference of the two).`,
        `In a separate panel, cumulative Chinese investment in Kazakhstan: ${d.investment} over ${d.years} to ${d.statedYear}, a running total rather than a yearly flow.`,
      ].join(' '),
  },
  ru: {
    series: { kz: 'Статистика Казахстана', gacc: 'Таможня Китая' },
    unit: 'Товарооборот за год, млрд $',
    derived: 'расчёт',
    heading: ['Китайские', 'инвестиции'],
    total: 'Всего, млрд $',
    over: (years) => `за ${years}`,
    runningTotal: 'накоплено',
    table: {
      caption:
        'Торговля Казахстана и Китая по данным каждой страны и накопленные китайские инвестиции',
      gacc: 'Таможня Китая (ГТУ КНР)',
      gap: 'Разница (таможня Китая минус статистика Казахстана)',
      yearsTo: (years, year) => `${years} лет по ${year} г.`,
      investment: 'Китайские инвестиции, накопленным итогом (запас, а не годовой поток)',
      notes: [
        'Товарооборот — это экспорт и импорт вместе. Таможни двух стран учитывают одну и ту же торговлю по-разному, поэтому казахстанский и китайский ряды не совпадают; обе цифры официальные, и мы не выбираем между ними.',
        (year, gacc, kz) =>
          `Строка разницы — наш расчёт: цифра таможни Китая за ${year} год (${gacc}) минус казахстанская (${kz}). Это не опубликованная цифра.`,
        (years, date) =>
          `Инвестиции — накопленный итог за ${years}, как его назвал премьер-министр Смаилов ${date}; это запас, а не годовой поток, как цифры торговли.`,
      ],
    },
    date: (iso) => formatDateIn('ru', iso),
    desc: (d) =>
      [
        'Сгруппированная столбчатая диаграмма торговли Казахстана и Китая, в долларах США.',
        `Статистика Казахстана: ${d.kz}.`,
        `Таможня Китая: ${d.gacc}.`,
        `В ${d.gapYear} году китайская цифра выше на ${d.gap} (расчёт: разница двух цифр).`,
        `На отдельной панели — накопленные китайские инвестиции в Казахстан: ${d.investment} за ${d.years} по ${d.statedYear} год; это итог, а не годовой поток.`,
      ].join(' '),
  },
};
