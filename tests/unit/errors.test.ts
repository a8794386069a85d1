import { describe, expect, it } from 'vitest';
import { ContentError, unknownId } from '../../src/lib/errors.ts';

describe('unknownId', () => {
  it('says what the id names, where it should be, and the nearest real id', () => {
    const { problem, fix, hint } = unknownId(
      'source',
      'jjtv-2023-4',
      ['jjtv-2023-04', 'antic-2024'],
      'content/data/sources.yaml',
    );
    expect(problem).toBe(
      'names the source "jjtv-2023-4", which is not in content/data/sources.yaml',
    );
    expect(fix).toBe(
      'Did you mean "jjtv-2023-04"? Otherwise add the source to content/data/sources.yaml.',
    );
    expect(hint).toBe('jjtv-2023-04');
  });

  it('asks for the entry or a correction when nothing is close', () => {
    const { fix, hint } = unknownId(
      'place',
      'zzz',
      new Set(['aktau', 'astana']),
      'content/data/places.yaml',
    );
    expect(hint).toBeUndefined();
    expect(fix).toBe('Add the place to content/data/places.yaml, or correct the id.');
  });

  it('reads as one ContentError with the caller’s file, line and field', () => {
    const error = new ContentError({
      file: 'content/data/events.yaml',
      line: 11,
      field: 'event "x" → sources',
      ...unknownId('source', 'antic-2042', ['antic-2024'], 'content/data/sources.yaml'),
    });
    expect(error.message).toBe(
      'content/data/events.yaml:11 — event "x" → sources: names the source "antic-2042", which is not in content/data/sources.yaml\n  Fix: Did you mean "antic-2024"? Otherwise add the source to content/data/sources.yaml.',
    );
  });
});
