import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chapterSkeleton, compareSkeletons } from '../../src/lib/translation-parity.ts';
import { checkTranslations } from '../../src/lib/translations.ts';

const chapter = (body: string, frontmatter = 'lastReviewed: 2026-12-01') =>
  `---\ntitle: "T"\n${frontmatter}\n---\n\n${body}\n`;

const ENGLISH = chapter(`Trade reached <Fact id="trade-2023"/> <Cite id="trend-2024"/>.

<WhoseView who="moscow">

Moscow says so <Cite id="tass-2023"/>.

</WhoseView>

<Scrolly figure="china-trade" title="T" caption="C">
<Step show="overview" description="D">

A <Term id="dry-port">dry port</Term>.

</Step>
</Scrolly>`);

describe('chapterSkeleton', () => {
  it('lists the shared components in order, with file lines', () => {
    const skeleton = chapterSkeleton(ENGLISH);
    expect(skeleton.items.map((i) => i.label)).toEqual([
      '<Fact id="trade-2023">',
      '<Cite id="trend-2024">',
      '<WhoseView who="moscow">',
      '<Cite id="tass-2023">',
      '<Scrolly figure="china-trade">',
      '<Step show="overview">',
      '<Term id="dry-port">',
    ]);
    // Line 6 of the file: four lines of frontmatter and a blank line come first.
    expect(skeleton.items[0]!.line).toBe(6);
    expect(skeleton.lastReviewed).toBe('2026-12-01');
  });
});

describe('compareSkeletons', () => {
  it('finds nothing when only the words differ', () => {
    const russian = ENGLISH.replace('Trade reached', 'Товарооборот достиг').replace(
      'dry port',
      'сухой порт',
    );
    expect(compareSkeletons(chapterSkeleton(ENGLISH), chapterSkeleton(russian))).toEqual([]);
  });

  it('reports one missing fact once, with its line in the original', () => {
    const russian = ENGLISH.replace('<Fact id="trade-2023"/> ', '');
    const problems = compareSkeletons(chapterSkeleton(ENGLISH), chapterSkeleton(russian));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      kind: 'missing',
      label: '<Fact id="trade-2023">',
      originalLine: 6,
    });
  });

  it('reports an extra step and a changed state', () => {
    const russian = ENGLISH.replace('<Step show="overview"', '<Step show="investment"');
    const kinds = compareSkeletons(chapterSkeleton(ENGLISH), chapterSkeleton(russian)).map(
      (p) => `${p.kind} ${p.label}`,
    );
    expect(kinds).toEqual(['extra <Step show="investment">', 'missing <Step show="overview">']);
  });

  it('reports a reordered callout', () => {
    const moved =
      ENGLISH.replace(/<WhoseView who="moscow">[\s\S]*?<\/WhoseView>\n\n/, '') +
      '\n<WhoseView who="moscow">\n\nM <Cite id="tass-2023"/>.\n\n</WhoseView>\n';
    const problems = compareSkeletons(chapterSkeleton(ENGLISH), chapterSkeleton(moved));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.label.includes('moscow') || p.label.includes('tass'))).toBe(
      true,
    );
  });
});

describe('checkTranslations', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const setup = (files: Record<string, string>) => {
    dir = mkdtempSync(join(tmpdir(), 'kz-parity-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  };

  it('names both files and the line when a translation drifts', () => {
    const root = setup({
      'china.mdx': ENGLISH,
      'ru/china.mdx': ENGLISH.replace('<Cite id="trend-2024"/>', ''),
    });
    expect(() => checkTranslations(root, [{ code: 'ru', status: 'published' }])).toThrow(
      /ru\/china\.mdx:6 — translation parity: does not carry the same components as .*china\.mdx:\n {2}- missing: <Cite id="trend-2024"> \(.*china\.mdx:6\)/,
    );
  });

  it('refuses a translation without an original, with a suggestion', () => {
    const root = setup({ 'china.mdx': ENGLISH, 'ru/chna.mdx': ENGLISH });
    expect(() => checkTranslations(root, [{ code: 'ru', status: 'draft' }])).toThrow(
      /ru\/chna\.mdx — translation: has no English original[\s\S]*Did you mean china\.mdx\?/,
    );
  });

  it('requires every chapter once an edition is published, but not while it is a draft', () => {
    const root = setup({ 'china.mdx': ENGLISH, 'west.mdx': ENGLISH, 'ru/china.mdx': ENGLISH });
    expect(() => checkTranslations(root, [{ code: 'ru', status: 'published' }])).toThrow(
      /west\.mdx — translation: has no ru translation/,
    );
    expect(() => checkTranslations(root, [{ code: 'ru', status: 'draft' }])).not.toThrow();
  });

  it('refuses a folder that is no edition', () => {
    const root = setup({ 'china.mdx': ENGLISH, 'rus/china.mdx': ENGLISH });
    expect(() => checkTranslations(root, [{ code: 'ru', status: 'draft' }])).toThrow(
      /"rus" is not an edition[\s\S]*Did you mean "ru"\?/,
    );
  });

  it('marks a translation reviewed before its original as behind', () => {
    const root = setup({
      'china.mdx': ENGLISH,
      'ru/china.mdx': ENGLISH.replace('2026-12-01', '2026-11-01'),
    });
    const report = checkTranslations(root, [{ code: 'ru', status: 'draft' }]);
    expect([...report.behind.get('ru')!]).toEqual(['china']);
  });
});
