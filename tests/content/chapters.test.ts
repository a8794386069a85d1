import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkContentCheck from '../../src/plugins/remark-content-check.ts';
import { chapterSchema } from '../../src/lib/schema.ts';
import { loadLedger } from '../../src/lib/content-dir.ts';
import { orderChapters } from '../../src/lib/chapters.ts';
import { proseText } from '../../src/lib/reading.ts';
import { sharedRuns } from '../../src/lib/shingles.ts';
import { citeIdsIn, factIdsIn } from '../../src/lib/usage.ts';
import { readChapters } from '../support/chapters.ts';

const chapters = readChapters();
const ledger = loadLedger();

describe.each(chapters)('chapter $id', (chapter) => {
  it('has valid frontmatter', () => {
    const result = chapterSchema.safeParse(chapter.frontmatter);
    expect(
      result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    ).toEqual([]);
  });

  it('passes the build’s content check (ids, loose numbers, headings, components; 600–1,500 words, names Antić, a dated update)', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGfm)
      .use(remarkContentCheck);
    const tree = processor.parse({ path: chapter.path, value: chapter.body });
    await expect(
      processor.run(tree, { path: chapter.path, history: [chapter.path] } as never),
    ).resolves.toBeTruthy();
  });

  it('resolves every Fact and Cite id', () => {
    expect(factIdsIn(chapter.body).filter((id) => !ledger.facts.has(id))).toEqual([]);
    expect(citeIdsIn(chapter.body).filter((id) => !ledger.sources.has(id))).toEqual([]);
  });

  it('shares no run of eight words with the source article', () => {
    const hashes = new Set<string>(
      JSON.parse(readFileSync('tests/fixtures/article-shingles.json', 'utf8')).hashes,
    );
    expect(sharedRuns(proseText(chapter.source), hashes)).toEqual([]);
  });
});

describe('the chapters together', () => {
  it('are the files in content/chapters, in order, with no order used twice', () => {
    // No list names the chapters: a new file is a new chapter (its length, credit and update are the build's chapter rules).
    const ordered = orderChapters(
      chapters.map((c) => ({
        id: c.id,
        filePath: c.path,
        data: c.frontmatter as { order: number; draft?: boolean },
      })),
    );
    const published = chapters
      .filter((c) => !(c.frontmatter as { draft?: boolean }).draft)
      .map((c) => c.id);
    expect(ordered.map((c) => c.id).sort()).toEqual(published.sort());
    expect(ordered.length).toBeGreaterThan(0);
  });

  // Every source used and every figure of the article carried: see check-content.test.ts, which runs npm run check:content.
});
