import { expect } from 'vitest';
import { ContentError } from '../../src/lib/errors.ts';

/** Runs `fn`, which must throw a ContentError, and returns it for the message checks. */
export function contentErrorOf(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected a ContentError');
}
