/** Forum-timeline layout: the time axis from the data's first edition to the year searched after the last, and where every marker and label sits. */
import { scaleUtc } from 'd3-scale';
import { labelWidth, round } from '../shared/map.ts';
import type { ForumTimelineData } from './data.ts';

export function forumTimelineLayout(data: ForumTimelineData) {
  const { first, planned, cancelled, comeback, written, searchedYear, domain } = data;
  // Layout, in viewBox units. The column is about 320px wide on a 360px phone, so 18px
  // labels in a 520-wide viewBox print at about 11px there.
  const W = 520;
  const H = 318;
  const X0 = 8;
  const X1 = W - 8;
  const AXIS = 190;
  const R = 9;
  const LINE = 21;
  const GAP = 7;
  const scale = scaleUtc().domain(domain).range([X0, X1]);
  /** Positions to a tenth of a unit: enough for the eye, and a lighter page. */
  const x = (d: Date) => round(scale(d));
  const years = Array.from(
    { length: domain[1].getUTCFullYear() - domain[0].getUTCFullYear() },
    (_, i) => domain[0].getUTCFullYear() + i,
  );
  const yearX = (year: number) => x(new Date(Date.UTC(year, 0, 1)));
  const known = yearX(searchedYear);
  const at = (e: { start: Date }) => x(e.start);

  // The 2024 cluster sits above the axis in a staircase: the June slot on top, the
  // cancellation and the article window below it, their labels hanging left.
  // The first forum hangs below the axis, the comeback above it.
  const ROW1 = 16;
  const ROW2 = 84;
  const ROW3 = 138;
  const BELOW_YEARS = AXIS + 27;
  const BELOW = AXIS + 34;
  const fx = at(first);
  const px = at(planned);
  const cx = at(cancelled);
  const bx = at(comeback);
  const wx0 = x(written.from.start);
  const wx1 = x(written.to.start);
  const legendY = H - 16;
  const legend = [
    { status: 'held', label: 'held', x: X0 },
    { status: 'planned', label: 'planned', x: X0 + 92 },
    { status: 'cancelled', label: 'cancelled', x: X0 + 218 },
  ] as const;
  // Rough width of the short date at 14.5px (its digits are narrower than the average letter), for the strike-through line.
  const strikeWidth = round(labelWidth(planned.short, 14.5, 0.52));
  return {
    W,
    H,
    X0,
    X1,
    AXIS,
    R,
    LINE,
    GAP,
    x,
    years,
    yearX,
    known,
    ROW1,
    ROW2,
    ROW3,
    BELOW_YEARS,
    BELOW,
    fx,
    px,
    cx,
    bx,
    wx0,
    wx1,
    legendY,
    legend,
    strikeWidth,
  };
}

export type ForumTimelineLayout = ReturnType<typeof forumTimelineLayout>;

/**
 * The phone drawing: time runs down a vertical axis, so every label has the width of the screen
 * beside it. Drawn at the phone's own width (one unit ≈ one CSS px). Each event's label block is
 * placed as near its date as it can be without touching the block above, with a leader to its marker.
 */
export function forumTimelinePhone(data: ForumTimelineData) {
  const { first, planned, cancelled, comeback, written, searchedYear, domain } = data;
  const W = 320;
  const H = 320;
  const AXIS_X = 60;
  const Y0 = 14;
  const Y1 = H - 44;
  const LINE = 17;
  const R = 8;
  const LABEL_X = AXIS_X + 30;
  const scale = scaleUtc().domain(domain).range([Y0, Y1]);
  const y = (d: Date) => round(scale(d));
  const years = Array.from(
    { length: domain[1].getUTCFullYear() - domain[0].getUTCFullYear() },
    (_, i) => domain[0].getUTCFullYear() + i,
  );
  const yearY = (year: number) => y(new Date(Date.UTC(year, 0, 1)));
  const known = yearY(searchedYear);
  const events = [
    { key: 'first', at: y(first.start), lines: 2 },
    { key: 'window', at: y(written.from.start), lines: 2 },
    { key: 'cancelled', at: y(cancelled.start), lines: 2 },
    { key: 'planned', at: y(planned.start), lines: 3 },
    { key: 'comeback', at: y(comeback.start), lines: 3 },
  ] as const;
  let bottom = -Infinity;
  const blocks = Object.fromEntries(
    events.map((e) => {
      const top = Math.max(e.at - 6, bottom + 8);
      bottom = top + e.lines * LINE;
      return [
        e.key,
        { at: e.at, top: round(top), baseline: round(top + 12), bottom: round(bottom) },
      ];
    }),
  ) as Record<
    (typeof events)[number]['key'],
    { at: number; top: number; baseline: number; bottom: number }
  >;
  const legendY = H - 10;
  const legend = [
    { status: 'held', label: 'held', x: 8 },
    { status: 'planned', label: 'planned', x: 84 },
    { status: 'cancelled', label: 'cancelled', x: 184 },
  ] as const;
  const strikeWidth = round(labelWidth(planned.short, 13, 0.52));
  return {
    W,
    H,
    AXIS_X,
    Y0,
    Y1,
    LINE,
    R,
    LABEL_X,
    years,
    yearY,
    known,
    blocks,
    window: { y0: y(written.from.start), y1: y(written.to.start) },
    legendY,
    legend,
    strikeWidth,
  };
}

export type ForumTimelinePhone = ReturnType<typeof forumTimelinePhone>;
