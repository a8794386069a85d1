import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_SCHEMAS, schemaLine } from '../../scripts/schemas.ts';

describe('each data file', () => {
  it.each(DATA_SCHEMAS.map((entry) => [entry.file, entry] as const))(
    '%s starts with the line that points an editor at its schema',
    (file, entry) => {
      expect(readFileSync(file, 'utf8').split('\n', 1)[0]).toBe(schemaLine(entry));
    },
  );
});
