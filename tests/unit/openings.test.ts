import { describe, expect, it } from 'vitest';
import { openingFor } from '../../src/lib/openings.ts';

describe('openingFor', () => {
  it("defaults to the chapter's first figure in its overview", () => {
    expect(openingFor('middle-corridor', {}, 'middle-corridor.mdx')).toEqual({
      figure: 'corridor-route',
      state: 'overview',
    });
  });

  it('falls back to the locator map for a chapter without a figure', () => {
    expect(openingFor('west', {}, 'west.mdx').figure).toBe('locator-map');
  });

  it('takes the frontmatter choice', () => {
    const opening = { figure: 'locator-map', state: 'europe-asia' };
    expect(openingFor('west', { opening }, 'west.mdx')).toEqual(opening);
  });

  it('names the file, the line, the field and the fix for a misspelt state', () => {
    const opening = { figure: 'locator-map', state: 'europe-asai' };
    expect(() => openingFor('west', { opening }, 'west.mdx')).toThrow(
      /content\/chapters\/west\.mdx:\d+: opening\.state "europe-asai" is not a state of locator-map\. Did you mean "europe-asia"\?/,
    );
  });

  it('suggests the nearest figure for a misspelt one', () => {
    const opening = { figure: 'locater-map', state: 'china' };
    expect(() => openingFor('west', { opening }, 'west.mdx')).toThrow(/Did you mean "locator-map"/);
  });
});
