import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_SCHEMAS, renderSchema, schemaPath } from '../../scripts/schemas.ts';

describe('the JSON Schemas for editors', () => {
  it.each(DATA_SCHEMAS.map((entry) => [entry.name, entry] as const))(
    'schemas/%s.schema.json is up to date with its zod schema',
    (_name, entry) => {
      expect(
        readFileSync(schemaPath(entry.name), 'utf8'),
        `${schemaPath(entry.name)} is out of date: run npm run schemas and commit it`,
      ).toBe(renderSchema(entry));
    },
  );

  it('describes what an author writes: a misspelt field or a wrong choice is flagged', () => {
    const facts = JSON.parse(renderSchema(DATA_SCHEMAS.find((e) => e.name === 'facts')!));
    expect(facts.type).toBe('array');
    expect(facts.items.additionalProperties).toBe(false);
    expect(facts.items.required).toEqual(expect.arrayContaining(['id', 'label', 'unit']));
    expect(facts.items.properties.unit.enum).toContain('Mt');
  });
});
