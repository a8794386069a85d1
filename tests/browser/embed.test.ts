/**
 * Embeds: /embed/<figure>/ loads inside an <iframe> on another origin (a second local server),
 * while an ordinary page refuses to be framed, as dist/_headers says.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { requireDist } from '../support/dist.ts';
import { serveStatic } from '../support/static-server.ts';
import { FIGURES } from '../../src/figures/index.ts';

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
let other: Server;
let otherUrl: string;

beforeAll(async () => {
  requireDist();
  site = await serveStatic('dist', { headers: true });
  // A second origin: another port, serving one page that frames whatever ?src= names.
  other = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><title>host</title><iframe src="${src}" width="800" height="700"></iframe>`,
      );
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((resolve) => other?.close(resolve));
});

async function framed(path: string): Promise<{ loaded: boolean; figure: boolean }> {
  const page = await browser.newPage();
  try {
    const src = new URL(path, site.url).href;
    expect(new URL(src).origin).not.toBe(new URL(otherUrl).origin);
    await page.goto(`${otherUrl}?src=${encodeURIComponent(src)}`);
    await page.waitForTimeout(1500);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (!frame || !frame.url().startsWith(site.url)) return { loaded: false, figure: false };
    const figure = await frame
      .evaluate(() => Boolean(document.querySelector('figure.scrolly svg.figure__svg')))
      .catch(() => false);
    return { loaded: true, figure };
  } finally {
    await page.close();
  }
}

describe('embeds', () => {
  it.each(FIGURES.flatMap((f) => [`/embed/${f.id}/`, `/ru/embed/${f.id}/`]))(
    '%s loads, with its figure, framed by another origin',
    async (path) => {
      expect(await framed(path)).toEqual({ loaded: true, figure: true });
    },
  );

  it.each(['/', '/russia/', '/about/', '/ru/russia/'])('%s refuses to be framed', async (path) => {
    expect((await framed(path)).figure).toBe(false);
    const page = await browser.newPage();
    try {
      const body = await page.goto(
        `${otherUrl}?src=${encodeURIComponent(new URL(path, site.url).href)}`,
      );
      expect(body?.ok()).toBe(true);
      await page.waitForTimeout(1000);
      const frame = page.frames().find((f) => f !== page.mainFrame())!;
      const readable = await frame.evaluate(() => document.title).catch(() => null);
      expect(readable ?? '', `${path} rendered inside a frame from another origin`).not.toMatch(
        /balancing act/,
      );
    } finally {
      await page.close();
    }
  });
});
