/**
 * Oil-routes layout, phone and desktop: one fixed view from the Black Sea to the Chinese border,
 * the legs as straight lines between their places, each route's label beside the place the data
 * names, and the CPC's halts and attacks as badges on its leg. Sizes are viewBox units chosen so
 * labels print at 12–16 px on a 360 px phone and at about 14 px beside the steps on a desktop.
 */
import { geoPath } from 'd3-geo';
import {
  conicProjection,
  countryPaths,
  frame,
  labelWidth,
  round,
  COUNTRY,
  type Point,
} from '../shared/map.ts';
import { STATES, type OilState } from './states.ts';
import type { OilLeg, OilRoutesData, Side } from './data.ts';

export type Size = 'phone' | 'desktop';

const SIZES = {
  phone: { W: 340, H: 200, font: 14, pad: 6, r: 3.5, line: 3, badge: 13 },
  desktop: { W: 720, H: 360, font: 15, pad: 14, r: 4.5, line: 3.5, badge: 14 },
} as const;

/** The region every state shows, in degrees: the Black Sea to Xinjiang, the Mediterranean coast to the Volga. */
const EXTENT = { west: 33, east: 84, south: 36.5, north: 54.5 } as const;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const stateIndex = (s: OilState) => STATES.indexOf(s);

/** The states a leg is drawn in: the overview, its own step and every later one. */
export const shownIn = (leg: OilLeg): OilState[] =>
  STATES.filter((s) => s === 'overview' || stateIndex(s) >= stateIndex(leg.state));
/** The states a leg is highlighted in: its own step, and the alternatives step if it avoids Russia. */
export const onIn = (leg: OilLeg): OilState[] => [
  leg.state,
  ...(leg.russia ? [] : (['alternatives'] as const)),
];

export function oilRoutesLayout(data: OilRoutesData, size: Size) {
  const { W, H, font, pad, r, line, badge } = SIZES[size];
  const { west, east, south, north } = EXTENT;
  const edge: Point[] = [];
  for (let i = 0; i <= 6; i++)
    edge.push([west + ((east - west) * i) / 6, south], [west + ((east - west) * i) / 6, north]);
  const projection = conicProjection({
    meridian: (west + east) / 2,
    parallels: [40, 52],
    fit: edge,
    extent: frame(W, H, pad),
    clip: frame(W, H),
  });
  const xy = (lon: number, lat: number): Point => {
    const [x, y] = projection([lon, lat])!;
    return [round(x), round(y)];
  };
  const countries = countryPaths(projection, W, H, '110m').map((c) => ({
    ...c,
    home: c.id === COUNTRY.kazakhstan,
  }));
  void geoPath;

  const legs = data.legs.map((leg) => {
    const pts = leg.points.map((p) => xy(p.lon, p.lat));
    if (leg.onward === 'west') pts.push([pad + 14, pts.at(-1)![1]]);
    const d = `M${pts.map((p) => p.join(',')).join('L')}`;
    const end = pts.at(-1)!;
    const before = pts.at(-2)!;
    const angle = Math.atan2(end[1] - before[1], end[0] - before[0]);
    const a = 8;
    const arrow = leg.onward
      ? `M${round(end[0] + a * Math.cos(angle))},${round(end[1] + a * Math.sin(angle))}L${round(end[0] + a * Math.cos(angle + 2.4))},${round(end[1] + a * Math.sin(angle + 2.4))}L${round(end[0] + a * Math.cos(angle - 2.4))},${round(end[1] + a * Math.sin(angle - 2.4))}Z`
      : undefined;
    // A leg that runs on to the map's edge is labelled above the middle of that last stretch.
    const [lx, ly] = leg.onward
      ? [round((before[0] + end[0]) / 2), before[1]]
      : xy(leg.label.at.lon, leg.label.at.lat);
    const labelText = size === 'phone' ? leg.label.short : leg.label.text;
    const width = labelWidth(labelText, font, 0.55);
    const gap = r + 5;
    const place: Record<Side, { x: number; y: number; anchor: 'start' | 'end' | 'middle' }> = {
      right: { x: lx + gap, y: ly + font * 0.35, anchor: 'start' },
      left: { x: lx - gap, y: ly + font * 0.35, anchor: 'end' },
      above: { x: lx, y: ly - gap, anchor: 'middle' },
      below: { x: lx, y: ly + gap + font * 0.8, anchor: 'middle' },
    };
    let { x, y, anchor } = place[leg.label.side];
    // Keep the label inside the frame.
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    if (left < 2) x += 2 - left;
    if (left + width > W - 2) x -= left + width - (W - 2);
    y = Math.max(font, Math.min(H - 4, y));
    const box: Box = {
      x: round(anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2),
      y: round(y - font * 0.8),
      w: round(width),
      h: font,
    };
    // Where sources differ on the route's share of exports, both figures go on a line of their own:
    // above the route's label on a desktop; on a phone, too narrow for that, along the map's top edge.
    const shareText = leg.shares.length
      ? `${data.words.share(size === 'phone' ? leg.name : undefined)}: ${leg.shares.map((f) => f.display).join(` ${data.words.or} `)}`
      : undefined;
    const shareWidth = shareText ? labelWidth(shareText, font, 0.55) : 0;
    const shareAnchor = size === 'phone' ? ('start' as const) : anchor;
    const sx = size === 'phone' ? 6 : x;
    const shareLeft =
      shareAnchor === 'start' ? sx : shareAnchor === 'end' ? sx - shareWidth : sx - shareWidth / 2;
    const shareX = round(
      sx + Math.max(0, 2 - shareLeft) - Math.max(0, shareLeft + shareWidth - (W - 2)),
    );
    const share = shareText
      ? {
          x: shareX,
          y: round(size === 'phone' ? font + 2 : y - font - 2),
          text: shareText,
          anchor: shareAnchor,
          left: round(shareLeft + (shareX - sx)),
          width: round(shareWidth),
        }
      : undefined;
    return {
      leg,
      share,
      d,
      arrow,
      dash: leg.schematic ? '1 5' : leg.mode === 'tanker' ? '6 4' : undefined,
      label: { x: round(x), y: round(y), anchor, text: labelText, box },
      shown: shownIn(leg),
      on: onIn(leg),
    };
  });

  const markers = data.places.map((p) => {
    const [x, y] = xy(p.lon, p.lat);
    return { place: p, x, y };
  });

  // The CPC's incidents: a badge per kind, stacked beside the place, e.g. "Halted 2022", "Attacks 2025–26".
  const badges = data.legs.flatMap((leg) => {
    const kinds = (['halt', 'attack'] as const)
      .map((kind) => ({ kind, list: leg.incidents.filter((i) => i.kind === kind) }))
      .filter((k) => k.list.length);
    return kinds.map(({ kind, list }, i) => {
      const dates = list.flatMap((l) => l.dates);
      const years = [...new Set(dates.map((d) => d.slice(0, 4)))].sort();
      const span = years.length === 1 ? years[0]! : `${years[0]}–${years.at(-1)!.slice(2)}`;
      const text = `${kind === 'halt' ? data.words.halted : data.words.attacked} ${span}`;
      const at = leg.points.at(-1)!;
      const [px, py] = xy(at.lon, at.lat);
      const w = round(labelWidth(text, badge, 0.55) + 10);
      const h = badge + 6;
      // Left of the terminal, out in the Black Sea, clear of the routes further east.
      const x = round(Math.max(2, Math.min(W - w - 2, px - w - r - 4)));
      const y = round(Math.min(H - h - 2, py + r + 6 + i * (h + 3)));
      return { leg, kind, text, x, y, w, h, at: [px, py] as Point };
    });
  });

  // The legend along the bottom: its items in a row, wrapping to a second row when the frame is too narrow.
  const ITEMS = [
    { key: 'russia', text: data.words.legend.viaRussia, dash: undefined },
    { key: 'free', text: data.words.legend.avoidsRussia, dash: undefined },
    { key: 'free', text: data.words.legend.tanker, dash: '6 4' },
    { key: 'russia', text: data.words.legend.schematic, dash: '1 5' },
  ] as const;
  const rowHeight = font + 6;
  let lx = 6;
  let row = 0;
  const placed = ITEMS.map((item) => {
    const w = 22 + labelWidth(item.text, font, 0.55) + 12;
    if (lx + w > W - 4 && lx > 6) {
      lx = 6;
      row += 1;
    }
    const at = { ...item, x: round(lx), row };
    lx += w;
    return at;
  });
  const rows = row + 1;
  const mapH = H;
  const totalH = mapH + rows * rowHeight + 4;
  const legend = placed.map((p) => ({ ...p, y: round(mapH + 4 + (p.row + 1) * rowHeight - 6) }));
  return { W, H: totalH, mapH, font, badge, r, line, countries, legs, markers, badges, legend };
}

export type OilRoutesLayout = ReturnType<typeof oilRoutesLayout>;
