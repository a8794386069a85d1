// Regenerates tests/fixtures/article-shingles.json from the source article in ../shared/seed.
// Run with: npx node scripts/article-shingles.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { shingles } from '../src/lib/shingles.ts';

const article = readFileSync(
  new URL('../../shared/seed/article-as-received.txt', import.meta.url),
  'utf8',
);
const hashes = [...new Set(shingles(article).map((s) => s.hash))].sort();
writeFileSync(
  new URL('../tests/fixtures/article-shingles.json', import.meta.url),
  JSON.stringify(
    {
      size: 8,
      note: 'SHA-1 prefixes of the source article’s 8-word runs; see src/lib/shingles.ts',
      hashes,
    },
    null,
    0,
  ) + '\n',
);
console.log(`${hashes.length} shingles written`);
