/** The route as the figure tells it: places in route order, legs, steps, the data table, sources and the text summary. */
import { join } from 'node:path';
import { contentDir, read } from '../../lib/content-dir.ts';
import { publishers, type Ledger } from '../../lib/ledger.ts';
import { checkPlaceSources, getPlace, type Place } from '../../lib/places.ts';
import { ENGLISH_EDITION, type FigureEdition } from '../define.ts';
import { editionPlaces } from '../shared/names.ts';
import { wordsOf } from '../shared/words.ts';
import { ROUTE_WORDS, type RouteWords } from './words.ts';
import type { DataTable } from '../shared/table.ts';
import {
  OVERVIEW,
  parseRoute,
  ROUTE_FILE,
  STATES,
  type CountryEntry,
  type LegEntry,
  type RouteState,
  type StepEntry,
} from './data.ts';

export interface RoutePlace extends Place {
  /** The first state in which a leg reaches this place (or its label first appears). */
  firstState: RouteState;
}

export interface RouteLeg extends LegEntry {
  /** The places the leg joins, in order. */
  points: RoutePlace[];
}

export interface RouteStep extends Omit<StepEntry, 'state'> {
  state: RouteState;
}

export interface CorridorRouteData {
  /** The edition's words for the legend, seas and table. */
  words: RouteWords;
  places: RoutePlace[];
  legs: RouteLeg[];
  steps: RouteStep[];
  countries: CountryEntry[];
  sources: string[];
  table: DataTable;
}

/** Position of a state in the figure's order; the overview comes first. */
export const stateIndex = (state: string): number => (STATES as readonly string[]).indexOf(state);

export function corridorRoute(
  ledger: Ledger,
  options: { dir?: string; places?: Place[]; edition?: FigureEdition } = {},
): CorridorRouteData {
  const dir = options.dir ?? contentDir();
  const edition = options.edition ?? ENGLISH_EDITION;
  const words = wordsOf(ROUTE_WORDS, edition);
  const path = join(dir, 'data/corridor-route.yaml');
  const allPlaces = options.places ?? editionPlaces(edition, dir);
  const route = parseRoute(read(path), allPlaces, ledger);

  const steps = [...route.steps].sort(
    (a, b) => stateIndex(a.state) - stateIndex(b.state),
  ) as RouteStep[];
  // A place enters the figure with the first leg that reaches it, or the first step that names it.
  const first = new Map<string, RouteState>();
  const enter = (placeId: string, state: RouteState) => {
    const now = first.get(placeId);
    if (now === undefined || (stateIndex(state) < stateIndex(now) && state !== OVERVIEW))
      first.set(placeId, state);
  };
  for (const leg of route.legs) for (const p of leg.places) enter(p, leg.state);
  for (const step of steps)
    if (step.state !== OVERVIEW) for (const l of step.labels) enter(l.place, step.state);
  // Within a step, places come in the order of the legs that reach them; places no leg reaches come last.
  const legOrder = (placeId: string) => {
    const index = route.legs.findIndex((l) => l.places.includes(placeId));
    return index < 0 ? route.legs.length : index;
  };
  const places: RoutePlace[] = [...first.entries()]
    .map(([placeId, firstState]) => ({ ...getPlace(allPlaces, placeId, ROUTE_FILE), firstState }))
    .sort(
      (a, b) =>
        stateIndex(a.firstState) - stateIndex(b.firstState) || legOrder(a.id) - legOrder(b.id),
    );
  const byId = new Map(places.map((p) => [p.id, p]));
  const legs: RouteLeg[] = route.legs.map((leg) => ({
    ...leg,
    ...(leg.label && { label: words.legLabels[leg.id] ?? leg.label }),
    points: leg.places.map((p) => byId.get(p)!),
  }));

  // Every position's source must be in the sources list, so the figure's source line can link it.
  checkPlaceSources(places, ledger);
  const sources = [...new Set([...route.sources, ...places.flatMap((p) => p.sources)])];
  const schematic = legs.filter((l) => l.schematic);

  const table: DataTable = {
    caption: words.table.caption,
    columns: ['Place', 'Latitude', 'Longitude', 'Step', 'Status', 'Source of position'],
    rows: [
      ...places.map((p) => [
        p.name,
        p.lat,
        p.lon,
        words.states[p.firstState],
        p.approximate ? 'approximate' : 'reported',
        p.sources.length
          ? publishers(ledger, ...p.sources)
          : 'none: well-known or unverified position',
      ]),
      ...schematic.map((l) => [
        `${words.states[l.state]} ${words.table.from} ${l.points.map((p) => p.name).join(', ')}${l.label ? ` (${l.label})` : ''}`,
        '',
        '',
        words.states[l.state],
        'schematic',
        'no coordinates: drawn schematically',
      ]),
    ],
    notes: [
      words.table.straight,
      words.table.approximate(
        places
          .filter((p) => p.approximate)
          .map((p) => p.name)
          .join(', '),
      ),
      ...schematic.map((l) =>
        words.table.schematic(l.label ?? l.id, l.points.map((p) => p.name).join(', ')),
      ),
      words.table.europe,
    ],
  };
  return {
    words,
    places,
    legs,
    steps,
    countries: route.countries.map((c) => ({ ...c, name: edition.name(c.id, c.name) })),
    sources,
    table,
  };
}

/** The figure's text summary (its SVG <desc>): every leg in order, in words. */
export function describeRoute(data: CorridorRouteData): string {
  const w = data.words.desc;
  const names = (leg: RouteLeg) =>
    leg.points.map((p) => `${p.name}${p.approximate ? w.approximate : ''}`);
  const sentence = (leg: RouteLeg) => {
    const stops = names(leg);
    const how = leg.mode === 'ferry' ? w.ferry : w.rail;
    if (leg.schematic) return w.schematic(leg.label ?? leg.id, stops);
    return `${data.words.states[leg.state]}: ${w.path(stops)}${leg.onward ? w.onward(leg.label) : ''}, ${how}`;
  };
  const main = data.legs.filter((l) => !l.schematic).map(sentence);
  const other = data.legs.filter((l) => l.schematic).map(sentence);
  return w.whole(main, other);
}
