/** Size budgets in bytes, read from dist/ (never timings). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUDGET,
  gzipSize,
  inlineSvg,
  moduleImports,
  renderBlockingUrls,
  scriptSources,
} from '../support/budget.ts';
import { readChapters } from '../support/chapters.ts';
import { builtPages, readPage, DIST } from '../support/dist.ts';

/** All modules a page loads, following static imports between chunks. */
function pageModules(html: string): string[] {
  const seen = new Set<string>();
  const queue = scriptSources(html).filter((src) => src.startsWith('/'));
  while (queue.length) {
    const src = queue.shift()!;
    if (seen.has(src)) continue;
    seen.add(src);
    const file = join(DIST, src);
    if (!existsSync(file)) throw new Error(`${src} is referenced but not in dist/`);
    for (const imported of moduleImports(readFileSync(file, 'utf8')))
      queue.push(posix.join(dirname(src), imported));
  }
  return [...seen];
}

describe('byte budgets', () => {
  it.each(builtPages())(
    `%s loads at most ${BUDGET.jsGzip / 1024} KB of JavaScript (gzip) and at most ${BUDGET.svgGzip / 1024} KB of SVG (gzip)`,
    (path) => {
      const html = readPage(path);
      const js = pageModules(html).reduce(
        (sum, src) => sum + gzipSize(readFileSync(join(DIST, src))),
        0,
      );
      expect(js, `JavaScript on ${path}: ${js} bytes gzip`).toBeLessThanOrEqual(BUDGET.jsGzip);
      // The print edition carries all six figures on one page; its whole HTML has its own budget below.
      if (/^(\/[a-z]{2})?\/print\/$/.test(path)) return;
      const svg = gzipSize(inlineSvg(html));
      expect(svg, `inline SVG on ${path}: ${svg} bytes gzip`).toBeLessThanOrEqual(BUDGET.svgGzip);
    },
  );

  it.each(builtPages())('%s blocks rendering on nothing from another origin', (path) => {
    const blocking = renderBlockingUrls(readPage(path));
    expect(blocking.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
  });

  it.each(readChapters().map((c) => `/${c.id}/`))(
    'chapter %s stays within its HTML budget (gzip, figures included)',
    (path) => {
      const size = gzipSize(readPage(path));
      expect(size, `${path}: ${size} bytes gzip`).toBeLessThanOrEqual(BUDGET.chapterHtmlGzip);
    },
  );

  it('the print edition stays within eight chapters’ budget', () => {
    expect(gzipSize(readPage('/print/'))).toBeLessThanOrEqual(BUDGET.printHtmlGzip);
  });

  it('finds the figure scripts it measures', () => {
    expect(pageModules(readPage('/middle-corridor/')).length).toBeGreaterThan(0);
  });
});
