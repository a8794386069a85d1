/** Six-chairs layout: where the map's layers, the keys under it and the timeline's bars go, in SVG units. */
import { geoArea, geoCentroid, geoPath } from 'd3-geo';
import { scaleUtc } from 'd3-scale';
import {
  conicProjection,
  COUNTRY,
  frame,
  labelWidth,
  loadCountries,
  round,
  type Country as GeoCountry,
} from '../shared/map.ts';
import type { SixChairsData } from './data.ts';
import type { OrganisationId } from './states.ts';
import type { Country, Organisation } from './organisations.ts';
import { keyLines, legendFor } from './text.ts';

const KZ = COUNTRY.kazakhstan;

/**
 * The two drawings: the desktop one 520 units wide (shown about 1.34×), the phone one at the phone's own
 * width (one unit ≈ one CSS px) with a shorter map, so the whole figure fits the top of the screen;
 * short enough that, scaled to the pinned chart's 40svh on a 740 px phone, its labels stay above 12 px.
 */
export const SIZES = {
  desktop: { width: 520, mapHeight: 240, font: 14.5 },
  phone: { width: 320, mapHeight: 120, font: 13.5 },
} as const;
const ROW = 22;
/** How far a frozen member's name sits from its ring, sideways. */
export const CALLOUT = 26;
const BAR = 14;
const T_LEFT = 52;
/** Countries smaller than this on the map (in square SVG units) get a dot. */
const MIN_AREA = 30;

/** How a country is filled: the class shared by its shape, its dot and its swatch in the key. */
export type Kind = 'member' | 'observer' | 'frozen';

export interface MapLabel {
  name: string;
  x: number;
  y: number;
}

/** One organisation's countries on the map, shown only in its step. */
export interface MapLayer {
  id: OrganisationId;
  /** References to the country shapes in <defs>. */
  fills: Array<{ href: string; kind: Kind }>;
  /** Countries too small to see (or absent at 1:110m), marked at their centroid. */
  dots: Array<{ x: number; y: number; kind: Kind }>;
  observerLabels: MapLabel[];
  frozenLabels: Array<MapLabel & { side: 1 | -1 }>;
}

export interface Key {
  id: OrganisationId;
  acronym: string;
  titleY: number;
  lines: Array<{ text: string; y: number }>;
  /** Swatches left to right; x is where each swatch starts. */
  items: Array<{ cls: string; label: string; x: number }>;
}

export interface TimelineRow {
  id: OrganisationId;
  acronym: string;
  /** The bar: from x0 to x1, from y down by height; mid is its vertical middle. */
  x0: number;
  x1: number;
  y: number;
  width: number;
  height: number;
  mid: number;
  unconfirmed: boolean;
  /** The arrowhead cut into the end of a term that is still running. */
  arrow?: string;
  /** Printed before the bar. */
  status?: string;
  handedTo?: string;
}

export interface SixChairsLayout {
  width: number;
  height: number;
  mapHeight: number;
  keyY: number;
  /** Every country drawn on the map, each defined once and reused by id. */
  shapes: Array<{ id: string; d: string; kz: boolean }>;
  layers: MapLayer[];
  kzLabel: MapLabel;
  keys: Key[];
  timeline: {
    /** The highlighted year's band behind the bars. */
    band: { x: number; y: number; width: number; height: number };
    /** A line where each year starts, and one at the right edge. */
    grid: { x: number[]; right: number; y1: number; y2: number };
    /** Year labels, centred in their year. */
    years: Array<{ year: number; x: number; y: number; strong: boolean }>;
    rows: TimelineRow[];
  };
}

/** Rough width of a label at the phone font size (17px Golos Text), for laying out the key. */
let textWidth = (text: string) => labelWidth(text, 17);

const kind = (c: Country): Kind => (c.frozen ? 'frozen' : c.role);
const drawn = (o: Organisation) =>
  [...o.members, ...o.observers].filter(
    (c): c is Country & { code: string } => c.code !== undefined && c.code !== KZ,
  );

export function sixChairsLayout(
  data: SixChairsData,
  size: { width: number; mapHeight: number; font: number } = SIZES.desktop,
): SixChairsLayout {
  const W = size.width;
  const MAP_H = size.mapHeight;
  /** Baseline of the key under the map. */
  const KEY_Y = MAP_H + 22;
  const T_TOP = MAP_H + 44;
  const T_RIGHT = W - 6;
  textWidth = (text: string) => labelWidth(text, size.font);
  const rowY = (i: number) => T_TOP + i * ROW;
  const axisY = rowY(data.organisations.length) + 2;

  // Conic equal-area centred on Kazakhstan, framed from Hungary and Egypt to Korea and Vietnam.
  const projection = conicProjection({
    meridian: 75,
    parallels: [20, 50],
    extent: frame(W, MAP_H, 4),
    clip: frame(W, MAP_H),
    fit: [
      [18, 46],
      [25, 22],
      [80, 6],
      [106, 8.5],
      [129.5, 35],
      [129, 42],
      [28, 57],
      [70, 56],
    ],
  });
  const path = geoPath(projection).digits(1);
  const shapes = loadCountries('110m')
    .map((c) => ({ c, d: path(c) ?? '' }))
    .filter((s) => s.d !== '');
  const ids = new Map(shapes.map((s, i) => [s.c, `sc-c${i}`]));
  const byCode = new Map(shapes.filter((s) => s.c.id !== 'undefined').map((s) => [s.c.id, s]));
  const fine = new Map(loadCountries('50m').map((c) => [c.id, c]));
  const centroid = (shape: GeoCountry) => projection(geoCentroid(shape)) ?? [0, 0];

  const dotFor = (code: string): [number, number] | undefined => {
    const s = byCode.get(code);
    if (s && path.area(s.c) >= MIN_AREA) return undefined;
    const shape: GeoCountry | undefined = s?.c ?? fine.get(code);
    if (!shape || geoArea(shape) === 0) return undefined;
    const p = projection(geoCentroid(shape));
    return p && p[0] > 0 && p[0] < W && p[1] > 0 && p[1] < MAP_H
      ? [round(p[0]), round(p[1])]
      : undefined;
  };

  /** Frozen members are named by a callout to their left. */
  const frozenLabels = (o: Organisation) =>
    o.members
      .filter((c) => c.frozen && c.code)
      .map((c) => {
        const [x, y] = centroid(byCode.get(c.code!)?.c ?? fine.get(c.code!)!);
        const name = data.words.frozenLabel(c.name);
        // The callout points up and to the left, unless its name would then run off the map.
        const side: 1 | -1 = x - CALLOUT - textWidth(name) < 4 ? 1 : -1;
        return { name, x, y, side };
      });

  /** Observers are few; each is named just below its shape, so its hatching reads as a country, not a texture. */
  const observerLabels = (o: Organisation) =>
    o.observers
      .filter((c) => c.code && byCode.has(c.code))
      .map((c) => {
        const shape = byCode.get(c.code!)!.c;
        const [x] = centroid(shape);
        const [[, top], [, bottom]] = path.bounds(shape);
        return { name: c.name, x, y: bottom + 12 < MAP_H - 50 ? bottom + 10 : top - 10 };
      });

  const layers = data.organisations.map((o) => ({
    id: o.id,
    fills: drawn(o)
      .filter((c) => byCode.has(c.code))
      .map((c) => ({ href: `#${ids.get(byCode.get(c.code)!.c)}`, kind: kind(c) })),
    dots: drawn(o).flatMap((c) => {
      const dot = dotFor(c.code);
      return dot ? [{ x: dot[0], y: dot[1], kind: kind(c) }] : [];
    }),
    observerLabels: observerLabels(o),
    frozenLabels: frozenLabels(o),
  }));
  const [kzX, kzY] = centroid(byCode.get(KZ)!.c);

  // Each key's title and lines sit at the map's bottom left; its swatches run along KEY_Y.
  const keys = data.organisations.map((o) => {
    const lines = keyLines(o, data.words);
    const legend = legendFor(o, data.words);
    // Swatch and label, then a gap that closes up (to 6) when the row would run off the drawing.
    const widths = legend.map((item) => 24 + textWidth(item.label));
    const room = W - 8 - widths.reduce((a, b) => a + b, 0);
    const gap = legend.length > 1 ? Math.max(6, Math.min(16, room / (legend.length - 1))) : 0;
    let cursor = 0;
    const items = legend.map((item, i) => {
      const x = cursor;
      cursor += widths[i]! + gap;
      return { ...item, x };
    });
    return {
      id: o.id,
      acronym: o.acronym,
      titleY: MAP_H - 12 - lines.length * 20,
      lines: lines.map((text, i) => ({ text, y: MAP_H - 12 - (lines.length - 1 - i) * 20 })),
      items,
    };
  });

  const first = data.years[0]!;
  const last = data.years.at(-1)!;
  // The highlighted year is the one in which the most of the six terms run (2024, the year of the chairs), read from the data.
  const running = (year: number) =>
    data.organisations.filter(
      (o) => o.chair.from < `${year + 1}-01-01` && o.chair.until > `${year}-01-01`,
    ).length;
  const HIGHLIGHT_YEAR = data.years.reduce(
    (best, year) => (running(year) > running(best) ? year : best),
    first,
  );
  const x = scaleUtc()
    .domain([new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))])
    .range([T_LEFT, T_RIGHT]);
  const xd = (iso: string) => x(new Date(`${iso}T00:00:00Z`));
  const yearX = (y: number) => x(new Date(Date.UTC(y, 0, 1)));
  const rows = data.organisations.map((o, i): TimelineRow => {
    const y0 = rowY(i) + (ROW - BAR) / 2 - 4;
    const x0 = xd(o.chair.from);
    const x1 = xd(o.chair.until);
    const mid = y0 + BAR / 2;
    const unconfirmed = o.chair.status === 'unconfirmed';
    const ongoing = o.chair.status === 'ongoing';
    return {
      id: o.id,
      acronym: o.acronym,
      x0,
      x1,
      y: y0,
      width: x1 - x0,
      height: BAR,
      mid,
      unconfirmed,
      ...(ongoing && { arrow: `M${x1 - 9},${y0} L${x1},${mid} L${x1 - 9},${y0 + BAR} Z` }),
      ...((unconfirmed || ongoing) && {
        status: unconfirmed ? data.words.unconfirmed : data.words.stillRunning,
      }),
      ...(o.chair.handedTo && { handedTo: o.chair.handedTo }),
    };
  });

  return {
    width: W,
    height: axisY + 24,
    mapHeight: MAP_H,
    keyY: KEY_Y,
    shapes: shapes.map((s) => ({ id: ids.get(s.c)!, d: s.d, kz: s.c.id === KZ })),
    layers,
    kzLabel: { name: data.words.kazakhstan, x: kzX, y: kzY + 5 },
    keys,
    timeline: {
      band: {
        x: yearX(HIGHLIGHT_YEAR),
        y: T_TOP - 6,
        width: yearX(HIGHLIGHT_YEAR + 1) - yearX(HIGHLIGHT_YEAR),
        height: axisY - T_TOP + 8,
      },
      grid: { x: data.years.map((y) => yearX(y)), right: T_RIGHT, y1: T_TOP - 6, y2: axisY + 2 },
      years: data.years.map((y) => ({
        year: y,
        x: (yearX(y) + yearX(y + 1)) / 2,
        y: axisY + 18,
        strong: y === HIGHLIGHT_YEAR,
      })),
      rows,
    },
  };
}
