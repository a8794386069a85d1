/**
 * The link between code that finds an author's mistake outside a Vite transform (the
 * content loader) and the dev server that shows it in the browser's overlay. The two
 * are loaded by different module runners, so they meet on globalThis.
 */
const KEY = Symbol.for('kz:author-errors');

export type Reporter = (file: string, error: Error | undefined) => void;

/** Called by the dev server (src/integrations/author-errors.ts); never in a build. */
export function setReporter(reporter: Reporter | undefined): void {
  (globalThis as Record<symbol, unknown>)[KEY] = reporter;
}

/** Reports a file's current mistake, or that it has none (undefined). A no-op outside `astro dev`. */
export function reportContentError(file: string, error: Error | undefined): void {
  const reporter = (globalThis as Record<symbol, unknown>)[KEY] as Reporter | undefined;
  reporter?.(file, error);
}
