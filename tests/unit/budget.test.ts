import { describe, expect, it } from 'vitest';
import { gzipSize, inlineSvg, moduleImports, scriptSources } from '../support/budget.ts';

describe('budget helpers', () => {
  it('finds the scripts and preloads a page loads', () => {
    const html =
      '<link rel="modulepreload" href="/_astro/a.js"><script type="module" src="/_astro/b.js"></script><script>inline()</script>';
    expect(scriptSources(html)).toEqual(['/_astro/b.js', '/_astro/a.js']);
  });

  it('follows static imports in minified chunks', () => {
    expect(
      moduleImports(
        'import{a as b}from"./chunk.AbC.js";import"./side.js";export{c}from"./re.js";const x="y.js"',
      ),
    ).toEqual(['./chunk.AbC.js', './side.js', './re.js']);
  });

  it('measures inline SVG only', () => {
    expect(inlineSvg('<p>x</p><svg a="1"><path d="M0"/></svg><svg></svg>')).toBe(
      '<svg a="1"><path d="M0"/></svg><svg></svg>',
    );
    expect(gzipSize('a'.repeat(1000))).toBeLessThan(100);
  });
});
