/**
 * Places drawn on the maps (content/data/places.yaml): a name, a position and
 * where the position comes from. Read and checked here, so every map figure
 * shares one loader and one set of errors that name the file, the place and the field.
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { contentDir, once, read } from './content-dir.ts';
import { ContentError, unknownId } from './errors.ts';
import { SOURCES_FILE, type DataFile, type Ledger } from './ledger.ts';
import { id, strict, text } from './schema.ts';
import { readList, validate } from './yaml-list.ts';

export const PLACES_FILE = 'content/data/places.yaml';

const degrees = (name: 'lat' | 'lon', limit: number, example: string) =>
  z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? `missing. Add a line: ${name}: ${example}`
          : `is not a number. Write it in decimal degrees, e.g. ${name}: ${example} (not 51°10′; south and west are negative)`,
    })
    .min(-limit, {
      error: `is outside -${limit} to ${limit}. Write it in decimal degrees, e.g. ${name}: ${example}`,
    })
    .max(limit, {
      error: `is outside -${limit} to ${limit}. Write it in decimal degrees, e.g. ${name}: ${example}`,
    });

const placeFields = {
  id: id('id', 'astana'),
  name: text('name', 'Astana'),
  lat: degrees('lat', 90, '51.17'),
  lon: degrees('lon', 180, '71.43'),
  approximate: z.boolean({
    error: (issue) =>
      issue.input === undefined
        ? 'missing. Add a line: approximate: false (or true if no cited source gives the position)'
        : 'is not true or false. Write approximate: false, or approximate: true',
  }),
  sources: z.array(id('sources', '[mirror-wikipedia-aktau]'), {
    error:
      'is not a list of source ids. Write it in brackets, e.g. sources: [mirror-wikipedia-aktau] (or sources: [] for an approximate position)',
  }),
  note: text(
    'note',
    '"Well-known approximate position, not taken from a cited source."',
  ).optional(),
};

export const placeSchema = strict(placeFields).superRefine((place, ctx) => {
  if (place.sources.length === 0 && !place.approximate) {
    ctx.addIssue({
      code: 'custom',
      path: ['sources'],
      message:
        'is empty, but the position is not marked approximate. Add the id of the source that gives it, e.g. sources: [mirror-wikipedia-aktau], or write approximate: true',
    });
  }
  if (place.sources.length === 0 && !place.note) {
    ctx.addIssue({
      code: 'custom',
      path: ['note'],
      message:
        'missing, and no source gives the position. Say where it comes from, e.g. note: "Well-known approximate position, not taken from a cited source."',
    });
  }
});

/** One point on the maps. */
export type Place = z.output<typeof placeSchema>;

/** Parses and checks places.yaml; every mistake names the file, the line, the place and the field. */
export function parsePlaces(file: DataFile): Place[] {
  return validate(file, readList(file, 'astana'), placeSchema, 'place').map(({ entry }) => entry);
}

/** Reads content/data/places.yaml, re-reading only when it changes (dev server). */
export function loadPlaces(dir = contentDir()): Place[] {
  const path = join(dir, 'data/places.yaml');
  return once('places', [path], () => parsePlaces(read(path)));
}

/** Looks a place up, or fails with the file that asked for it and the nearest real id. */
export function getPlace(places: Place[], id: string, where = 'a figure'): Place {
  const place = places.find((p) => p.id === id);
  if (place) return place;
  const { fix } = unknownId(
    'place',
    id,
    places.map((p) => p.id),
    PLACES_FILE,
  );
  throw new ContentError({
    file: where,
    field: `place "${id}"`,
    problem: `is not in ${PLACES_FILE}`,
    fix,
  });
}

/** Each place's source ids that are not in the sources list, e.g. proposed sources not merged yet. */
export function unknownPlaceSources(
  places: Place[],
  ledger: Ledger,
): Array<{ place: string; source: string }> {
  return places.flatMap((p) =>
    p.sources.filter((s) => !ledger.sources.has(s)).map((source) => ({ place: p.id, source })),
  );
}

/** Fails, naming the place and the nearest real id, if a place cites a source that is not in sources.yaml. */
export function checkPlaceSources(places: Place[], ledger: Ledger, file = PLACES_FILE): void {
  const [first] = unknownPlaceSources(places, ledger);
  if (!first) return;
  throw new ContentError({
    file,
    field: `place "${first.place}" → sources`,
    ...unknownId('source', first.source, ledger.sources.keys(), SOURCES_FILE),
  });
}
