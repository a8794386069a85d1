/**
 * Data for the oil-routes figure: Kazakhstan's oil export routes, leg by leg, from
 * content/data/oil-routes.yaml, with every volume, share and date read from the facts ledger
 * and every position from places.yaml. Mistakes name the file, the line, the leg and the field.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { contentDir } from '../../lib/content-dir.ts';
import { closest, ContentError } from '../../lib/errors.ts';
import {
  dateFact,
  factSources,
  numberFact,
  publishers,
  type DateFact,
  type Ledger,
  type NumberFact,
} from '../../lib/ledger.ts';
import { checkPlaceSources, getPlace, type Place } from '../../lib/places.ts';
import type { FigureEdition } from '../define.ts';
import { editionPlaces } from '../shared/names.ts';
import { wordsOf } from '../shared/words.ts';
import { OIL_WORDS, type OilWords } from './words.ts';
import { id, text, unknownKey } from '../../lib/schema.ts';
import { readList, validate, type DataFile } from '../../lib/yaml-list.ts';
import type { DataTable } from '../shared/table.ts';
import { STATES, type OilState } from './states.ts';

export const ROUTES_FILE = 'content/data/oil-routes.yaml';
const WHERE = 'the oil-routes figure (src/figures/oil-routes/data.ts)';
const SIDES = ['left', 'right', 'above', 'below'] as const;
export type Side = (typeof SIDES)[number];
const LEG_STATES = STATES.filter((s) => s !== 'overview' && s !== 'alternatives') as Exclude<
  OilState,
  'overview' | 'alternatives'
>[];

const enumOf = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `missing. Add a line: ${name}: ${values[0]}`
        : `"${String(issue.input)}" is not allowed. Use one of: ${values.join(', ')}`,
  });
const ids = (name: string, example: string) =>
  z.array(id(name, example), { error: `must be a list of ids, e.g. ${name}: [${example}]` });

const legFields = {
  id: id('id', 'cpc'),
  state: enumOf('state', LEG_STATES as unknown as [string, ...string[]]),
  name: text('name', 'Atyrau–Samara'),
  short: text('short', 'Samara'),
  mode: enumOf('mode', ['pipeline', 'tanker'] as const),
  places: ids('places', 'tengiz, novorossiysk').min(1, {
    error: 'is empty. Name the places the oil passes, e.g. places: [tengiz, novorossiysk]',
  }),
  onward: enumOf('onward', ['west'] as const).optional(),
  schematic: z.boolean({ error: 'must be true or false' }).optional(),
  russia: z.boolean({
    error:
      'must be true or false. Write russia: true if the oil crosses Russia or ends in a Russian port',
  }),
  volumes: ids('volumes', 'oil-cpc-10m-2024').min(1, {
    error: 'is empty. Give at least one volume fact, e.g. volumes: [oil-cpc-10m-2024]',
  }),
  shares: ids('shares', 'cpc-share-rferl').optional(),
  incidents: z
    .array(
      z.strictObject({
        at: id('at', 'novorossiysk'),
        kind: enumOf('kind', ['halt', 'attack'] as const),
        facts: ids('facts', 'cpc-court-order-date').min(1),
      }),
      {
        error:
          'must be a list, e.g. incidents: [{ at: novorossiysk, kind: halt, facts: [cpc-court-order-date] }]',
      },
    )
    .default([]),
  label: z.strictObject(
    { at: id('at', 'samara'), side: enumOf('side', SIDES) },
    { error: 'must say where the label goes, e.g. label: { at: samara, side: right }' },
  ),
};
/** One leg, as the build checks it (and scripts/schemas.ts turns into its JSON Schema). */
export const oilLegSchema = z
  .strictObject(legFields, { error: unknownKey(Object.keys(legFields)) })
  .refine((leg) => leg.places.length >= 2 || leg.onward !== undefined, {
    path: ['places'],
    error:
      'names only one place. Add the place the oil goes to, e.g. places: [atyrau, samara], or give a direction to the map edge: onward: west',
  });
type LegEntry = z.output<typeof oilLegSchema>;

export interface Incident {
  at: Place;
  kind: 'halt' | 'attack';
  /** The dates, ISO. */
  dates: string[];
  /** "2022" or "2025–26". */
  years: string;
}

export interface OilLeg extends Omit<
  LegEntry,
  'places' | 'volumes' | 'shares' | 'incidents' | 'label' | 'state'
> {
  state: OilState;
  points: Place[];
  volumes: NumberFact[];
  shares: NumberFact[];
  incidents: Array<Incident & { facts: DateFact[] }>;
  label: { at: Place; side: Side; text: string; short: string };
}

export interface OilRoutesData {
  /** The edition's words for the badges, share line and legend. */
  words: OilWords;
  legs: OilLeg[];
  places: Place[];
  sources: string[];
  table: DataTable;
}

/** A volume in million tonnes, whether the fact gives Mt or tonnes. */
export const inMt = (fact: NumberFact): number =>
  fact.unit === 't' ? Math.round(fact.value / 1000) / 1000 : fact.value;

const yearOf = (iso: string) => iso.slice(0, 4);
/** "2022", or "2025–26" for a span of years. */
export const yearSpan = (dates: string[]): string => {
  const years = [...new Set(dates.map(yearOf))].sort();
  return years.length === 1 ? years[0]! : `${years[0]}–${years.at(-1)!.slice(2)}`;
};

/** Parses and checks oil-routes.yaml against the ledger and the places. */
export function parseOilRoutes(
  file: DataFile,
  ledger: Ledger,
  places: Place[],
  words: OilWords = OIL_WORDS.en,
): OilLeg[] {
  const located = validate<LegEntry>(file, readList(file, 'cpc'), oilLegSchema, 'leg');
  return located.map(({ entry, lineOf }) => {
    const fail = (field: string, problem: string, fix: string): never => {
      throw new ContentError({
        file: file.path,
        line: lineOf(field),
        field: `leg "${entry.id}" → ${field}`,
        problem,
        fix,
      });
    };
    const place = (field: string, placeId: string) => {
      const found = places.find((p) => p.id === placeId);
      if (found) return found;
      const hint = closest(
        placeId,
        places.map((p) => p.id),
      );
      return fail(
        field,
        `names the place "${placeId}", which is not in content/data/places.yaml`,
        hint
          ? `Did you mean "${hint}"? Otherwise add the place, with its source, to content/data/places.yaml.`
          : 'Add the place, with its source, to content/data/places.yaml.',
      );
    };
    const onLeg = (field: string, placeId: string) => {
      if (!entry.places.includes(placeId))
        fail(
          field,
          `is "${placeId}", which is not one of the leg's places (${entry.places.join(', ')})`,
          'Name one of the places the leg passes.',
        );
      return place(field, placeId);
    };
    const points = entry.places.map((p, i) => place(`places.${i}`, p));
    const volumes = entry.volumes.map((f) => {
      const fact = numberFact(ledger, f, WHERE);
      if (fact.unit !== 'Mt' && fact.unit !== 't')
        fail(
          'volumes',
          `names the fact "${f}", whose unit is ${fact.unit}`,
          'Volumes are amounts of oil: name a fact with unit: Mt (or t).',
        );
      return fact;
    });
    const shares = (entry.shares ?? []).map((f) => numberFact(ledger, f, WHERE));
    const incidents = entry.incidents.map((inc, i) => {
      const facts = inc.facts.map((f) => dateFact(ledger, f, WHERE));
      const dates = facts.map((f) => f.value.split('/')[0]!);
      return {
        at: onLeg(`incidents.${i}.at`, inc.at),
        kind: inc.kind,
        facts,
        dates,
        years: yearSpan(dates),
      };
    });
    const named = words.routes[entry.id] ?? entry;
    const text = `${named.name} · ${volumes[0]!.display}`;
    const short = `${named.short} ${volumes[0]!.display.replace(words.qualifiers, '')}`;
    return {
      ...entry,
      name: named.name,
      short: named.short,
      state: entry.state as OilState,
      points,
      volumes,
      shares,
      incidents,
      label: { at: onLeg('label.at', entry.label.at), side: entry.label.side, text, short },
    };
  });
}

/** Every attack on a leg joined into one: "2025–26" over all its dates. */
export function attackYears(leg: OilLeg): string | undefined {
  const dates = leg.incidents.filter((i) => i.kind === 'attack').flatMap((i) => i.dates);
  return dates.length ? yearSpan(dates) : undefined;
}

export function oilRoutes(
  ledger: Ledger,
  options: { dir?: string; places?: Place[]; edition?: FigureEdition } = {},
): OilRoutesData {
  const dir = options.dir ?? contentDir();
  const path = join(dir, 'data/oil-routes.yaml');
  const allPlaces = options.places ?? editionPlaces(options.edition, dir);
  const words = wordsOf(OIL_WORDS, options.edition);
  const legs = parseOilRoutes(
    { path: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') },
    ledger,
    allPlaces,
    words,
  );
  const places = [
    ...new Map(
      legs.flatMap((l) => l.points).map((p) => [p.id, getPlace(allPlaces, p.id, ROUTES_FILE)]),
    ).values(),
  ];
  checkPlaceSources(places, ledger);
  const facts = legs.flatMap((l) => [
    ...l.volumes,
    ...l.shares,
    ...l.incidents.flatMap((i) => i.facts),
  ]);
  const sources = [...new Set([...factSources(...facts), ...places.flatMap((p) => p.sources)])];
  const by = (f: NumberFact) => publishers(ledger, f);
  const schematic = legs.filter((l) => l.schematic);
  const t = words.table;
  const table: DataTable = {
    caption: t.caption,
    columns: [
      'Route',
      'From',
      'To',
      'Crosses Russia',
      'Volume (Mt)',
      'What the figure measures',
      'Source',
    ],
    rows: legs.flatMap((l) =>
      l.volumes.map((v) => [
        l.name,
        l.points[0]!.name,
        l.onward ? t.germany : l.points.at(-1)!.name,
        l.russia ? 'yes' : 'no',
        inMt(v),
        v.label,
        by(v),
      ]),
    ),
    notes: [
      ...legs
        .filter((l) => l.shares.length > 1)
        .map((l) =>
          t.share(l.name, l.shares.map((s) => `${s.display} (${by(s)}, ${s.asOf})`).join('; ')),
        ),
      ...legs
        .filter((l) => l.volumes.length > 1)
        .map((l) =>
          t.volumes(
            l.name,
            l.volumes.map(
              (v) =>
                `${v.display} (${v.label.charAt(0).toLowerCase()}${v.label.slice(1)}; ${by(v)})`,
            ),
          ),
        ),
      ...legs.flatMap((l) =>
        l.incidents.map((i) => t.incident(l.name, i.at.name, i.kind === 'halt', i.years)),
      ),
      t.straight,
      ...schematic.map((l) => t.schematic(l.name)),
      t.hollow(
        places
          .filter((p) => p.approximate)
          .map((p) => p.name)
          .join(', '),
      ),
    ],
  };
  return { words, legs, places, sources, table };
}
