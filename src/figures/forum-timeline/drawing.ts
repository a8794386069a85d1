/**
 * The forum timeline's two drawings in one shape, so Figure.astro draws either with the same markup:
 * the desktop's axis runs across (forumTimelineLayout), the phone's down (forumTimelinePhone).
 * Every group of the figure (the article window, the cancellation, each edition, the searched year)
 * is a place for its lines of text, an optional leader to the axis, and its marks.
 */
import type { ArtName } from '../shared/art.ts';
import type { ForumTimelineData } from './data.ts';
import { forumTimelineLayout, forumTimelinePhone } from './layout.ts';

export interface Segment {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

export interface Group {
  /** The text's left edge (its right edge where anchor is "end"), and each line's baseline. */
  x: number;
  ys: number[];
  anchor?: 'end';
  /** A straight leader, or (on the phone) a bent one. */
  leader?: Segment | { d: string };
  band?: { x: number; y: number; width: number; height: number };
  /** The edition's marker on the axis. */
  marker?: { cx: number; cy: number; status: 'held' | 'planned' };
  /** The cancellation's diamond. */
  mark?: string;
  /** The planned date's strike-through, and the cross over its marker. */
  strike?: Segment;
  cross?: [Segment, Segment];
}

export interface ForumTimelineDrawing {
  W: number;
  H: number;
  R: number;
  axis: { known: Segment; unknown: Segment };
  ticks: Array<{ year: number; tick: Segment; x: number; y: number; anchor?: 'end' }>;
  window: Group;
  cancelled: Group;
  planned: Group;
  first: Group;
  comeback: Group;
  unknown: Group;
  legend: {
    items: ReturnType<typeof forumTimelineLayout>['legend'];
    /** The markers' centre line, the text's baseline and the gap between marker and text. */
    markY: number;
    y: number;
    gap: number;
  };
}

const diamond = (x: number, y: number) => `M${x},${y - 7} l7,7 l-7,7 l-7,-7 z`;
/** Two lines crossing out a marker of radius r at (x, y). */
const cross = (x: number, y: number, r: number): [Segment, Segment] => [
  { x1: x - r - 3, x2: x + r + 3, y1: y - r - 3, y2: y + r + 3 },
  { x1: x - r - 3, x2: x + r + 3, y1: y + r + 3, y2: y - r - 3 },
];

export function forumTimelineDrawing(data: ForumTimelineData, art: ArtName): ForumTimelineDrawing {
  return art === 'phone' ? phoneDrawing(data) : desktopDrawing(data);
}

function desktopDrawing(data: ForumTimelineData): ForumTimelineDrawing {
  const L = forumTimelineLayout(data);
  const { AXIS, R, LINE, GAP, ROW1, ROW2, ROW3, BELOW, fx, px, cx, bx, wx0, wx1 } = L;
  const lines = (y: number, n: number) => Array.from({ length: n }, (_, i) => y + i * LINE);
  const upright = (x: number, y1: number, y2: number): Segment => ({ x1: x, x2: x, y1, y2 });
  return {
    W: L.W,
    H: L.H,
    R,
    axis: {
      known: { x1: L.X0, x2: L.known, y1: AXIS, y2: AXIS },
      unknown: { x1: L.known, x2: L.X1, y1: AXIS, y2: AXIS },
    },
    ticks: L.years.map((year) => ({
      year,
      tick: upright(L.yearX(year), AXIS - 7, AXIS + 7),
      x: L.yearX(year) + 5,
      y: L.BELOW_YEARS,
    })),
    window: {
      x: wx0 - GAP,
      ys: lines(ROW3 + 14, 2),
      anchor: 'end',
      band: { x: wx0, y: ROW3 - 2, width: Math.max(wx1 - wx0, 2), height: AXIS - ROW3 + 2 },
    },
    cancelled: {
      x: cx - GAP,
      ys: lines(ROW2 + 14, 2),
      anchor: 'end',
      leader: upright(cx, ROW2, AXIS - 7),
      mark: diamond(cx, AXIS),
    },
    planned: {
      x: px + GAP,
      ys: lines(ROW1 + 14, 3),
      leader: upright(px, ROW1, AXIS - R),
      marker: { cx: px, cy: AXIS, status: 'planned' },
      strike: {
        x1: px + GAP - 2,
        x2: px + GAP + 2 + L.strikeWidth,
        y1: ROW1 + 8 + LINE,
        y2: ROW1 + 8 + LINE,
      },
      cross: cross(px, AXIS, R),
    },
    first: {
      x: fx + GAP,
      ys: lines(BELOW + 14, 2),
      leader: upright(fx, AXIS + R, BELOW + 2 * LINE),
      marker: { cx: fx, cy: AXIS, status: 'held' },
    },
    comeback: {
      x: bx + GAP,
      ys: lines(ROW2 + 14, 3),
      leader: upright(bx, ROW2, AXIS - R),
      marker: { cx: bx, cy: AXIS, status: 'held' },
    },
    unknown: { x: L.known + 5, ys: [L.BELOW_YEARS + LINE] },
    legend: { items: L.legend, markY: L.legendY - 6, y: L.legendY, gap: 7 },
  };
}

function phoneDrawing(data: ForumTimelineData): ForumTimelineDrawing {
  const P = forumTimelinePhone(data);
  const { blocks: B, LABEL_X: LX, AXIS_X: AX, R, LINE } = P;
  const lines = (b: { baseline: number }, n: number) =>
    Array.from({ length: n }, (_, i) => b.baseline + i * LINE);
  const lead = (b: { at: number; top: number }) => ({
    d: `M${AX + R + 2},${b.at} L${LX - 8},${b.top + 8} L${LX - 4},${b.top + 8}`,
  });
  const searched = P.yearY(data.searchedYear) + 5;
  return {
    W: P.W,
    H: P.H,
    R,
    axis: {
      known: { x1: AX, x2: AX, y1: P.Y0, y2: P.known },
      unknown: { x1: AX, x2: AX, y1: P.known, y2: P.Y1 },
    },
    ticks: P.years.map((year) => ({
      year,
      tick: { x1: AX - 7, x2: AX + 7, y1: P.yearY(year), y2: P.yearY(year) },
      x: AX - 11,
      y: P.yearY(year) + 5,
      anchor: 'end',
    })),
    window: {
      x: LX,
      ys: lines(B.window, 2),
      leader: lead(B.window),
      band: {
        x: AX - 6,
        y: P.window.y0,
        width: 12,
        height: Math.max(P.window.y1 - P.window.y0, 2),
      },
    },
    cancelled: {
      x: LX,
      ys: lines(B.cancelled, 2),
      leader: lead(B.cancelled),
      mark: diamond(AX, B.cancelled.at),
    },
    planned: {
      x: LX,
      ys: lines(B.planned, 3),
      leader: lead(B.planned),
      marker: { cx: AX, cy: B.planned.at, status: 'planned' },
      strike: {
        x1: LX - 2,
        x2: LX + 2 + P.strikeWidth,
        y1: B.planned.baseline + LINE - 5,
        y2: B.planned.baseline + LINE - 5,
      },
      cross: cross(AX, B.planned.at, R),
    },
    first: {
      x: LX,
      ys: lines(B.first, 2),
      leader: lead(B.first),
      marker: { cx: AX, cy: B.first.at, status: 'held' },
    },
    comeback: {
      x: LX,
      ys: lines(B.comeback, 3),
      leader: lead(B.comeback),
      marker: { cx: AX, cy: B.comeback.at, status: 'held' },
    },
    unknown: { x: AX - 11, ys: [searched + LINE, searched + 2 * LINE], anchor: 'end' },
    legend: { items: P.legend, markY: P.legendY - 5, y: P.legendY, gap: 6 },
  };
}
