import { parseDocument } from 'htmlparser2';
import render from 'dom-serializer';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { trimToView, parseTransform, pathBounds } from '../../src/lib/svg-cull.ts';

const svgOf = (markup: string) =>
  parseDocument(markup, { xmlMode: true }).children.find((n) => n.type === 'tag') as Element;

describe('stills: paths outside the picture', () => {
  it('reads translate and scale, in the order SVG applies them, and nothing else', () => {
    expect(parseTransform('translate(-10,20) scale(3)')).toEqual({ kx: 3, ky: 3, tx: -10, ty: 20 });
    expect(parseTransform('scale(2) translate(5,1)')).toEqual({ kx: 2, ky: 2, tx: 10, ty: 2 });
    expect(parseTransform('rotate(45)')).toBeUndefined();
    expect(parseTransform(undefined)).toEqual({ kx: 1, ky: 1, tx: 0, ty: 0 });
  });

  it('bounds straight-line paths only', () => {
    expect(pathBounds('M1,2L5,3H9V-1Z')).toEqual([1, -1, 8, 4]);
    expect(pathBounds('M0,0C1,1 2,2 3,3')).toBeUndefined();
    expect(pathBounds('m0,0l5,5')).toBeUndefined();
  });

  it('drops what lies wholly outside the viewBox, through the group’s zoom, and keeps the rest', () => {
    const svg = svgOf(
      '<svg viewBox="0 0 100 50"><g transform="translate(-100,0) scale(2)">' +
        '<path class="far" d="M0,0L10,10Z"/>' + // x 0–20 → −100…−80: off to the left
        '<path class="edge" d="M40,0L60,10Z"/>' + // x 80–120 → −20…20: across the edge
        '<path class="far" id="named" d="M0,0L10,10Z"/>' + // an id may be referenced: kept
        '<path class="curve" d="M0,0C1,1 2,2 3,3"/>' + // not read: kept
        '</g><g transform="rotate(10)"><path class="turned" d="M900,900L901,901"/></g>' +
        '<defs><path class="def" d="M900,900L901,901"/></defs></svg>',
    );
    expect(trimToView(svg, [0, 0, 100, 50])).toBe(2);
    const out = render(svg, { xmlMode: true });
    expect(out).not.toContain('<path class="far" d=');
    for (const kept of ['edge', 'named', 'curve', 'turned', 'def']) expect(out).toContain(kept);
  });

  it('cuts a shape that crosses the edge to a box just outside the viewBox, and a line to its runs inside', () => {
    const svg = svgOf(
      '<svg viewBox="0 0 100 100">' +
        '<path class="land" d="M50,50L200,50L200,60L50,60Z"/>' +
        '<path class="line" d="M-50,20L50,20L50,-50L60,-50L60,30"/>' +
        '<path class="dashed" style="stroke-dasharray:2 2" d="M50,50L200,50"/>' +
        '<g marker-end="url(#arrow)"><path class="arrow" d="M50,50L200,50"/></g>' +
        '<path class="inside" d="M10,10L20,20"/></svg>',
    );
    expect(trimToView(svg, [0, 0, 100, 100])).toBe(2);
    const out = render(svg, { xmlMode: true });
    // The ring's far side moves to x = 108 (the viewBox plus the 8-unit margin); inside, nothing moves.
    expect(out).toContain('class="land" d="M50,50L108,50L108,60L50,60Z"');
    // Two runs inside: in from the left to (50,20) and up to the top margin; back down from it.
    expect(out).toContain('class="line" d="M-8,20L50,20L50,-8M60,-8L60,30"');
    // Dashes and markers would shift along a cut path: left as they are.
    expect(out).toContain('class="dashed" style="stroke-dasharray:2 2" d="M50,50L200,50"');
    expect(out).toContain('class="arrow" d="M50,50L200,50"');
    expect(out).toContain('class="inside" d="M10,10L20,20"');
  });
});
