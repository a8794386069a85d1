/**
 * Balancing-calendar layout, phone and desktop: a time axis over the years the events cover, one
 * lane per partner, a dot per meeting, each lane's name above its row. Sizes are in viewBox units chosen so that the labels print at 12–16 px
 * on a 360 px phone and at about 14 px on a desktop.
 */
import { scaleUtc } from 'd3-scale';
import { labelWidth, round } from '../shared/map.ts';
import type { BalancingCalendarData, PlacedEvent } from './data.ts';

export type Size = 'phone' | 'desktop';

const SIZES = {
  /** About 320 px wide on a 360 px phone, so 14 units print at about 13 px. */
  phone: { W: 340, font: 14, left: 6, right: 10, top: 30, label: 15, row: 21, r: 5 },
  /** About 650–700 px wide beside the steps on a desktop, so 15 units print at about 14 px. */
  desktop: { W: 720, font: 15, left: 8, right: 12, top: 34, label: 17, row: 27, r: 6 },
} as const;

export interface Dot {
  event: PlacedEvent;
  x: number;
  y: number;
}

export function balancingCalendarLayout(data: BalancingCalendarData, size: Size) {
  const s = SIZES[size];
  const { W, font, left, right, top, label, row, r } = s;
  const laneText = (lane: BalancingCalendarData['lanes'][number]) =>
    `${lane.name} · ${lane.events.length}`;
  const X0 = left;
  const X1 = W - right;
  const [from, until] = data.domain;
  const scale = scaleUtc()
    .domain([new Date(`${from}T00:00:00Z`), new Date(`${until}T00:00:00Z`)])
    .range([X0, X1]);
  const y0 = Number(from.slice(0, 4));
  const yEnd = Number(until.slice(0, 4));
  const x = (iso: string) => round(scale(new Date(`${iso}T00:00:00Z`)));
  /** The middle of an event (a one-day event's own day). */
  const mid = (e: PlacedEvent) => round((x(e.start) + x(e.end)) / 2);
  const laneTop = (i: number) => top + i * (label + row);
  const laneY = (i: number) => laneTop(i) + label + row / 2;
  const lanes = data.lanes.map((lane, i) => ({
    ...lane,
    y: laneY(i),
    labelY: laneTop(i) + label - 2,
    text: laneText(lane),
    dots: lane.events.map((event) => ({ event, x: mid(event), y: laneY(i) })),
  }));
  const axisY = laneTop(data.lanes.length) + 6;
  const H = axisY + font + 14;
  // Year labels: every year if they fit, otherwise every second or third.
  const years = Array.from({ length: yEnd - y0 + 1 }, (_, i) => y0 + i);
  const yearWidth = x(`${y0 + 1}-01-01`) - X0;
  const every = Math.max(1, Math.ceil((labelWidth('2022', font, 0.6) + 8) / yearWidth));
  // A year's label sits just right of its tick, so the last one is shown only if it fits before the end.
  const ticks = years.map((year) => ({
    year,
    x: x(`${year}-01-01`),
    label:
      (year - y0) % every === 0 &&
      x(`${year}-01-01`) + 4 + labelWidth(String(year), font, 0.6) <= W,
  }));
  // The "within a week" callout: a band around both meetings and a label above the lanes.
  const weekText = data.week
    ? `${data.week.us.place} ${data.week.us.short} · ${data.week.russia.place} ${data.week.russia.short}`
    : '';
  const week = data.week && {
    text: weekText,
    /** The label ends at the band, or further right if it would otherwise run off the left edge. */
    labelX: round(
      Math.min(
        X1,
        Math.max(
          Math.max(x(data.week.us.end), x(data.week.russia.end)) + r + 3,
          labelWidth(weekText, font) + 4,
        ),
      ),
    ),
    x0: Math.min(x(data.week.us.start), x(data.week.russia.start)) - r - 3,
    x1: Math.max(x(data.week.us.end), x(data.week.russia.end)) + r + 3,
    y0: top - 6,
    y1: axisY,
    labelY: top - 12,
  };
  return { W, H, font, r, X0, X1, axisY, lanes, ticks, week };
}

export type BalancingCalendarLayout = ReturnType<typeof balancingCalendarLayout>;
