import { describe, expect, it } from 'vitest';
import { contentErrorOf } from '../support/errors.ts';
import {
  checkPlaceSources,
  getPlace,
  loadPlaces,
  parsePlaces,
  unknownPlaceSources,
  type Place,
} from '../../src/lib/places.ts';
import type { Ledger } from '../../src/lib/ledger.ts';
import { PLACES } from '../support/places.ts';

const FILE = 'content/data/places.yaml';
const parse = (text: string) => parsePlaces({ path: FILE, text });
const errorOf = contentErrorOf;

describe('places.yaml', () => {
  it('holds every place of the fact sheet’s map table, with its position to two decimals', () => {
    const places = loadPlaces();
    expect(places.map((p) => p.id).sort()).toEqual(
      [
        'akhalkalaki',
        'aktau',
        'alashankou',
        'alat',
        'anaklia',
        'astana',
        'ayagoz',
        'baku',
        'batumi',
        'dostyk',
        'istanbul',
        'kars',
        'khorgos',
        'kuryk',
        'poti',
        'tacheng',
        'tbilisi',
        'tengiz',
        'atyrau',
        'samara',
        'kropotkinskaya',
        'novorossiysk',
        'makhachkala',
        'ceyhan',
        'atasu',
      ].sort(),
    );
    const at = (id: string) => {
      const p = getPlace(places, id);
      return [p.lat, p.lon];
    };
    expect(at('astana')).toEqual([51.17, 71.43]);
    expect(at('istanbul')).toEqual([41.01, 28.98]);
    expect(at('khorgos')).toEqual([44.21, 80.41]);
    expect(at('kuryk')).toEqual([43.2, 51.65]);
    expect(at('alat')).toEqual([39.95, 49.41]);
    for (const p of places) {
      expect(Math.round(p.lat * 100) / 100).toBe(p.lat);
      expect(Math.round(p.lon * 100) / 100).toBe(p.lon);
    }
  });

  it('marks as approximate exactly the well-known and unverified positions, each with a note', () => {
    const places = loadPlaces();
    expect(
      places
        .filter((p) => p.approximate)
        .map((p) => p.id)
        .sort(),
    ).toEqual([
      'akhalkalaki',
      'alat',
      'anaklia',
      'astana',
      'atasu',
      'atyrau',
      'baku',
      'ceyhan',
      'istanbul',
      'kropotkinskaya',
      'makhachkala',
      'novorossiysk',
      'samara',
      'tbilisi',
      'tengiz',
    ]);
    for (const p of places) {
      if (p.approximate) expect(p.note).toMatch(/approximate/i);
      else expect(p.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('parsePlaces', () => {
  it('reads a list of places', () => {
    const places: Place[] = parse(PLACES);
    expect(places).toHaveLength(2);
    expect(places[1]).toEqual({
      id: 'astana',
      name: 'Astana',
      lat: 51.17,
      lon: 71.43,
      approximate: true,
      sources: [],
      note: 'Well-known approximate position.',
    });
  });

  it('names the file, the line, the place and the field when an entry is wrong', () => {
    const error = errorOf(() => parse(PLACES.replace('lat: 51.17', 'lat: 151.17')));
    expect(error.message).toContain(`${FILE}:10 — place "astana" → lat: is outside -90 to 90`);
    expect(error.fix).toContain('lat: 51.17');
    expect(errorOf(() => parse(PLACES.replace('lon: 51.15', 'lon: "51°09′E"'))).message).toContain(
      'place "aktau" → lon: is not a number',
    );
    expect(errorOf(() => parse(PLACES.replace('  lat: 43.65\n', ''))).message).toContain(
      'place "aktau" → lat: missing\n  Fix: Add a line: lat: 51.17',
    );
    expect(errorOf(() => parse(PLACES.replace('name: Aktau', 'nmae: Aktau'))).message).toContain(
      'unknown field "nmae"',
    );
    expect(
      errorOf(() => parse(PLACES.replace('approximate: false', 'approximate: no way'))).fix,
    ).toContain('approximate: true');
  });

  it('requires a source unless the position is approximate, and a note when there is none', () => {
    expect(
      errorOf(() => parse(PLACES.replace('sources: [mirror-wikipedia-aktau]', 'sources: []')))
        .message,
    ).toContain('place "aktau" → sources: is empty, but the position is not marked approximate');
    expect(
      errorOf(() => parse(PLACES.replace('  note: "Well-known approximate position."\n', '')))
        .message,
    ).toContain('place "astana" → note: missing');
  });

  it('refuses a duplicate id and a file that is not a list', () => {
    expect(errorOf(() => parse(PLACES.replace('id: astana', 'id: aktau'))).message).toContain(
      'place "aktau" → id: is used twice (first at line 2)',
    );
    expect(errorOf(() => parse('astana: [51.17, 71.43]\n')).message).toContain(
      'top level: is not a list',
    );
    expect(errorOf(() => parse('- id: astana\n  name: "Astana\n')).field).toBe('YAML syntax');
  });
});

describe('looking places up', () => {
  const places = parse(PLACES);

  it('suggests the nearest id for a typo', () => {
    expect(getPlace(places, 'aktau').name).toBe('Aktau');
    expect(
      errorOf(() => getPlace(places, 'aktaw', 'content/data/corridor-route.yaml')).message,
    ).toContain(
      'content/data/corridor-route.yaml — place "aktaw": is not in content/data/places.yaml\n  Fix: Did you mean "aktau"?',
    );
  });

  it('finds the sources a place names that the sources list lacks', () => {
    const ledger = {
      facts: new Map(),
      sources: new Map([['mirror-wikipedia-aktou', {}]]),
    } as unknown as Ledger;
    expect(unknownPlaceSources(places, ledger)).toEqual([
      { place: 'aktau', source: 'mirror-wikipedia-aktau' },
    ]);
    expect(errorOf(() => checkPlaceSources(places, ledger)).message).toContain(
      'place "aktau" → sources: names the source "mirror-wikipedia-aktau", which is not in content/data/sources.yaml\n  Fix: Did you mean "mirror-wikipedia-aktou"?',
    );
  });
});
