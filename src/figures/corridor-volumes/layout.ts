/** Corridor-volumes layout: scales from the data (never fixed domains), and where every bar, line and label sits. */
import type { VolumesWords } from './words.ts';
import { scaleBand, scaleLinear } from 'd3-scale';
import { labelWidth } from '../shared/map.ts';
import type { CorridorVolumes, VolumeBar } from './data.ts';

import type { ArtName } from '../shared/art.ts';
import { PHONE_WIDTH } from '../shared/art.ts';

/**
 * The two drawings: the phone one is laid out at its own width (one unit ≈ one CSS px, labels 13 px),
 * the desktop one at 520 units (scaled about 1.34×, so 14-unit labels print under 19 px).
 * `split` is where the January panel starts: it has its own axis and sits apart from the yearly bars.
 */
export const SIZES = {
  phone: {
    W: PHONE_WIDTH,
    // Short enough to stand unscaled in the pinned chart's 40svh on a 740 px phone (Scrolly.astro).
    H: 280,
    M: { top: 62, right: 4, bottom: 58, left: 22 },
    split: 198,
    font: 13,
  },
  desktop: { W: 520, H: 360, M: { top: 58, right: 6, bottom: 44, left: 30 }, split: 330, font: 14 },
} as const;
/** The January panel's axis reaches only this share of the plot's height, so its bars never stand level with the yearly scale's lines. */
const JANUARY_SHARE = 0.62;
/** Room above the tallest bar or line, for its label. */
const HEADROOM = 1.08;

/** The top of a value axis: the largest value plus headroom, rounded up to two significant figures (10 → 11, 274,200 → 300,000). */
export function axisTop(max: number): number {
  const raw = max * HEADROOM;
  if (raw <= 0) return 1;
  const step = 10 ** (Math.floor(Math.log10(raw)) - 1);
  return Math.ceil(raw / step - 1e-9) * step;
}

export interface BarLayout {
  bar: VolumeBar;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the bar, for its labels. */
  mid: number;
  /** The value printed above the bar. */
  text: string;
}

export interface CorridorVolumesLayout {
  art: ArtName;
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Label size in viewBox units. */
  font: number;
  split: number;
  /** Where the yearly plot ends, and where the January panel's axis and bars start. */
  plotRight: number;
  januaryLeft: number;
  januaryTicks: Array<{ y: number; text: string }>;
  januaryUnit: string;
  /** The edition's words, and the target line's label. */
  words: VolumesWords;
  targetText: string;
  /** The footnote, one line per entry (two on the phone). */
  footnote: string[];
  base: number;
  /** Baseline of the labels under the bars. */
  labelY: number;
  ticks: Array<{ y: number; text: string }>;
  annual: BarLayout[];
  january: BarLayout[];
  capacityY: number;
  targetY: number;
}

export function corridorVolumesLayout(
  data: CorridorVolumes,
  format: (n: number) => string,
  art: ArtName = 'desktop',
): CorridorVolumesLayout {
  const words = data.words;
  const { W, H, split: SPLIT, font } = SIZES[art];
  const plotRight = SPLIT - 14;
  const y = scaleLinear()
    .domain([
      0,
      axisTop(Math.max(...data.annual.map((b) => b.value), data.capacity.value, data.target.value)),
    ])
    .range([H - SIZES[art].M.bottom, SIZES[art].M.top]);
  // The left margin grows when the axis labels need it (amounts in the hundreds, or with decimals).
  const M = {
    ...SIZES[art].M,
    left: Math.max(
      SIZES[art].M.left,
      Math.ceil(Math.max(...y.ticks(5).map((t) => labelWidth(format(t), font - 1)))) + 6,
    ),
  };
  const x = scaleBand<string>()
    .domain(data.annual.map((b) => b.key))
    .range([M.left + 2, plotRight])
    .padding(0.24);
  const base = y(0);
  const janTop = base - (base - M.top) * JANUARY_SHARE;
  const yj = scaleLinear()
    .domain([0, axisTop(Math.max(...data.january.map((b) => b.value)))])
    .range([base, janTop]);
  const janTickValues = yj.ticks(3);
  // Thousands of tonnes (274k), or millions when a month reaches them (2.7m), so the labels stay short.
  const millions = yj.domain()[1]! >= 1e6;
  const thousands = (n: number) =>
    n === 0
      ? '0'
      : millions
        ? `${format(Math.round(n / 1e5) / 10)}${words.tickSuffix.millions}`
        : `${format(Math.round(n / 1000))}${words.tickSuffix.thousands}`;
  const tickWidth = Math.max(...janTickValues.map((t) => labelWidth(thousands(t), font - 1)));
  const januaryLeft = SPLIT + 10 + tickWidth + 6;
  const xj = scaleBand<string>()
    .domain(data.january.map((b) => b.key))
    .range([januaryLeft, W - M.right])
    .paddingInner(0.2)
    .paddingOuter(0.05);
  const place = (b: VolumeBar, band: typeof x, scale: typeof y, text: string): BarLayout => ({
    bar: b,
    x: band(b.key) ?? 0,
    y: scale(b.value),
    width: band.bandwidth(),
    height: base - scale(b.value),
    mid: (band(b.key) ?? 0) + band.bandwidth() / 2,
    text: `${text}${b.derived ? '*' : ''}`,
  });
  const note = words.footnote.line;
  return {
    art,
    words,
    targetText: words.target(data.targetYear.display),
    width: W,
    height: H,
    margin: M,
    font,
    split: SPLIT,
    plotRight,
    januaryLeft,
    januaryUnit: millions ? words.januaryUnit.millions : words.januaryUnit.thousands,
    januaryTicks: janTickValues.map((t) => ({ y: yj(t), text: thousands(t) })),
    footnote: labelWidth(note, font - 1) > W ? words.footnote.lines : [note],
    base,
    labelY: H - M.bottom + font + 6,
    ticks: y.ticks(5).map((t) => ({ y: y(t), text: format(t) })),
    annual: data.annual.map((b) => place(b, x, y, format(b.value))),
    january: data.january.map((b) => place(b, xj, yj, thousands(b.value))),
    capacityY: y(data.capacity.value),
    targetY: y(data.target.value),
  };
}

/** Every label's box, for the overflow test: [x0, y0, x1, y1] in SVG units at the drawing's label size. */
export function labelBoxes(
  layout: CorridorVolumesLayout,
): Array<{ text: string; box: [number, number, number, number] }> {
  const f = layout.font;
  const centred = (text: string, x: number, y: number, size = f) => ({
    text,
    box: [x - labelWidth(text, size) / 2, y - size, x + labelWidth(text, size) / 2, y] as [
      number,
      number,
      number,
      number,
    ],
  });
  const end = (text: string, x: number, y: number, size = f) => ({
    text,
    box: [x - labelWidth(text, size), y - size, x, y] as [number, number, number, number],
  });
  const start = (text: string, x: number, y: number, size = f) => ({
    text,
    box: [x, y - size, x + labelWidth(text, size), y] as [number, number, number, number],
  });
  return [
    ...layout.ticks.map((t) => end(t.text, layout.margin.left - 4, t.y + 5, f - 1)),
    ...layout.januaryTicks.map((t) => end(t.text, layout.januaryLeft - 6, t.y + 5, f - 1)),
    ...[...layout.annual, ...layout.january].flatMap((b) => [
      centred(b.text, b.mid, b.y - 6),
      centred(String(b.bar.year), b.mid, layout.labelY),
    ]),
    end(layout.words.capacity, layout.plotRight - 2, layout.capacityY - 6),
    end(layout.targetText, layout.plotRight - 2, layout.targetY - 6),
    ...unitLines(layout).map((l) => start(l.text, l.x, l.y)),
    ...layout.footnote.map((line, i) =>
      start(line, 0, layout.height - 6 - (layout.footnote.length - 1 - i) * (f + 2), f - 1),
    ),
  ];
}

/** The panels' headings: what each axis counts, and the January panel's warning that its scale is its own. */
export function unitLines(
  layout: CorridorVolumesLayout,
): Array<{ text: string; x: number; y: number; kind: 'unit' | 'note' }> {
  const f = layout.font;
  const line = (i: number) => 14 + i * (f + 3);
  const jx = layout.split + 10;
  return [
    { text: layout.words.annualUnit[0], x: 0, y: line(0), kind: 'unit' },
    { text: layout.words.annualUnit[1], x: 0, y: line(1), kind: 'unit' },
    { text: layout.words.januaryOnly, x: jx, y: line(0), kind: 'unit' },
    { text: layout.januaryUnit, x: jx, y: line(1), kind: 'unit' },
    { text: layout.words.differentScale, x: jx, y: line(2), kind: 'note' },
  ];
}
