import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fileReader, parseEditionWords, type EnglishData } from '../../src/i18n/content.ts';
import { nameId } from '../../src/i18n/edition.ts';

type Row = Record<string, unknown>;
const list = (path: string): Row[] => parse(readFileSync(path, 'utf8')) as Row[];
const read = (path: string): unknown => parse(readFileSync(path, 'utf8'));

const facts = list('content/data/facts.yaml');
const organisations = list('content/data/organisations.yaml');
const countries = (read('content/data/corridor-route.yaml') as { countries: Row[] }).countries;
const nameIds = new Set<string>([
  ...list('content/data/places.yaml').map((p) => String(p.id)),
  ...organisations.map((o) => String(o.id)),
  ...organisations.flatMap((o) =>
    [
      ...((o.members as Row[] | undefined) ?? []),
      ...((o.observers as Row[] | undefined) ?? []),
    ].map((c) => nameId(String(c.name))),
  ),
  ...countries.map((c) => String(c.id)),
]);

const english: EnglishData = {
  facts: new Map(facts.map((f) => [String(f.id), { display: f.display !== undefined }])),
  terms: new Set(list('content/data/glossary.yaml').map((t) => String(t.id))),
  names: nameIds,
  corrections: new Set(list('content/data/corrections.yaml').map((c) => String(c.id))),
};

describe('the Russian edition’s words', () => {
  const words = () =>
    parseEditionWords(
      'ru',
      true,
      english,
      fileReader('content', (path) => readFileSync(path, 'utf8')),
    );

  it('load as a published edition: every fact labelled, every term translated, every id known', () => {
    expect(words).not.toThrow();
  });

  it('keep the English order of the facts', () => {
    expect(list('content/i18n/ru/facts.yaml').map((f) => f.id)).toEqual(facts.map((f) => f.id));
  });

  it('keep the English order of the corrections', () => {
    expect(list('content/i18n/ru/corrections.yaml').map((c) => c.id)).toEqual(
      list('content/data/corrections.yaml').map((c) => c.id),
    );
  });

  it('name every place, country and organisation the maps print', () => {
    const names = words().names;
    expect([...nameIds].filter((id) => !names.has(id))).toEqual([]);
  });
});
