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
    caption: 'Places on the Middle Corridor map, in route order',
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
        `${words.states[l.state]} from ${l.points.map((p) => p.name).join(', ')}${l.label ? ` (${l.label})` : ''}`,
        '',
        '',
        words.states[l.state],
        'schematic',
        'no coordinates: drawn schematically',
      ]),
    ],
    notes: [
      'Legs are drawn as straight lines between the places listed; they show the order of the route, not the path of the track.',
      `Approximate positions (${places
        .filter((p) => p.approximate)
        .map((p) => p.name)
        .join(
          ', ',
        )}) are well-known or unverified rather than taken from a cited source; the map shows them as hollow markers.`,
      ...schematic.map(
        (l) =>
          `${l.label ?? l.id}: drawn schematically from ${l.points.map((p) => p.name).join(', ')} toward Europe, for contrast; the sources give no coordinates for it.`,
      ),
      'Europe lies beyond the left edge of the map; the arrow shows the direction only.',
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
  const names = (leg: RouteLeg) =>
    leg.points.map((p) => `${p.name}${p.approximate ? ' (approximate position)' : ''}`);
  const sentence = (leg: RouteLeg) => {
    const stops = names(leg);
    const how = leg.mode === 'ferry' ? 'by ferry' : 'by rail';
    if (leg.schematic)
      return `${leg.label ?? leg.id}: a schematic line from ${stops.join(', ')} toward Europe, for contrast`;
    const via = stops.slice(1, -1);
    const path =
      stops.length > 1
        ? `from ${stops[0]}${via.length ? ` via ${via.join(', ')}` : ''} to ${stops.at(-1)}`
        : `from ${stops[0]}`;
    return `${data.words.states[leg.state]}: ${path}${leg.onward ? ` and on to ${leg.label ?? 'the edge of the map'}` : ''}, ${how}`;
  };
  const main = data.legs.filter((l) => !l.schematic).map(sentence);
  const other = data.legs.filter((l) => l.schematic).map(sentence);
  return `Map of the Middle Corridor from the Chinese border to the Bosporus, leg by leg. ${main.join('. ')}. ${other.join('. ')}. Legs are straight lines between the places named, not the track itself.`;
}
