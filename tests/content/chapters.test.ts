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
import { countWords, proseText } from '../../src/lib/reading.ts';
import { sharedRuns } from '../../src/lib/shingles.ts';
import { citeIdsIn, factIdsIn, sourceUsage } from '../../src/lib/usage.ts';
import { SITE } from '../../src/site.ts';
import { FIGURES } from '../../src/figures/index.ts';
import { readChapters } from '../support/chapters.ts';

const chapters = readChapters();
const ledger = loadLedger();

describe.each(chapters)('chapter $id', (chapter) => {
  it('has valid frontmatter', () => {
    const result = chapterSchema.safeParse(chapter.frontmatter);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('passes the build’s content check (ids, loose numbers, headings, components)', async () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkContentCheck);
    const tree = processor.parse({ path: chapter.path, value: chapter.body });
    await expect(processor.run(tree, { path: chapter.path, history: [chapter.path] } as never)).resolves.toBeTruthy();
  });

  it('resolves every Fact and Cite id', () => {
    expect(factIdsIn(chapter.body).filter((id) => !ledger.facts.has(id))).toEqual([]);
    expect(citeIdsIn(chapter.body).filter((id) => !ledger.sources.has(id))).toEqual([]);
  });

  it('has 600–1,200 words of prose', () => {
    const words = countWords(proseText(chapter.source));
    expect(words).toBeGreaterThanOrEqual(600);
    expect(words).toBeLessThanOrEqual(1200);
  });

  it('shares no run of eight words with the source article', () => {
    const hashes = new Set<string>(JSON.parse(readFileSync('tests/fixtures/article-shingles.json', 'utf8')).hashes);
    expect(sharedRuns(proseText(chapter.source), hashes)).toEqual([]);
  });

  it('attributes claims: names Antić and carries a dated update', () => {
    expect(chapter.body).toMatch(/Antić/);
    expect(chapter.body).toMatch(/<WhatHappenedNext date="\d{4}(-\d{2}){0,2}"/);
  });
});

describe('the chapters together', () => {
  it('are the eight chapters of the brief, in order, with no order used twice', () => {
    const ordered = orderChapters(chapters.map((c) => ({ id: c.id, filePath: c.path, data: c.frontmatter as { order: number } })));
    expect(ordered.map((c) => c.id)).toEqual(['opening', 'russia', 'china', 'west', 'middle-corridor', 'chairmanships', 'astana-forum', 'conclusion']);
  });

  it('use every source in the sources list', () => {
    const pages = readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.astro'))
      .map((name) => ({ id: `page:${name}`, body: readFileSync(`src/pages/${name}`, 'utf8') }));
    // A figure's source line cites the sources behind its data (coordinates, memberships…).
    const figureSources = FIGURES.flatMap((figure) => figure.prepare(ledger).sources);
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
