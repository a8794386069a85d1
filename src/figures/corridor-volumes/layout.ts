/** Corridor-volumes layout: scales from the data (never fixed domains), and where every bar, line and label sits. */
import { scaleBand, scaleLinear } from 'd3-scale';
import { labelWidth } from '../shared/map.ts';
import type { CorridorVolumes, VolumeBar } from './data.ts';

const W = 520;
const H = 360;
const M = { top: 34, right: 6, bottom: 50, left: 34 };
const SPLIT = 340;
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
  width: number;
  height: number;
  margin: typeof M;
  split: number;
  base: number;
  /** Baseline of the labels under the bars. */
  labelY: number;
  ticks: Array<{ y: number; text: string }>;
  annual: BarLayout[];
  january: BarLayout[];
  capacityY: number;
  targetY: number;
}

export function corridorVolumesLayout(data: CorridorVolumes, format: (n: number) => string): CorridorVolumesLayout {
  const x = scaleBand<string>().domain(data.annual.map((b) => b.key)).range([M.left, SPLIT - 20]).padding(0.28);
  const y = scaleLinear().domain([0, axisTop(Math.max(...data.annual.map((b) => b.value), data.capacity.value, data.target.value))]).range([H - M.bottom, M.top]);
  const xj = scaleBand<string>().domain(data.january.map((b) => b.key)).range([SPLIT + 16, W - M.right]).padding(0.22);
  const yj = scaleLinear().domain([0, axisTop(Math.max(...data.january.map((b) => b.value)))]).range([H - M.bottom, M.top]);
  const base = y(0);
  const place = (b: VolumeBar, band: typeof x, scale: typeof y, text: string): BarLayout => ({
    bar: b,
    x: band(b.key) ?? 0,
    y: scale(b.value),
    width: band.bandwidth(),
    height: base - scale(b.value),
    mid: (band(b.key) ?? 0) + band.bandwidth() / 2,
    text: `${text}${b.derived ? '*' : ''}`,
  });
  return {
    width: W,
    height: H,
    margin: M,
    split: SPLIT,
    base,
    labelY: H - M.bottom + 18,
    ticks: y.ticks(5).map((t) => ({ y: y(t), text: format(t) })),
    annual: data.annual.map((b) => place(b, x, y, format(b.value))),
    january: data.january.map((b) => place(b, xj, yj, `${format(Math.round(b.value / 1000))}k`)),
    capacityY: y(data.capacity.value),
    targetY: y(data.target.value),
  };
}

/** Every label's box, for the overflow test: [x0, y0, x1, y1] in SVG units at the figure's 15px type. */
export function labelBoxes(layout: CorridorVolumesLayout): Array<{ text: string; box: [number, number, number, number] }> {
  const centred = (text: string, x: number, y: number) => ({ text, box: [x - labelWidth(text, 15) / 2, y - 15, x + labelWidth(text, 15) / 2, y] as [number, number, number, number] });
  const end = (text: string, x: number, y: number) => ({ text, box: [x - labelWidth(text, 15), y - 15, x, y] as [number, number, number, number] });
  return [
    ...layout.ticks.map((t) => end(t.text, layout.margin.left - 6, t.y + 5)),
    ...[...layout.annual, ...layout.january].flatMap((b) => [centred(b.text, b.mid, b.y - 6), centred(b.bar.label, b.mid, layout.labelY)]),
    end('Capacity', layout.split - 22, layout.capacityY - 6),
    end('2027 target', layout.split - 22, layout.targetY - 6),
  ];
}
