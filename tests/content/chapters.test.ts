import { readFileSync, readdirSync } from 'node:fs';
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
import { citeIdsIn, factIdsIn, sourceUsage } from '../../src/lib/usage.ts';
import { SITE } from '../../src/site.ts';
import { FIGURE_NOTES } from '../../src/lib/figures/index.ts';
import { readChapters } from '../support/chapters.ts';

const chapters = readChapters();
const ledger = loadLedger();

describe.each(chapters)('chapter $id', (chapter) => {
  it('has valid frontmatter', () => {
    const result = chapterSchema.safeParse(chapter.frontmatter);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('passes the build’s content check (ids, loose numbers, headings, components; 600–1,500 words, names Antić, a dated update)', async () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkContentCheck);
    const tree = processor.parse({ path: chapter.path, value: chapter.body });
    await expect(processor.run(tree, { path: chapter.path, history: [chapter.path] } as never)).resolves.toBeTruthy();
  });

  it('resolves every Fact and Cite id', () => {
    expect(factIdsIn(chapter.body).filter((id) => !ledger.facts.has(id))).toEqual([]);
    expect(citeIdsIn(chapter.body).filter((id) => !ledger.sources.has(id))).toEqual([]);
  });

  it('shares no run of eight words with the source article', () => {
    const hashes = new Set<string>(JSON.parse(readFileSync('tests/fixtures/article-shingles.json', 'utf8')).hashes);
    expect(sharedRuns(proseText(chapter.source), hashes)).toEqual([]);
  });
});

describe('the chapters together', () => {
  it('are the files in content/chapters, in order, with no order used twice', () => {
    // No list names the chapters: a new file is a new chapter (its length, credit and update are the build's chapter rules).
    const ordered = orderChapters(chapters.map((c) => ({ id: c.id, filePath: c.path, data: c.frontmatter as { order: number; draft?: boolean } })));
    const published = chapters.filter((c) => !(c.frontmatter as { draft?: boolean }).draft).map((c) => c.id);
    expect(ordered.map((c) => c.id).sort()).toEqual(published.sort());
    expect(ordered.length).toBeGreaterThan(0);
  });

  it('use every source in the sources list', () => {
    const pages = readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.astro'))
      .map((name) => ({ id: `page:${name}`, body: readFileSync(`src/pages/${name}`, 'utf8') }));
    // A figure's source line cites the sources behind its data (coordinates, memberships…).
    const figureSources = Object.values(FIGURE_NOTES).flatMap((prepare) => prepare(ledger).sources);
    const usage = sourceUsage(ledger, [...chapters, ...pages], [SITE.originalSourceId, ...figureSources]);
    const unused = [...usage].filter(([, usedBy]) => usedBy.size === 0).map(([id]) => id);
    expect(unused, 'Sources nobody cites: cite them in a chapter or remove them from content/data/sources.yaml').toEqual([]);
  });

  it('carry every figure of the article', () => {
    const used = new Set(chapters.flatMap((c) => factIdsIn(c.body)));
    const articleFacts = [...ledger.facts.values()].filter((f) => f.sources.includes(SITE.originalSourceId)).map((f) => f.id);
    expect(articleFacts.length).toBeGreaterThan(10);
    expect(articleFacts.filter((id) => !used.has(id))).toEqual([]);
  });
});
