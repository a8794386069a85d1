import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, requireDist } from '../support/dist.ts';

/**
 * Every built page must pass html-validate with the project's .htmlvalidate.json,
 * found the way the CLI finds it (from the file upwards). It extends
 * html-validate:recommended and html-validate:document (the extra rules for whole
 * pages: labels, heading levels, id references, doctype, SRI), with two rule
 * options and nothing switched off (JSON allows no comments, so the reasons are here):
 * - no-redundant-role allows role="list": lists styled with list-style: none lose
 *   their list semantics in Safari/VoiceOver unless the role is repeated.
 * - require-sri asks for integrity="…" on cross-origin resources only; every script
 *   and stylesheet here is same-origin, content-hashed and limited by the CSP.
 */
const validator = new HtmlValidate(new FileSystemConfigLoader());

const htmlFiles = existsSync(join(DIST, 'index.html'))
  ? readdirSync(DIST, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(DIST, f))
      .sort()
  : [];

/** file:line:column  rule  message  (selector), the way an editor or CI log can jump to it. */
function describeMessage(file: string, m: Message): string {
  return `${relative('.', file)}:${m.line}:${m.column}  ${m.ruleId}  ${m.message}${m.selector ? `  (at ${m.selector})` : ''}`;
}

describe('HTML validity (html-validate)', () => {
  it('has a built site to check', () => {
    requireDist();
    expect(htmlFiles.length).toBeGreaterThan(0);
  });

  it('catches real mistakes with the project config (the gate is not empty)', async () => {
    // Validated as if it were a page in dist/, so the same config applies.
    const report = await validator.validateString(
      '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><h1>T</h1><h3>Skipped a level</h3>' +
        '<p id="a">x</p><p id="a">y</p><a href="/"><button type="button">b</button></a><input type="text" name="q">' +
        '<section aria-labelledby="nowhere"></section><ul role="list"><li>allowed</li></ul></main></body></html>',
      join(DIST, 'gate-check.html'),
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId)).sort();
    expect(rules).toEqual([
      'element-permitted-content',
      'heading-level',
      'input-missing-label',
      'no-dup-id',
      'no-missing-references',
    ]);
  });

  it.each(htmlFiles.map((file) => [relative(DIST, file), file] as const))(
    '%s has no html-validate errors',
    async (_name, file) => {
      const report = await validator.validateFile(file);
      const messages = report.results.flatMap((r) =>
        r.messages.map((m) => describeMessage(file, m)),
      );
      expect(
        messages,
        `html-validate found ${messages.length} problem(s) in ${file}:\n${messages.join('\n')}`,
      ).toEqual([]);
    },
  );
});
