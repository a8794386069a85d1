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
  const years = Array.from({ length: domain[1].getUTCFullYear() - domain[0].getUTCFullYear() }, (_, i) => domain[0].getUTCFullYear() + i);
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
  // Rough width of the short date at 18px (its digits are narrower than the average letter), for the strike-through line.
  const strikeWidth = round(labelWidth(planned.short, 18, 0.52));
  return { W, H, X0, X1, AXIS, R, LINE, GAP, x, years, yearX, known, ROW1, ROW2, ROW3, BELOW_YEARS, BELOW, fx, px, cx, bx, wx0, wx1, legendY, legend, strikeWidth };
}

export type ForumTimelineLayout = ReturnType<typeof forumTimelineLayout>;
