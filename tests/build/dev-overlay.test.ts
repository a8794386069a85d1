/**
 * `astro dev` on a copy of content/: a frontmatter mistake, which Astro itself only
 * logs in the terminal, reaches the browser's error overlay with its file and line,
 * is shown again to a page that loads while it is unfixed, and clears when fixed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../support/dev-server.ts';

let server: DevServer;

/** Astro escapes the message for the overlay, which shows it as HTML. */
const text = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

beforeAll(async () => {
  server = await startDevServer();
  // The first render compiles everything; do it before the timed steps.
  const warm = await fetch(`${server.url}/china/`, { signal: AbortSignal.timeout(150_000) });
  expect(warm.status).toBe(200);
}, 240_000);

afterAll(async () => {
  await server?.stop();
});

describe('the dev overlay', () => {
  it('shows a bad frontmatter value with its line, on every page load, until it is fixed', async () => {
    const file = join(server.content, 'chapters/china.mdx');
    const original = readFileSync(file, 'utf8');
    const line = original.split('\n').findIndex((l) => l.startsWith('lastReviewed:')) + 1;
    const open = await server.connect();
    writeFileSync(file, original.replace(/^lastReviewed: .*$/m, 'lastReviewed: 29/11/2026'));
    const shown = await open.next((m) => m.type === 'error');
    expect(text(shown.err!.message)).toMatch(
      new RegExp(
        `content/chapters/china\\.mdx:${line} — lastReviewed: "29/11/2026" is not a date\\n {2}Fix: Write it YYYY-MM-DD`,
      ),
    );
    // (Astro re-roots a path outside the project, as this fixture's is, so only its end is checked.)
    expect(shown.err!.loc).toMatchObject({
      file: expect.stringMatching(/content\/chapters\/china\.mdx$/),
      line,
    });

    // A page opened (or reloaded) now gets the same message as soon as it connects.
    const later = await server.connect();
    const again = await later.next((m) => m.type === 'error');
    expect(text(again.err!.message)).toBe(text(shown.err!.message));

    writeFileSync(file, original);
    await open.next((m) => m.type === 'full-reload');
    open.close();
    later.close();
    // Printed in the terminal once (Astro's loader logs it), with no stack trace.
    expect(server.output().match(/lastReviewed: "29\/11\/2026" is not a date/g) ?? []).toHaveLength(
      1,
    );
    expect(server.output()).not.toMatch(/Stack trace|^\s+at .*:\d+:\d+\)?$/m);
  }, 90_000);

  it('shows an MDX syntax error in our words', async () => {
    const file = join(server.content, 'chapters/china.mdx');
    const original = readFileSync(file, 'utf8');
    const open = await server.connect();
    writeFileSync(file, original.replace(/\n\n(## )/, '\n\nTrade {grew fast.\n\n$1'));
    try {
      // Astro answers 500 and sends the error to the page's overlay.
      const response = await fetch(`${server.url}/china/`, { signal: AbortSignal.timeout(80_000) });
      expect(response.status).toBe(500);
      const shown = await open.next(
        (m) => m.type === 'error' && /prose/.test(m.err?.message ?? ''),
        30_000,
      );
      expect(text(shown.err!.message)).toMatch(
        /content\/chapters\/china\.mdx:\d+ — prose: has a "\{" or "\}", which MDX reads as the start of code\n {2}Fix: Rephrase without braces/,
      );
      expect(shown.err!.message).not.toMatch(
        /Could not parse expression|Unexpected end of file in expression/,
      );
    } finally {
      writeFileSync(file, original);
      open.close();
    }
  }, 120_000);
});
