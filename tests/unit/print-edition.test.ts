import { describe, expect, it } from 'vitest';
import { prepareChapterHtml } from '../../src/lib/print-edition.ts';

const prep = (html: string) =>
  prepareChapterHtml(html, { prefix: 'china', origin: 'https://example.org' });

describe('preparing a chapter for the print edition', () => {
  it('prefixes ids and every reference to them', () => {
    const html =
      '<h2 id="trade">Trade</h2><a href="#trade">up</a><svg aria-labelledby="t d"><title id="t">T</title><rect fill="url(#hatch)"/><use xlink:href="#m"/></svg><label for="x">X</label>';
    const out = prep(html);
    expect(out).toContain('id="china--trade"');
    expect(out).toContain('href="#china--trade"');
    expect(out).toContain('aria-labelledby="china--t china--d"');
    expect(out).toContain('fill="url(#china--hatch)"');
    expect(out).toContain('xlink:href="#china--m"');
    expect(out).toContain('for="china--x"');
  });
  it('makes site links absolute and leaves outside links alone', () => {
    const out = prep('<a href="/facts/#x">ledger</a> <a href="https://astanatimes.com/a">AT</a>');
    expect(out).toContain('href="https://example.org/facts/#x" data-site-link');
    expect(out).toContain('href="https://astanatimes.com/a"');
  });
  it('moves headings one level down, but not other tags that start with h', () => {
    expect(prep('<h2 id="a">A</h2><h3>B</h3><header><hr></header>')).toBe(
      '<h3 id="china--a">A</h3><h4>B</h4><header><hr></header>',
    );
  });
  it('does not touch data attributes that end in id', () => {
    expect(prep('<span data-id="x"></span>')).toBe('<span data-id="x"></span>');
  });
});
