/**
 * The pieces that put an author's mistake in front of them: the frontmatter line,
 * the MDX parser's messages in our words, the links a chapter may use, and what
 * the dev server sends to the browser's overlay.
 */
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { z } from 'astro/zod';
import {
  ContentError,
  forAuthors,
  frontmatterLine,
  fromMdxParseError,
} from '../../src/lib/errors.ts';
import { frontmatterError } from '../../src/lib/checked-loader.ts';
import { reportContentError, setReporter } from '../../src/lib/author-report.ts';
import {
  authorError,
  isNoise,
  locationOf,
  overlayPayload,
} from '../../src/integrations/author-errors.ts';
import { anchorsOf, headingIds, sitePages } from '../../src/lib/link-targets.ts';
import { yamlSyntaxError } from '../../src/lib/yaml-list.ts';

const CHAPTER = [
  '---',
  'title: "China"',
  'order: 3',
  'lastReviewed: 29/11/2026',
  'selfCheck:',
  '  - question: "Why?"',
  '    answer: "Because."',
  '  - question: "How?"',
  '---',
  '',
  'Text.',
].join('\n');

const parseError = (mdx: string): unknown => {
  try {
    unified().use(remarkParse).use(remarkMdx).parse(mdx);
  } catch (error) {
    return error;
  }
  throw new Error('expected the MDX parser to fail');
};

describe('frontmatterLine', () => {
  it('finds a top-level field, counting the opening ---', () =>
    expect(frontmatterLine(CHAPTER, ['lastReviewed'])).toBe(4));
  it('finds a nested field', () =>
    expect(frontmatterLine(CHAPTER, ['selfCheck', 0, 'answer'])).toBe(7));
  it('falls back to the nearest field that exists', () =>
    expect(frontmatterLine(CHAPTER, ['selfCheck', 1, 'answer'])).toBe(8));
  it('gives nothing for a field that is not there', () =>
    expect(frontmatterLine(CHAPTER, ['navLabel'])).toBeUndefined());
});

describe('frontmatterError', () => {
  it('names the file, the line of the field, the problem and the fix', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'kz-fm-')), 'china.mdx');
    writeFileSync(file, CHAPTER);
    const schema = z.object({
      lastReviewed: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'is not a date. Write it YYYY-MM-DD' }),
    });
    const error = frontmatterError(file, { lastReviewed: '29/11/2026' }, schema)!;
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toMatch(
      /china\.mdx:4 — lastReviewed: is not a date\n {2}Fix: Write it YYYY-MM-DD/,
    );
  });
});

describe('fromMdxParseError', () => {
  it('an unclosed component', () => {
    const error = fromMdxParseError(
      parseError('Text.\n\n<WhatHappenedNext date="2025">\n\nNews.\n'),
      'opening.mdx',
    )!;
    expect(error.message).toMatch(
      /^opening\.mdx:3 — <WhatHappenedNext>: is opened here but never closed\n {2}Fix: Add <\/WhatHappenedNext>/,
    );
  });
  it('a Fact without "/>"', () => {
    const error = fromMdxParseError(parseError('Trade was <Fact id="x"> in 2023.\n'), 'china.mdx')!;
    expect(error.message).toMatch(
      /^china\.mdx:1 — <Fact>: is not closed: it ends in ">" instead of "\/>"/,
    );
  });
  it('an unmatched brace', () => {
    const error = fromMdxParseError(parseError('One\n\nTrade {grew fast.\n'), 'china.mdx')!;
    expect(error.message).toMatch(/^china\.mdx:3 — prose: has a "\{" or "\}"/);
  });
  it('leaves other errors alone', () =>
    expect(fromMdxParseError(new Error('boom'), 'x.mdx')).toBeUndefined());
});

describe('forAuthors and the overlay', () => {
  const error = () =>
    new ContentError({
      file: 'content/chapters/china.mdx',
      line: 6,
      field: 'lastReviewed',
      problem: 'is not a date',
      fix: 'Write it YYYY-MM-DD.',
    });

  it('drops the stack and the location for the build log', () => {
    const e = forAuthors(Object.assign(error(), { loc: { file: 'elsewhere.mdx', line: 80 } }), {
      dev: false,
    });
    expect(e.stack).toBe('');
    expect('loc' in e).toBe(false);
  });

  it('re-pins an error the MDX plugin renamed on the file its message names', () => {
    const e = Object.assign(
      new Error(
        new ContentError({
          file: 'content/data/facts.yaml',
          line: 18,
          field: 'YAML indentation',
          problem: 'p',
          fix: 'f',
        }).message,
      ),
      { name: 'MDXError', loc: { file: '/x/content/chapters/west.mdx', line: 80 } },
    );
    const out = authorError(e, '/x/content/chapters/west.mdx', true)!;
    expect(out.name).toBe('ContentError');
    expect((out as unknown as { loc: { file: string; line: number } }).loc).toMatchObject({
      file: expect.stringMatching(/content\/data\/facts\.yaml$/),
      line: 18,
    });
    expect(out.stack).toBe('');
  });

  it('sends the message, the file and the line to the overlay', () => {
    const payload = overlayPayload(error());
    expect(payload.type).toBe('error');
    expect(payload.err.message).toMatch(
      /^content\/chapters\/china\.mdx:6 — lastReviewed: is not a date\n {2}Fix: Write it YYYY-MM-DD\./,
    );
    expect(payload.err.loc).toMatchObject({
      file: expect.stringMatching(/content\/chapters\/china\.mdx$/),
      line: 6,
    });
    expect(payload.err.stack).toBe('');
  });

  it('reports loader errors to the dev server, and nothing when there is none', () => {
    const seen: Array<[string, string | undefined]> = [];
    reportContentError('a.mdx', error());
    setReporter((file, e) => seen.push([file, e?.message]));
    reportContentError('a.mdx', error());
    reportContentError('a.mdx', undefined);
    setReporter(undefined);
    expect(seen).toEqual([
      ['a.mdx', error().message],
      ['a.mdx', undefined],
    ]);
  });

  it('locationOf reads file and line from a message', () =>
    expect(locationOf(error().message)).toMatchObject({ line: 6 }));

  it('silences only Astro’s head-inject directive warning', () => {
    expect(
      isNoise({
        code: 'MODULE_LEVEL_DIRECTIVE',
        message:
          'The semantics of the module level directive "use astro:head-inject" in "x.mdx" may not be preserved',
      }),
    ).toBe(true);
    expect(isNoise({ code: 'MODULE_LEVEL_DIRECTIVE', message: '"use client" in x.js' })).toBe(
      false,
    );
    expect(isNoise({ code: 'CIRCULAR_DEPENDENCY', message: 'x' })).toBe(false);
  });
});

describe('anchors a chapter gives', () => {
  const tree = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .parse(
      '## The Middle Corridor\n\n## Antić’s thesis\n\n## The Middle Corridor\n\n<WhatHappenedNext date="2025-09-24">\n\nX.\n\n</WhatHappenedNext>\n',
    ) as Root;
  it('slugs headings as Astro does, numbering repeats', () =>
    expect(headingIds(tree)).toEqual([
      'the-middle-corridor',
      'antićs-thesis',
      'the-middle-corridor-1',
    ]));
  it('includes update boxes', () => expect(anchorsOf(tree).has('update-2025-09-24')).toBe(true));
});

describe('the pages a chapter may link to', () => {
  // The chapters have two routes, [chapter] and [text]: neither may leave the whole site unchecked.
  it('lists every chapter and checks links under / in dev', () => {
    const { paths, open } = sitePages();
    expect(paths.has('/west/')).toBe(true);
    expect(paths.has('/china/')).toBe(true);
    expect(open).not.toContain('/');
  });
});

describe('yamlSyntaxError', () => {
  it('blames the over-indented line, not the entry above it', () => {
    const text = '- id: a\n   label: "x"\n';
    const error = yamlSyntaxError(
      { path: 'content/data/facts.yaml', text },
      1,
      'Nested mappings are not allowed in compact mappings at line 1, column 7:',
      'BLOCK_AS_IMPLICIT_KEY',
    );
    expect(error.message).toMatch(
      /^content\/data\/facts\.yaml:2 — YAML indentation: this line is indented 3 spaces, but the field above it 2/,
    );
  });
});
