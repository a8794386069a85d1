import type { Page } from 'playwright-core';

/**
 * The page's cumulative layout shift once it has gone quiet: fonts are in, and no shift has come
 * for `quietMs` (the island's work after load, a late font, a lazy image). A single frame after
 * load, as before, can end the count before a late shift happens. `capMs` bounds a page that
 * never settles; its total so far is returned, so the test fails on it rather than hanging.
 */
export async function settledLayoutShift(page: Page, quietMs = 500, capMs = 5000): Promise<number> {
  return page.evaluate(
    async ({ quietMs, capMs }) => {
      await document.fonts.ready;
      return new Promise<number>((resolve) => {
        let total = 0;
        let quiet: ReturnType<typeof setTimeout>;
        const done = () => {
          observer.disconnect();
          clearTimeout(cap);
          resolve(total);
        };
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            total += (entry as PerformanceEntry & { value: number }).value;
          clearTimeout(quiet);
          quiet = setTimeout(done, quietMs);
        });
        observer.observe({ type: 'layout-shift', buffered: true });
        quiet = setTimeout(done, quietMs);
        const cap = setTimeout(done, capMs);
      });
    },
    { quietMs, capMs },
  );
}
