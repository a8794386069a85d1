/** Fixture ledgers for unit tests: the frozen entries in tests/fixtures/figures, never the live content/. */
import { readFileSync } from 'node:fs';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { parseLedger, type Ledger } from '../../src/lib/ledger.ts';

/** A content directory (as CONTENT_DIR would name) holding the fixture's data files. */
export const FIXTURE_CONTENT = 'tests/fixtures/figures/content';
const DIR = `${FIXTURE_CONTENT}/data`;
/** Units that are amounts, and so are multiplied by `scale`; rates, years and counts of years are not. */
const AMOUNTS = new Set(['USD bn', 'Mt', 'Mt/yr', 't']);

/**
 * The fixture ledger. With a scale, every reported amount is multiplied by it and its `display`
 * dropped (so it is formatted from the new value); derived facts follow from their inputs.
 */
export function fixtureLedger(scale = 1): Ledger {
  const doc = parseDocument(readFileSync(`${DIR}/facts.yaml`, 'utf8'), {
    keepSourceTokens: false,
  }) as Document;
  if (scale !== 1 && isSeq(doc.contents)) {
    for (const item of doc.contents.items) {
      if (!isMap(item)) continue;
      const value = item.get('value');
      if (typeof value === 'number' && AMOUNTS.has(String(item.get('unit')))) {
        item.set('value', Math.round(value * scale * 1000) / 1000);
        item.delete('display');
      }
    }
  }
  return parseLedger({
    facts: { path: `${DIR}/facts.yaml`, text: doc.toString() },
    sources: { path: `${DIR}/sources.yaml`, text: readFileSync(`${DIR}/sources.yaml`, 'utf8') },
  });
}
