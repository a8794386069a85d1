import { describe, expect, it } from 'vitest';
import { idsIn, linksIn, resolveInternal } from '../../src/lib/links.ts';

const site = { origin: 'https://example.org', base: '/' };

describe('links in built pages', () => {
  it('finds hrefs and ids', () => {
    const html =
      '<a class="x" href="/china/#trade">a</a><link href="/x.css"><h2 id="trade">T</h2><a name="old"></a>';
    expect(linksIn(html)).toEqual(['/china/#trade']);
    expect([...idsIn(html)]).toEqual(['trade', 'old']);
  });
  it('resolves relative, absolute and same-page links to site paths', () => {
    expect(resolveInternal('#trade', '/china/', site)).toMatchObject({
      path: '/china/',
      fragment: 'trade',
    });
    expect(resolveInternal('/facts/#x', '/china/', site)).toMatchObject({
      path: '/facts/',
      fragment: 'x',
    });
    expect(resolveInternal('https://example.org/west/', '/print/', site)).toMatchObject({
      path: '/west/',
    });
    expect(resolveInternal('../data/china-trade.csv', '/china/', site)).toMatchObject({
      path: '/data/china-trade.csv',
    });
  });
  it('leaves other origins and schemes alone', () => {
    expect(resolveInternal('https://astanatimes.com/', '/china/', site)).toBeUndefined();
    expect(resolveInternal('mailto:a@b.c', '/china/', site)).toBeUndefined();
  });
  it('strips a base path, so forks under a sub-path are checked the same way', () => {
    expect(
      resolveInternal('/kz/china/#a', '/west/', { origin: 'https://x.github.io', base: '/kz' }),
    ).toMatchObject({ path: '/china/', fragment: 'a' });
  });
});
