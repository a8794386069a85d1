/**
 * Places drawn on the maps (content/data/places.yaml): a name, a position and
 * where the position comes from. Read and checked here, so every map figure
 * shares one loader and one set of errors that name the file, the place and the field.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'astro/zod';
import { contentDir } from './content-dir.ts';
import { closest, ContentError } from './errors.ts';
import type { DataFile, Ledger } from './ledger.ts';

export const PLACES_FILE = 'content/data/places.yaml';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const idField = (name: string, example: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `missing. Add a line: ${name}: ${example}` : `must be text, e.g. ${name}: ${example}`) })
    .regex(ID, { error: `must be lower-case words joined by hyphens, e.g. ${name}: ${example}` });

const textField = (name: string, example: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `missing. Add a line: ${name}: ${example}` : `must be text, e.g. ${name}: ${example}`) })
    .trim()
    .min(1, { error: `is empty. Write it, e.g. ${name}: ${example}` });

const degrees = (name: 'lat' | 'lon', limit: number, example: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `missing. Add a line: ${name}: ${example}` : `is not a number. Write it in decimal degrees, e.g. ${name}: ${example} (not 51°10′; south and west are negative)`) })
    .min(-limit, { error: `is outside -${limit} to ${limit}. Write it in decimal degrees, e.g. ${name}: ${example}` })
    .max(limit, { error: `is outside -${limit} to ${limit}. Write it in decimal degrees, e.g. ${name}: ${example}` });

const placeFields = {
  id: idField('id', 'astana'),
  name: textField('name', 'Astana'),
  lat: degrees('lat', 90, '51.17'),
  lon: degrees('lon', 180, '71.43'),
  approximate: z.boolean({ error: (issue) => (issue.input === undefined ? 'missing. Add a line: approximate: false (or true if no cited source gives the position)' : 'is not true or false. Write approximate: false, or approximate: true') }),
  sources: z.array(idField('sources', '[mirror-wikipedia-aktau]'), { error: 'is not a list of source ids. Write it in brackets, e.g. sources: [mirror-wikipedia-aktau] (or sources: [] for an approximate position)' }),
  note: textField('note', '"Well-known approximate position, not taken from a cited source."').optional(),
};

const unknownKey = (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `unknown field ${issue.keys?.map((k) => `"${k}"`).join(', ')}. Allowed fields: ${Object.keys(placeFields).join(', ')}. Check the spelling.`
    : undefined;

export const placeSchema = z.strictObject(placeFields, { error: unknownKey }).superRefine((place, ctx) => {
  if (place.sources.length === 0 && !place.approximate) {
    ctx.addIssue({ code: 'custom', path: ['sources'], message: 'is empty, but the position is not marked approximate. Add the id of the source that gives it, e.g. sources: [mirror-wikipedia-aktau], or write approximate: true' });
  }
  if (place.sources.length === 0 && !place.note) {
    ctx.addIssue({ code: 'custom', path: ['note'], message: 'missing, and no source gives the position. Say where it comes from, e.g. note: "Well-known approximate position, not taken from a cited source."' });
  }
});

/** One point on the maps. */
export type Place = z.output<typeof placeSchema>;

/** Our schema messages read "problem. Fix…"; split them so the error can show both. */
function splitMessage(message: string): [string, string] {
  const cut = message.search(/\. (?=[A-Z])/);
  return cut > 0 ? [message.slice(0, cut), message.slice(cut + 2)] : [message, 'See the comment at the top of the file for the format.'];
}

/** Parses and checks places.yaml; every mistake names the file, the line, the place and the field. */
export function parsePlaces(file: DataFile): Place[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, prettyErrors: true });
  const firstError = doc.errors[0];
  if (firstError) {
    throw new ContentError({ file: file.path, line: firstError.linePos?.[0]?.line, field: 'YAML syntax', problem: firstError.message.split('\n')[0] ?? 'cannot be read', fix: 'Check the indentation and quoting on that line; text containing ": " or "#" needs quotes.' });
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    throw new ContentError({ file: file.path, field: 'top level', problem: 'is not a list', fix: 'Start every entry with "- id: …", e.g.\n  - id: astana' });
  }
  const seen = new Map<string, number>();
  return doc.contents.items.map((item) => {
    const raw: unknown = (item as YamlNode).toJSON();
    const line = isMap(item) && item.range ? lineCounter.linePos(item.range[0]).line : undefined;
    const rawId = typeof raw === 'object' && raw && 'id' in raw ? String((raw as { id: unknown }).id) : '(no id)';
    const parsed = placeSchema.safeParse(raw);
    if (!parsed.success) {
      // A misspelt field also shows up as a missing one; the spelling hint is the more useful message.
      const issue = parsed.error.issues.find((i) => i.code === 'unrecognized_keys') ?? parsed.error.issues[0]!;
      const [problem, fix] = splitMessage(issue.message);
      throw new ContentError({ file: file.path, line, field: `place "${rawId}" → ${issue.path.length ? issue.path.map(String).join('.') : 'entry'}`, problem, fix });
    }
    const earlier = seen.get(parsed.data.id);
    if (earlier !== undefined) {
      throw new ContentError({ file: file.path, line, field: `place "${parsed.data.id}" → id`, problem: `is used twice (first at line ${earlier})`, fix: 'Give one of them a different id, or merge the two entries.' });
    }
    seen.set(parsed.data.id, line ?? 0);
    return parsed.data;
  });
}

let cache: { key: string; places: Place[] } | undefined;

/** Reads content/data/places.yaml, re-reading only when it changes (dev server). */
export function loadPlaces(dir = contentDir()): Place[] {
  const path = join(dir, 'data/places.yaml');
  const key = `${path}|${statSync(path).mtimeMs}`;
  if (cache?.key === key) return cache.places;
  const places = parsePlaces({ path: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') });
  cache = { key, places };
  return places;
}

/** Looks a place up, or fails with the file that asked for it and the nearest real id. */
export function getPlace(places: Place[], id: string, where = 'a figure'): Place {
  const place = places.find((p) => p.id === id);
  if (place) return place;
  const hint = closest(id, places.map((p) => p.id));
  throw new ContentError({ file: where, field: `place "${id}"`, problem: `is not in ${PLACES_FILE}`, fix: hint ? `Did you mean "${hint}"? Otherwise add it to ${PLACES_FILE}.` : `Add it to ${PLACES_FILE}, or correct the id.` });
}

/** Each place's source ids that are not in the sources list, e.g. proposed sources not merged yet. */
export function unknownPlaceSources(places: Place[], ledger: Ledger): Array<{ place: string; source: string }> {
  return places.flatMap((p) => p.sources.filter((s) => !ledger.sources.has(s)).map((source) => ({ place: p.id, source })));
}

/** Fails, naming the place and the nearest real id, if a place cites a source that is not in sources.yaml. */
export function checkPlaceSources(places: Place[], ledger: Ledger, file = PLACES_FILE): void {
  const [first] = unknownPlaceSources(places, ledger);
  if (!first) return;
  const hint = closest(first.source, ledger.sources.keys());
  throw new ContentError({ file, field: `place "${first.place}" → sources`, problem: `names the source "${first.source}", which is not in content/data/sources.yaml`, fix: hint ? `Did you mean "${hint}"? Otherwise add the source to content/data/sources.yaml.` : 'Add the source to content/data/sources.yaml, or correct the id.' });
}
