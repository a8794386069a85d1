/** The content-layer loader for data files, run against fixture files with a fake store and watcher. */
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chapterIds, yamlListLoader } from '../../src/lib/data-loader.ts';
import { ContentError } from '../../src/lib/errors.ts';
import { parsePlaces } from '../../src/lib/places.ts';
import { PLACES } from '../support/places.ts';

let dir: string;
let before: string | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kz-loader-'));
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, 'chapters'));
  writeFileSync(join(dir, 'data/places.yaml'), PLACES);
  before = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = dir;
});
afterEach(() => {
  if (before === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = before;
  rmSync(dir, { recursive: true, force: true });
});

/** Just enough of Astro's loader context: a store, parseData, a digest, a watcher and a logger. */
function fakeContext() {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string }>();
  const errors: string[] = [];
  const watcher = Object.assign(new EventEmitter(), {
    watched: [] as string[],
    add(files: string | string[]) {
      this.watched.push(...[files].flat());
    },
  });
  const store = {
    set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => (
      entries.set(entry.id, entry),
      true
    ),
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
  };
  const context = {
    store,
    parseData: async <T>({ data }: { data: T }) => data,
    generateDigest: (data: unknown) => JSON.stringify(data).length.toString(16),
    watcher,
    logger: { info: () => {}, error: (message: string) => void errors.push(message) },
  };
  return { context: context as never, entries, errors, watcher };
}

const placesLoader = (optional = false) =>
  yamlListLoader({ file: 'data/places.yaml', optional, parse: ({ file }) => parsePlaces(file) });
const settle = () => new Promise((r) => setTimeout(r, 10));

describe('yamlListLoader', () => {
  it('stores each entry our parse returns, by id, with a digest', async () => {
    const { context, entries } = fakeContext();
    await placesLoader().load(context);
    expect([...entries.keys()]).toEqual(['aktau', 'astana']);
    expect(entries.get('aktau')!.data).toMatchObject({ name: 'Aktau', lat: 43.65 });
    expect(entries.get('aktau')!.digest).toBeTruthy();
  });

  it('fails with our message: the file, the line, the entry, the field and the fix', async () => {
    writeFileSync(join(dir, 'data/places.yaml'), PLACES.replace('lat: 51.17', 'lat: "north"'));
    const error = await placesLoader()
      .load(fakeContext().context)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toMatch(
      /data\/places\.yaml:10 — place "astana" → lat: is not a number/,
    );
  });

  it('keeps the spelling hint of a misspelt field', async () => {
    writeFileSync(join(dir, 'data/places.yaml'), PLACES.replace('lon: 51.15', 'lng: 51.15'));
    const error = await placesLoader()
      .load(fakeContext().context)
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /place "aktau" → entry: unknown field "lng"\n {2}Fix: Allowed fields: id, name, lat, lon/,
    );
  });

  it('names a missing file, unless the file is optional', async () => {
    rmSync(join(dir, 'data/places.yaml'));
    await expect(placesLoader().load(fakeContext().context)).rejects.toThrow(
      /places\.yaml — file: does not exist/,
    );
    const { context, entries } = fakeContext();
    await placesLoader(true).load(context);
    expect(entries.size).toBe(0);
  });

  it('watches its files, loads again on a change, and drops entries that are gone', async () => {
    const { context, entries, watcher } = fakeContext();
    await yamlListLoader({
      file: 'data/places.yaml',
      watch: ['data/sources.yaml'],
      parse: ({ file }) => parsePlaces(file),
    }).load(context);
    expect(watcher.watched).toEqual([
      join(dir, 'data/places.yaml'),
      join(dir, 'data/sources.yaml'),
    ]);
    writeFileSync(join(dir, 'data/places.yaml'), PLACES.split('- id: astana')[0]!);
    watcher.emit('change', join(dir, 'data/places.yaml'));
    await settle();
    expect([...entries.keys()]).toEqual(['aktau']);
  });

  it('in dev, logs a mistake and empties the collection rather than crashing the server', async () => {
    const { context, entries, errors, watcher } = fakeContext();
    await placesLoader().load(context);
    writeFileSync(join(dir, 'data/places.yaml'), PLACES.replace('lat: 51.17', 'lat: "north"'));
    watcher.emit('change', join(dir, 'data/places.yaml'));
    await settle();
    expect(errors[0]).toMatch(/places\.yaml:10 — place "astana" → lat/);
    expect(entries.size).toBe(0);
  });

  it('ignores changes to other files', async () => {
    const { context, entries, watcher } = fakeContext();
    await placesLoader().load(context);
    writeFileSync(join(dir, 'data/places.yaml'), '');
    watcher.emit('change', join(dir, 'data/other.yaml'));
    await settle();
    expect(entries.size).toBe(2);
  });
});

describe('chapterIds', () => {
  it('lists the chapter files, without drafts unless asked', () => {
    writeFileSync(join(dir, 'chapters/china.mdx'), '---\ntitle: China\n---\nText.\n');
    writeFileSync(join(dir, 'chapters/west.mdx'), '---\ntitle: West\ndraft: true\n---\nText.\n');
    writeFileSync(join(dir, 'chapters/notes.txt'), 'not a chapter');
    expect(chapterIds(dir)).toEqual(['china']);
    expect(chapterIds(dir, { drafts: true })).toEqual(['china', 'west']);
  });
});
