import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';

export interface BuiltSite {
  browser: Browser;
  /** Where dist/ is served, e.g. http://127.0.0.1:41234 */
  url: string;
}

/** Serves dist/ and starts Chromium once for a test file, and stops both after it. */
export function useBuiltSite(options: { headers?: boolean } = {}): BuiltSite {
  const site = {} as BuiltSite;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const server = await serveStatic('dist', options);
    close = server.close;
    site.url = server.url;
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await close?.();
  });
  return site;
}

/** A page in a fresh browser context, opened at `path`, with every console error and uncaught exception it reports. */
export async function openPage(
  site: BuiltSite,
  path: string,
  options: BrowserContextOptions,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url + path, { waitUntil: 'load' });
  return { context, page, errors };
}
