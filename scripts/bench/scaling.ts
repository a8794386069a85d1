/**
 * Build-time scaling: how long `astro build` takes as the number of chapters
 * grows. Each run builds a synthetic copy of content/ in a temporary folder,
 * through the CONTENT_DIR, OUT_DIR and ASTRO_CACHE_DIR variables the config
 * reads (as the broken-content fixtures in tests/support/fixture-build.ts do),
 * so the real content and dist/ are never touched.
 *
 * Copy k of a chapter gets its own file name (`<id>-copy-<k>.mdx`), its own
 * `order:` (original + k × the highest order) and its own title, because the
 * build refuses two chapters with one order. Copies are not drafts: drafts are
 * left out of the build (src/lib/chapters.ts), so they would not be measured.
 * The teacher guide must have one entry per chapter, so each copy gets a copy
 * of its original's entry.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { astroBuild, countPages, tail } from './build.ts';

export interface ScalingRun {
  scale: number;
  chapters: number;
  pages: number;
  seconds: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** A chapter's MDX with its frontmatter changed through the YAML parser, so quoting stays valid. */
function retitle(mdx: string, copy: number, orderStep: number, file: string): string {
  const match = FRONTMATTER.exec(mdx);
  if (!match) throw new Error(`${file} has no frontmatter to copy`);
  const doc = parseDocument(match[1]!);
  const order = doc.get('order');
  if (typeof order !== 'number') throw new Error(`${file} has no numeric order:`);
  doc.set('order', order + copy * orderStep);
  doc.set('title', `${String(doc.get('title'))} (synthetic copy ${copy})`);
  return mdx.replace(match[0], `---\n${doc.toString().trimEnd()}\n---`);
}

/** Adds a copy of each original chapter's guide entry for its synthetic copies. */
function extendGuide(file: string, copiesOf: Map<string, string[]>): void {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const chapters = doc.get('chapters');
  if (!isSeq(chapters)) return;
  for (const entry of [...chapters.items]) {
    if (!isMap(entry)) continue;
    const original = String(entry.get('chapter'));
    for (const copy of copiesOf.get(original) ?? []) {
      const clone = doc.createNode({
        ...(entry.toJSON() as Record<string, unknown>),
        chapter: copy,
      });
      chapters.add(clone);
    }
  }
  writeFileSync(file, doc.toString());
}

/** content/ copied to `dir`, with (scale − 1) extra copies of every chapter. */
export function syntheticContent(dir: string, scale: number): number {
  cpSync('content', dir, { recursive: true });
  const chaptersDir = join(dir, 'chapters');
  const files = readdirSync(chaptersDir).filter((f) => f.endsWith('.mdx'));
  const orders = files.map(
    (f) =>
      Number(
        parseDocument(FRONTMATTER.exec(readFileSync(join(chaptersDir, f), 'utf8'))?.[1] ?? '').get(
          'order',
        ),
      ) || 0,
  );
  const step = Math.max(0, ...orders);
  const copiesOf = new Map<string, string[]>();
  for (const file of files) {
    const id = basename(file, '.mdx');
    const text = readFileSync(join(chaptersDir, file), 'utf8');
    const copies: string[] = [];
    for (let k = 1; k < scale; k++) {
      const copyId = `${id}-copy-${k}`;
      writeFileSync(join(chaptersDir, `${copyId}.mdx`), retitle(text, k, step, file));
      copies.push(copyId);
    }
    copiesOf.set(id, copies);
  }
  const guide = join(dir, 'teaching/guide.yaml');
  if (existsSync(guide)) extendGuide(guide, copiesOf);
  return files.length * scale;
}

/** Builds at each scale in turn, each time from a cold cache, and reports wall-clock seconds. */
export function runScaling(scales: number[], log: (line: string) => void = () => {}): ScalingRun[] {
  const runs: ScalingRun[] = [];
  for (const scale of scales) {
    const root = mkdtempSync(join(tmpdir(), 'kz-bench-'));
    try {
      const content = join(root, 'content');
      const chapters = syntheticContent(content, scale);
      log(`  ${scale}× (${chapters} chapters): building …`);
      const out = join(root, 'dist');
      const build = astroBuild({
        CONTENT_DIR: content,
        OUT_DIR: out,
        ASTRO_CACHE_DIR: join(root, 'cache'),
      });
      if (!build.ok) throw new Error(`The ${scale}× build failed:\n${tail(build.output)}`);
      const run = { scale, chapters, pages: countPages(out), seconds: build.seconds };
      log(`  ${scale}× (${chapters} chapters): ${run.seconds.toFixed(1)} s, ${run.pages} pages`);
      runs.push(run);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  return runs;
}
