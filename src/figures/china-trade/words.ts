/** The china-trade figure's own words per edition: series, axis headings and panel notes. */
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
  },
  ru: {
    series: { kz: 'Статистика Казахстана', gacc: 'Таможня Китая' },
    unit: 'Товарооборот за год, млрд $',
    derived: 'расчёт',
    heading: ['Китайские', 'инвестиции'],
    total: 'Всего, млрд $',
    over: (years) => `за ${years}`,
    runningTotal: 'накопленным итогом',
  },
};
