import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check-content.ts';

describe('npm run check:content', () => {
  it('finds no problem in content/', async () => {
    expect((await checkContent()).problems).toEqual([]);
  });

  describe('on a copy of content/ with four mistakes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kz-check-content-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    cpSync('content', dir, { recursive: true });
    const edit = (file: string, change: (text: string) => string) =>
      writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
    edit('chapters/china.mdx', (t) => t.replace(/^lastReviewed: .*$/m, 'lastReviewed: 29/11/2026'));
    edit('chapters/middle-corridor.mdx', (t) =>
      t.replace('<Fact id="corridor-2023"/>', '<Fact id="corridor-2o23"/>'),
    );
    edit('chapters/west.mdx', (t) => t.replace('</WhatHappenedNext>', ''));
    edit('chapters/opening.mdx', (t) => t.replaceAll('Antić', 'the author'));
    const at = relative(process.cwd(), dir);

    it('lists every one, each once, with the file, the line where there is one, and the fix', async () => {
      const saved = process.env.CONTENT_DIR;
      process.env.CONTENT_DIR = dir;
      try {
        const { problems } = await checkContent(dir);
        expect(problems).toHaveLength(4);
        const find = (pattern: RegExp) => problems.filter((p) => pattern.test(p));
        expect(
          find(
            /chapters\/china\.mdx:\d+ — lastReviewed: "29\/11\/2026" is not a date\n {2}Fix: Write it YYYY-MM-DD/,
          ),
        ).toHaveLength(1);
        expect(
          find(
            /chapters\/middle-corridor\.mdx:\d+ — <Fact id="corridor-2o23">: no fact has this id\n {2}Fix: Did you mean "corridor-2023"\?/,
          ),
        ).toHaveLength(1);
        expect(
          find(
            /chapters\/west\.mdx:\d+ — MDX: Expected a closing tag for `<WhatHappenedNext>`\n {2}Fix: Close it: put <\/WhatHappenedNext>/,
          ),
        ).toHaveLength(1);
        expect(find(/chapters\/opening\.mdx — credit: never names Antić\n {2}Fix: /)).toHaveLength(
          1,
        );
        for (const problem of problems) expect(problem.startsWith(at)).toBe(true);
      } finally {
        if (saved === undefined) delete process.env.CONTENT_DIR;
        else process.env.CONTENT_DIR = saved;
      }
    });

    it('gives the line in the file, frontmatter included', async () => {
      const saved = process.env.CONTENT_DIR;
      process.env.CONTENT_DIR = dir;
      try {
        const { problems } = await checkContent(dir);
        const china = readFileSync(join(dir, 'chapters/china.mdx'), 'utf8').split('\n');
        const corridor = readFileSync(join(dir, 'chapters/middle-corridor.mdx'), 'utf8').split(
          '\n',
        );
        const lineOf = (problem: string | undefined) =>
          Number(/:(\d+) — /.exec(problem ?? '')?.[1]);
        expect(china[lineOf(problems.find((p) => p.includes('china.mdx'))) - 1]).toMatch(
          /^lastReviewed:/,
        );
        expect(
          corridor[lineOf(problems.find((p) => p.includes('middle-corridor.mdx'))) - 1],
        ).toContain('corridor-2o23');
      } finally {
        if (saved === undefined) delete process.env.CONTENT_DIR;
        else process.env.CONTENT_DIR = saved;
      }
    });
  });
});
