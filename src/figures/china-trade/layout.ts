/** China-trade layout: the scale from the data (its largest value, made nice), and where every bar, bracket and label sits. */
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatNumber } from '../../lib/format.ts';
import { labelWidth } from '../shared/map.ts';
import type { ChinaTradeData, TradeBar, TradeSeries } from './data.ts';

/**
 * The two drawings: the desktop one 520 units wide (shown about 1.34×: 14.5-unit labels print at 19.4 px),
 * the phone one at the phone's own width (one unit ≈ one CSS px, 13 px labels). Panels are shares of the width.
 */
export const SIZES = {
  desktop: { W: 520, H: 342, font: 14.5 },
  phone: { W: 320, H: 320, font: 13 },
} as const;
export type ChinaTradeArt = keyof typeof SIZES;
const M = { top: 98, bottom: 60, left: 30 };
/** The gap between an axis label and its grid line. */
const TICK_GAP = 6;
const INVESTMENT_WIDTH = 40;

export interface TradeBarLayout {
  bar: TradeBar;
  x: number;
  y: number;
  width: number;
  height: number;
  mid: number;
}

export interface ChinaTradeLayout {
  /** Label size, in viewBox units. */
  font: number;
  width: number;
  height: number;
  margin: { top: number; bottom: number; left: number };
  plotRight: number;
  split: number;
  panel: { left: number; right: number };
  base: number;
  ticks: Array<{ value: number; y: number }>;
  years: Array<{ year: string; x: number }>;
  bars: TradeBarLayout[];
  /** The bracket beside the later Chinese customs bar: from the Kazakh bar's top to the Chinese one's. */
  gap: { fromX: number; x: number; top: number; bottom: number };
  investment: { x: number; width: number; mid: number; y: number; height: number };
}

export function chinaTradeLayout(
  data: ChinaTradeData,
  art: ChinaTradeArt = 'desktop',
): ChinaTradeLayout {
  const { W, H, font } = SIZES[art];
  const TICK_FONT = font;
  const SPLIT = Math.round(W * 0.64);
  const PLOT_RIGHT = SPLIT - 66;
  const base = H - M.bottom;
  const panel = { left: SPLIT + 12, right: W - 2 };
  const y = scaleLinear().domain([0, data.max]).nice().range([base, M.top]);
  // The left margin grows if the axis labels need it (e.g. when trade reaches three digits).
  const ticks = y.ticks(5);
  const margin = {
    ...M,
    left: Math.max(
      M.left,
      Math.ceil(
        Math.max(...ticks.map((t) => labelWidth(formatNumber(t), TICK_FONT))) + TICK_GAP + 2,
      ),
    ),
  };
  const x = scaleBand<string>()
    .domain(data.years)
    .range([margin.left + 4, PLOT_RIGHT])
    .paddingInner(0.26)
    .paddingOuter(0.12);
  const series = [...new Set(data.bars.map((b) => b.series))] as TradeSeries[];
  const xs = scaleBand<string>().domain(series).range([0, x.bandwidth()]).paddingInner(0.08);
  const barX = (b: TradeBar) => (x(b.year) ?? 0) + (xs(b.series) ?? 0);
  const bars = data.bars.map((b) => ({
    bar: b,
    x: barX(b),
    y: y(b.value),
    width: xs.bandwidth(),
    height: base - y(b.value),
    mid: barX(b) + xs.bandwidth() / 2,
  }));
  const invX = (panel.left + panel.right) / 2 - INVESTMENT_WIDTH / 2;
  return {
    font,
    width: W,
    height: H,
    margin,
    plotRight: PLOT_RIGHT,
    split: SPLIT,
    panel,
    base,
    ticks: ticks.map((value) => ({ value, y: y(value) })),
    years: data.years.map((year) => ({ year, x: (x(year) ?? 0) + x.bandwidth() / 2 })),
    bars,
    gap: {
      fromX: barX(data.gap.from),
      x: barX(data.gap.to) + xs.bandwidth() + 6,
      top: y(data.gap.to.value),
      bottom: y(data.gap.from.value),
    },
    investment: {
      x: invX,
      width: INVESTMENT_WIDTH,
      mid: invX + INVESTMENT_WIDTH / 2,
      y: y(data.investment.value),
      height: base - y(data.investment.value),
    },
  };
}

/** Every value label's box [x0, y0, x1, y1] at the drawing's label size, for the overflow test. */
export function valueBoxes(
  layout: ChinaTradeLayout,
  data: ChinaTradeData,
  format: (n: number) => string,
): Array<{ text: string; box: [number, number, number, number] }> {
  const size0 = layout.font;
  const TICK_FONT = layout.font;
  const centred = (text: string, x: number, baseline: number, size = size0) => ({
    text,
    box: [
      x - labelWidth(text, size) / 2,
      baseline - size,
      x + labelWidth(text, size) / 2,
      baseline,
    ] as [number, number, number, number],
  });
  const gapMid = (layout.gap.top + layout.gap.bottom) / 2;
  const gapText = `+${format(data.gap.value)}`;
  return [
    ...layout.bars.map((b) => centred(format(b.bar.value), b.mid, b.y - 7)),
    ...layout.ticks.map((t) => ({
      text: format(t.value),
      box: [
        layout.margin.left - TICK_GAP - labelWidth(format(t.value), TICK_FONT),
        t.y - 8,
        layout.margin.left - TICK_GAP,
        t.y + 8,
      ] as [number, number, number, number],
    })),
    {
      text: gapText,
      box: [
        layout.gap.x + 7,
        gapMid - 17,
        layout.gap.x + 7 + labelWidth(gapText, size0),
        gapMid - 1,
      ],
    },
    centred(format(data.investment.value), layout.investment.mid, layout.investment.y - 7),
  ];
}
