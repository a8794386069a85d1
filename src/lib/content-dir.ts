import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseLedger, type Ledger } from './ledger.ts';

/** Where authors' content lives. Tests point CONTENT_DIR at a fixture. */
export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR ?? 'content');
}

let cache: { key: string; ledger: Ledger } | undefined;

/** Reads the ledger from disk, re-reading only when a data file changes (dev server). */
export function loadLedger(dir = contentDir()): Ledger {
  const paths = { facts: join(dir, 'data/facts.yaml'), sources: join(dir, 'data/sources.yaml') };
  const key = `${dir}|${statSync(paths.facts).mtimeMs}|${statSync(paths.sources).mtimeMs}`;
  if (cache?.key === key) return cache.ledger;
  const read = (path: string) => ({ path: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') });
  const ledger = parseLedger({ facts: read(paths.facts), sources: read(paths.sources) });
  cache = { key, ledger };
  return ledger;
}
