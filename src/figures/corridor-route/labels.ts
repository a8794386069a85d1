/** Markers, place labels and country names on screen in every step, placed clear of each other and of the legend. */
import type { Feature, Geometry } from 'geojson';
import { ContentError } from '../../lib/errors.ts';
import { getPlace } from '../../lib/places.ts';
import {
  OVERVIEW,
  ROUTE_FILE,
  STATES,
  type LabelEntry,
  type RouteState,
  type Side,
} from './data.ts';
import { stateIndex, type CorridorRouteData } from './route.ts';
import { framesOf, round, type Frames, type XY } from './frames.ts';
import { viewOf, type Stage } from './camera.ts';
import { largestPartCentroid, routeProjection } from './geometry.ts';
import type { LegLayout } from './legs.ts';
import { STYLE, textWidth } from './style.ts';

export interface MarkerLayout {
  id: string;
  name: string;
  approximate: boolean;
  on: RouteState[];
  frames: Frames;
}

export interface LabelLayout {
  place: string;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  states: RouteState[];
  frames: Frames;
  leader?: Frames;
}

export interface CountryLabelLayout {
  id: string;
  text: string;
  states: RouteState[];
  frames: Frames;
}

/** A label's box in screen units (the SVG's viewBox), for collision checks. */
export interface Box {
  id: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const DIRECTION: Record<Side, [number, number]> = {
  right: [1, 0],
  left: [-1, 0],
  above: [0, -1],
  below: [0, 1],
  'above-right': [0.8, -0.8],
  'above-left': [-0.8, -0.8],
  'below-right': [0.8, 0.8],
  'below-left': [-0.8, 0.8],
};
const ANCHOR: Record<Side, 'start' | 'middle' | 'end'> = {
  right: 'start',
  left: 'end',
  above: 'middle',
  below: 'middle',
  'above-right': 'start',
  'above-left': 'end',
  'below-right': 'start',
  'below-left': 'end',
};

/** Where a label goes relative to its point, in screen units: the text's anchor point (baseline), and its leader line. */
function labelOffset(
  side: Side,
  leader: number,
  size: number,
): { dx: number; dy: number; lead: [number, number, number, number] | undefined } {
  const [ux, uy] = DIRECTION[side];
  const gap = STYLE.marker + 3 + leader;
  const dx = ux * gap;
  const dy = uy === 0 ? size * 0.35 : uy < 0 ? uy * gap - size * 0.22 : uy * gap + size * 0.75;
  const lead =
    leader > 0
      ? ([ux * (STYLE.marker + 1.5), uy * (STYLE.marker + 1.5), ux * (gap - 2), uy * (gap - 2)] as [
          number,
          number,
          number,
          number,
        ])
      : undefined;
  return { dx, dy, lead };
}

export interface LabelLayouts {
  markers: MarkerLayout[];
  labels: LabelLayout[];
  countryLabels: CountryLabelLayout[];
  /** Screen boxes of every label shown in a state: labels, country names and leg labels. */
  boxes: (state: RouteState) => Box[];
  /** Screen boxes of the markers shown in a state. */
  markerBoxes: (state: RouteState) => Box[];
  /** Whether a box lies inside the map, clear of the legend. */
  inside: (box: Box) => boolean;
}

/** Country names go last: they are nudged clear of the place labels, leg labels and markers already placed. */
export function labelLayouts(
  data: CorridorRouteData,
  { width, height, placeXY, step, cameras, k, screen }: Stage,
  legs: LegLayout[],
  countryFeatures: Array<Feature<Geometry, { name: string }>>,
): LabelLayouts {
  // Markers: shown once a leg reaches the place (everything in the overview), highlighted where a step names it.
  const labelled = (state: RouteState, placeId: string) =>
    step(state).labels.some((l) => l.place === placeId);
  const markers: MarkerLayout[] = data.places.map((p) => {
    const xy = placeXY.get(p.id)!;
    const visible = (s: RouteState) => s === OVERVIEW || stateIndex(s) >= stateIndex(p.firstState);
    return {
      id: p.id,
      name: p.name,
      approximate: p.approximate,
      on: STATES.filter((s) => s !== OVERVIEW && labelled(s, p.id)),
      frames: framesOf((s) => {
        const [cx, cy] = screen(s, xy);
        return { cx: round(cx, 1), cy: round(cy, 1), r: visible(s) ? STYLE.marker : 0 };
      }),
    };
  });

  // Labels: one element per place, side and wording; shown only in the steps that name it.
  const labelKey = (l: LabelEntry) => `${l.place}|${l.side}|${l.leader ?? 0}|${l.text ?? ''}`;
  const labelGroups = new Map<string, { entry: LabelEntry; states: RouteState[] }>();
  for (const s of data.steps) {
    for (const l of s.labels) {
      const key = labelKey(l);
      const group = labelGroups.get(key) ?? { entry: l, states: [] };
      group.states.push(s.state);
      labelGroups.set(key, group);
    }
  }
  const labels: LabelLayout[] = [...labelGroups.values()].map(({ entry, states }) => {
    const xy = placeXY.get(entry.place)!;
    const { dx, dy, lead } = labelOffset(entry.side, entry.leader ?? 0, STYLE.font);
    const shown = (s: RouteState) => (states.includes(s) ? 1 : 0);
    const layout: LabelLayout = {
      place: entry.place,
      text: entry.text
        ? (data.words.labelTexts[entry.text] ?? entry.text)
        : getPlace(data.places, entry.place).name,
      anchor: ANCHOR[entry.side],
      states,
      frames: framesOf((s) => {
        const [px, py] = screen(s, xy);
        return { x: round(px + dx, 1), y: round(py + dy, 1), opacity: shown(s) };
      }),
    };
    if (lead) {
      layout.leader = framesOf((s) => {
        const [px, py] = screen(s, xy);
        return {
          x1: round(px + lead[0], 1),
          y1: round(py + lead[1], 1),
          x2: round(px + lead[2], 1),
          y2: round(py + lead[3], 1),
          opacity: shown(s),
        };
      });
    }
    return layout;
  });

  const at = (f: Frames, state: RouteState) => (f[state] ?? f['*'])!;
  const textBox = (
    boxId: string,
    t: string,
    anchor: 'start' | 'middle' | 'end',
    x: number,
    y: number,
    size: number,
    spacing = 0,
  ): Box => {
    const w = textWidth(t, size) + t.length * size * spacing;
    const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    return { id: boxId, x0, y0: y - size * 0.78, x1: x0 + w, y1: y + size * 0.22 };
  };
  const labelBox = (l: LabelLayout, state: RouteState): Box =>
    textBox(
      `label:${l.place}`,
      l.text,
      l.anchor,
      Number(at(l.frames, state).x),
      Number(at(l.frames, state).y),
      STYLE.font,
    );
  const legBoxes = (state: RouteState): Box[] =>
    legs
      .filter((leg) => leg.label && at(leg.label.frames, state).opacity === 1)
      .map((leg) =>
        textBox(
          `leg:${leg.id}`,
          leg.label!.text,
          leg.label!.anchor,
          Number(at(leg.label!.frames, state).x),
          Number(at(leg.label!.frames, state).y),
          STYLE.font,
        ),
      );
  const placeBoxes = (state: RouteState): Box[] => [
    ...labels.filter((l) => at(l.frames, state).opacity === 1).map((l) => labelBox(l, state)),
    ...legBoxes(state),
  ];
  const markerBoxes = (state: RouteState): Box[] =>
    markers
      .filter((m) => Number(at(m.frames, state).r) > 0)
      .map((m) => {
        const { cx, cy } = at(m.frames, state);
        const r = STYLE.marker + 1;
        return {
          id: `marker:${m.id}`,
          x0: Number(cx) - r,
          y0: Number(cy) - r,
          x1: Number(cx) + r,
          y1: Number(cy) + r,
        };
      });
  const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const inside = (a: Box) =>
    a.x0 >= 2 && a.y0 >= 2 && a.x1 <= width - 2 && a.y1 <= height - STYLE.legendBand;
  const hiddenIn = (f: Frames, state: RouteState): Frames => {
    const copy = Object.fromEntries(STATES.map((s) => [s, { ...at(f, s) }]));
    copy[state]!.opacity = 0;
    return framesOf((s) => copy[s]!);
  };

  // On a narrow (phone) map, a place label that would collide, cover another place's marker or be cut off is left out
  // of that step: fewer names, each legible, rather than all of them on top of each other. The steps' text still names them.
  if (width < 400) {
    for (const state of STATES) {
      const kept = legBoxes(state);
      const dots = markerBoxes(state);
      for (const l of labels) {
        if (at(l.frames, state).opacity !== 1) continue;
        const box = labelBox(l, state);
        const clash =
          !inside(box) ||
          kept.some((k) => overlaps(box, k)) ||
          dots.some((d) => d.id !== `marker:${l.place}` && overlaps(box, d));
        if (clash) {
          l.frames = hiddenIn(l.frames, state);
          if (l.leader) l.leader = hiddenIn(l.leader, state);
          l.states = l.states.filter((s) => s !== state);
        } else kept.push(box);
      }
    }
  }

  // Country names: at the middle of the country's part of each view, nudged clear of the place labels.
  const countryLabels: CountryLabelLayout[] = [];
  const countryBox = (c: { id: string; text: string }, x: number, y: number) =>
    textBox(`country:${c.id}`, c.text, 'middle', x, y, STYLE.countryFont, 0.14);
  const NUDGES: XY[] = [[0, 0]];
  for (let r = 14; r <= 84; r += 14)
    NUDGES.push(
      [0, -r],
      [0, r],
      [-2 * r, 0],
      [2 * r, 0],
      [-2 * r, -r],
      [2 * r, -r],
      [-2 * r, r],
      [2 * r, r],
    );
  for (const country of data.countries) {
    const f = countryFeatures.find((c) => String(c.id) === country.atlas);
    if (!f)
      throw new ContentError({
        file: ROUTE_FILE,
        field: `country "${country.id}" → atlas`,
        problem: `"${country.atlas}" is not a country code in Natural Earth (world-atlas)`,
        fix: 'Use the ISO 3166 numeric code as world-atlas writes it, e.g. atlas: "398" for Kazakhstan.',
      });
    const byView = new Map<string, { xy: XY; states: RouteState[] }>();
    for (const s of data.steps) {
      if (!s.countries.includes(country.id)) continue;
      const v = viewOf(cameras[s.state], width, height);
      const key = `${v.x0},${v.y0},${v.x1},${v.y1}`;
      let group = byView.get(key);
      if (!group) {
        const inView = routeProjection(width, height).clipExtent([
          [v.x0, v.y0],
          [v.x1, v.y1],
        ]);
        group = { xy: largestPartCentroid(f, inView), states: [] };
        byView.set(key, group);
      }
      group.states.push(s.state);
    }
    const text = country.name.toUpperCase();
    for (const { xy, states } of byView.values()) {
      // All states of a group share one view, so one screen position (and one nudge) serves them all.
      const [cx, cy] = screen(states[0]!, xy);
      const baseline = cy + STYLE.countryFont * 0.35;
      const fits = ([dx, dy]: XY) =>
        states.every((s) => {
          const box = countryBox({ id: country.id, text }, cx + dx, baseline + dy);
          const others = [
            ...placeBoxes(s),
            ...markerBoxes(s),
            ...countryLabels
              .filter((c) => c.states.includes(s))
              .map((c) => countryBox(c, Number(at(c.frames, s).x), Number(at(c.frames, s).y))),
          ];
          return inside(box) && others.every((o) => !overlaps(box, o));
        });
      const [dx, dy] = NUDGES.find(fits) ?? [0, 0];
      // In other steps the name rides along with the map, hidden.
      const offset: XY = [
        (cx + dx - cameras[states[0]!].x) / k(states[0]!),
        (baseline + dy - cameras[states[0]!].y) / k(states[0]!),
      ];
      countryLabels.push({
        id: country.id,
        text,
        states,
        frames: framesOf((s) => {
          const [x, y] = screen(s, offset);
          return { x: round(x, 1), y: round(y, 1), opacity: states.includes(s) ? 1 : 0 };
        }),
      });
    }
  }

  const boxes = (state: RouteState): Box[] => [
    ...placeBoxes(state),
    ...countryLabels
      .filter((c) => at(c.frames, state).opacity === 1)
      .map((c) => countryBox(c, Number(at(c.frames, state).x), Number(at(c.frames, state).y))),
  ];

  return { markers, labels, countryLabels, boxes, markerBoxes, inside };
}
