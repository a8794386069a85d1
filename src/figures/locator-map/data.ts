/** Locator-map data: the countries (Natural Earth), borders and Europe–Asia span (places.yaml) each step highlights, and the notes' table. */
import type { MultiLineString } from 'geojson';
import { COUNTRY, loadCountries, sharedBorder, type Resolution } from '../shared/map.ts';
import type { Ledger } from '../../lib/ledger.ts';
import { checkPlaceSources, getPlace, type Place } from '../../lib/places.ts';
import { ENGLISH_EDITION, type FigureEdition } from '../define.ts';
import { editionPlaces } from '../shared/names.ts';
import { wordsOf } from '../shared/words.ts';
import { LOCATOR_WORDS, type LocatorWords } from './words.ts';
import { STATES, type LocatorState } from './states.ts';
import type { DataTable } from '../shared/table.ts';

const WHERE = 'the locator-map figure (src/figures/locator-map/data.ts)';

export { STATES, type LocatorState };

export type CountryKey = keyof typeof COUNTRY;
/** The site's actor colours (src/styles/tokens.css). */
export type Actor = 'kazakhstan' | 'russia' | 'china' | 'central-asia';

export interface HighlightedCountry {
  key: CountryKey;
  /** ISO 3166 numeric code, as Natural Earth (world-atlas) gives it. */
  id: string;
  /** The Natural Earth name. */
  name: string;
  actor: Actor;
  /** The steps that colour it. */
  states: LocatorState[];
  /** Whether it shares a land border with Kazakhstan, read from the Natural Earth outlines. */
  bordersKazakhstan: boolean;
}

export interface BorderLine {
  /** The neighbour whose border with Kazakhstan is drawn. */
  with: CountryKey;
  actor: Actor;
  states: LocatorState[];
  line: MultiLineString;
}

export interface LocatorMapData {
  /** The edition's words for the labels the layout places. */
  words: LocatorWords;
  countries: HighlightedCountry[];
  borders: BorderLine[];
  /** The Europe–Asia span, west to east: Istanbul, Astana, Khorgos. */
  span: Place[];
  spanStates: LocatorState[];
  /** Which countries each step colours. */
  highlighted: Record<LocatorState, CountryKey[]>;
  resolution: Resolution;
  sources: string[];
  table: DataTable;
}

/** Natural Earth at 1:110m: coarse, but enough at these zooms and light on the page. */
const RESOLUTION: Resolution = '110m';

const COUNTRIES: Array<{ key: CountryKey; actor: Actor; states: LocatorState[] }> = [
  {
    key: 'kazakhstan',
    actor: 'kazakhstan',
    states: ['kazakhstan', 'russia-border', 'china', 'central-asia', 'europe-asia'],
  },
  { key: 'russia', actor: 'russia', states: ['russia-border'] },
  { key: 'china', actor: 'china', states: ['china', 'europe-asia'] },
  { key: 'kyrgyzstan', actor: 'central-asia', states: ['central-asia'] },
  { key: 'uzbekistan', actor: 'central-asia', states: ['central-asia'] },
  { key: 'turkmenistan', actor: 'central-asia', states: ['central-asia'] },
  { key: 'tajikistan', actor: 'central-asia', states: ['central-asia'] },
];

const BORDERS: Array<{ with: CountryKey; actor: Actor; states: LocatorState[] }> = [
  { with: 'russia', actor: 'russia', states: ['russia-border'] },
  { with: 'china', actor: 'china', states: ['china'] },
];

/**
 * How strongly Kazakhstan is filled in each step: quiet in the overview, full in its own
 * step and the last, and held back while a neighbour is the subject.
 */
export const KAZAKHSTAN_OPACITY: Record<LocatorState, number> = {
  eurasia: 0.45,
  kazakhstan: 1,
  'russia-border': 0.5,
  china: 0.5,
  'central-asia': 0.5,
  'europe-asia': 1,
};

/** The span's places, west to east, by id in places.yaml. */
export const SPAN = ['istanbul', 'astana', 'khorgos'] as const;
const SPAN_STATES: LocatorState[] = ['europe-asia'];

function bordersKazakhstan(id: string): boolean {
  return (
    id !== COUNTRY.kazakhstan &&
    sharedBorder(COUNTRY.kazakhstan, id, RESOLUTION).coordinates.length > 0
  );
}

/** `dir` is the content directory (tests point it at a fixture). */
export function locatorMap(
  ledger: Ledger,
  options: { dir?: string; edition?: FigureEdition } = {},
): LocatorMapData {
  const edition = options.edition ?? ENGLISH_EDITION;
  const names = new Map(loadCountries(RESOLUTION).map((c) => [c.id, c.properties.name]));
  const countries: HighlightedCountry[] = COUNTRIES.map(({ key, actor, states }) => ({
    key,
    id: COUNTRY[key],
    name: edition.name(key, names.get(COUNTRY[key]) ?? key),
    actor,
    states,
    bordersKazakhstan: bordersKazakhstan(COUNTRY[key]),
  }));
  const borders: BorderLine[] = BORDERS.map((b) => ({
    ...b,
    line: sharedBorder(COUNTRY.kazakhstan, COUNTRY[b.with], RESOLUTION),
  }));
  const places = editionPlaces(edition, options.dir);
  const span = SPAN.map((id) => getPlace(places, id, WHERE));
  const highlighted = Object.fromEntries(
    STATES.map((s) => [s, countries.filter((c) => c.states.includes(s)).map((c) => c.key)]),
  ) as Record<LocatorState, CountryKey[]>;

  checkPlaceSources(places, ledger);
  const sources = ['antic-2024', ...new Set(span.flatMap((p) => p.sources))];

  const words = wordsOf(LOCATOR_WORDS, edition);
  const stepsOf = (states: LocatorState[]) => states.map((s) => words.states[s]).join('; ');
  const blank = '';
  const table: DataTable = {
    caption: words.table.caption,
    columns: [
      'Name',
      'Kind',
      'Highlighted in',
      'Borders Kazakhstan',
      'Latitude',
      'Longitude',
      'Status',
    ],
    rows: [
      ...countries.map((c) => [
        c.name,
        'country',
        c.key === 'kazakhstan' ? words.table.everyStep : stepsOf(c.states),
        c.key === 'kazakhstan' ? blank : c.bordersKazakhstan ? 'yes' : 'no',
        blank,
        blank,
        words.table.outline,
      ]),
      ...span.map((p) => [
        p.name,
        'place',
        stepsOf(SPAN_STATES),
        blank,
        p.lat,
        p.lon,
        p.approximate ? 'approximate' : words.table.fromSource,
      ]),
    ],
    notes: words.table.notes,
  };
  return {
    words,
    countries,
    borders,
    span,
    spanStates: SPAN_STATES,
    highlighted,
    resolution: RESOLUTION,
    sources,
    table,
  };
}
