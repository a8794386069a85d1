/**
 * Data for the china-trade figure: Kazakhstan–China trade in 2022 and 2023 as
 * Kazakh statistics and Chinese customs (GACC) count it, the derived 2023 gap,
 * and the cumulative Chinese investment stock (a total, not a yearly flow).
 */
import type { FigureEdition } from '../define.ts';
import { numberIn, wordsOf } from '../shared/words.ts';
import { TRADE_WORDS, type TradeWords } from './words.ts';
import { ContentError } from '../../lib/errors.ts';
import {
  factSources,
  numberFact,
  publishers,
  type Ledger,
  type NumberFact,
} from '../../lib/ledger.ts';
import type { DataTable } from '../shared/table.ts';

const WHERE = 'the china-trade figure (src/figures/china-trade/data.ts)';
const FACTS_FILE = 'content/data/facts.yaml';

export type TradeSeries = 'kz' | 'gacc';

export const SERIES: Record<TradeSeries, { label: string; short: string }> = {
  kz: { label: 'Kazakh statistics', short: 'KZ' },
  gacc: { label: 'Chinese customs', short: 'CN' },
};

export interface TradeBar {
  key: string;
  year: string;
  series: TradeSeries;
  value: number;
  fact: NumberFact;
}

export interface ChinaTradeData {
  /** The edition's words for the legend and panels, and how it prints numbers. */
  words: TradeWords;
  format: (n: number) => string;
  /** The years on the x axis, in order. */
  years: string[];
  /** One bar per year and series, Kazakh statistics first within each year. */
  bars: TradeBar[];
  /** Chinese customs minus Kazakh statistics, computed in the ledger: always derived. */
  gap: { year: string; value: number; fact: NumberFact; from: TradeBar; to: TradeBar };
  /** Cumulative Chinese investment: a stock built up over `years`, not a yearly flow. */
  investment: {
    value: number;
    fact: NumberFact;
    years: number;
    yearsFact: NumberFact;
    statedYear: string;
  };
  /** The largest value drawn, for the y scale. */
  max: number;
  sources: string[];
  table: DataTable;
}

const yearOf = (fact: NumberFact) => fact.asOf.slice(0, 4);

const TRADE_FACTS: Array<[TradeSeries, string]> = [
  ['kz', 'china-trade-2022-kz'],
  ['gacc', 'china-trade-2022-gacc'],
  ['kz', 'china-trade-2023-kz'],
  ['gacc', 'china-trade-2023-gacc'],
];

export function chinaTrade(ledger: Ledger, edition?: FigureEdition): ChinaTradeData {
  const bars: TradeBar[] = TRADE_FACTS.map(([series, id]) => {
    const fact = numberFact(ledger, id, WHERE);
    const year = yearOf(fact);
    return { key: `${series}-${year}`, year, series, value: fact.value, fact };
  });
  const years = [...new Set(bars.map((b) => b.year))];

  const gapFact = numberFact(ledger, 'china-trade-2023-gap', WHERE);
  if (!gapFact.derived) {
    throw new ContentError({
      file: FACTS_FILE,
      field: 'fact "china-trade-2023-gap" → derived',
      problem: 'is missing, so the gap would be shown as a reported number',
      fix: 'Compute it: derived: { formula: difference, from: [china-trade-2023-gacc, china-trade-2023-kz] }',
    });
  }
  const gapYear = yearOf(gapFact);
  const find = (series: TradeSeries) =>
    bars.find((b) => b.series === series && b.year === gapYear)!;
  const gap = {
    year: gapYear,
    value: gapFact.value,
    fact: gapFact,
    from: find('kz'),
    to: find('gacc'),
  };

  const investmentFact = numberFact(ledger, 'china-investment-18y', WHERE);
  const yearsFact = numberFact(ledger, 'china-investment-years', WHERE);
  const investment = {
    value: investmentFact.value,
    fact: investmentFact,
    years: yearsFact.value,
    yearsFact,
    statedYear: yearOf(investmentFact),
  };

  const facts = [...bars.map((b) => b.fact), gapFact, investmentFact, yearsFact];
  const sources = factSources(...facts);

  const words = wordsOf(TRADE_WORDS, edition);
  const t = words.table;
  const table: DataTable = {
    caption: t.caption,
    columns: ['Year', 'Series', 'Value (USD bn)', 'Status', 'Source'],
    rows: [
      ...bars.map((b) => [
        b.year,
        b.series === 'kz' ? words.series.kz : t.gacc,
        b.value,
        'reported',
        publishers(ledger, b.fact),
      ]),
      [gap.year, t.gap, gap.value, 'derived', publishers(ledger, gapFact)],
      [
        t.yearsTo(investment.years, investment.statedYear),
        t.investment,
        investment.value,
        'reported',
        publishers(ledger, investmentFact),
      ],
    ],
    notes: [
      t.notes[0],
      t.notes[1](gap.year, gap.to.fact.display, gap.from.fact.display),
      t.notes[2](investment.yearsFact.display, words.date(investmentFact.asOf)),
    ],
  };

  return {
    words,
    format: numberIn(edition),
    years,
    bars,
    gap,
    investment,
    max: Math.max(...bars.map((b) => b.value), investment.value),
    sources,
    table,
  };
}
