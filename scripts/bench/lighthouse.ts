/**
 * Lighthouse on a few representative pages, with its defaults: mobile form
 * factor and simulated throttling (a mid-range phone on a slow 4G link). The
 * site is served from dist/ with gzip, as a real static host would send it,
 * so transfer sizes and timings are not inflated by uncompressed text.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/support/chromium.ts';
import { DIST } from '../../tests/support/dist.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

/**
 * The pages we audit: the home page, two text chapters (the first is the one the first-visit
 * targets are for), the chapter with the most figures, the teacher guide, and an embed page
 * (a figure alone, as another site frames it: its map is the heaviest drawing on the site).
 */
export const LIGHTHOUSE_PAGES = [
  { name: 'home', path: '/' },
  { name: 'text chapter', path: '/opening/' },
  { name: 'text chapter', path: '/west/' },
  { name: 'most figures', path: '/middle-corridor/' },
  { name: 'teacher guide', path: '/teachers/' },
  { name: 'embed', path: '/embed/corridor-route/' },
];

/** Issue 11's first-visit targets: a text chapter's transfer, its fonts and its LCP; a figure chapter's transfer over its floor. */
export const FIRST_VISIT = {
  textTransfer: 45 * 1024,
  textFonts: 30 * 1024,
  textLcpMs: 1200,
  figureOverFloor: 60 * 1024,
} as const;

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export type LighthouseResult =
  | { name: string; path: string; skipped: string }
  | {
      name: string;
      path: string;
      /** 0–100, or null when Lighthouse could not score a category. */
      scores: Record<Category, number | null>;
      fcpMs: number;
      lcpMs: number;
      tbtMs: number;
      cls: number;
      transferBytes: number;
      /** Fonts the browser really fetched: a check on the estimate in fonts.ts. */
      fontBytes: number;
      fontFiles: string[];
      /** Scripts fetched, and the main-thread time Lighthouse spent on them (bootup-time). */
      scriptBytes: number;
      scriptFiles: number;
      scriptMs: number;
      requests: number;
      /** Audits that kept a category below 100, to say what to fix. */
      failing: string[];
      warnings: string[];
      /** How many runs the median was taken from, and the performance scores of all of them. */
      runs: number;
      performanceRuns: Array<number | null>;
    };

export type Audit = Omit<
  Extract<LighthouseResult, { scores: unknown }>,
  'name' | 'path' | 'runs' | 'performanceRuns'
>;

/** Fails early, with the fix, when there is no browser. */
export function requireChromium(): string {
  try {
    return chromiumPath();
  } catch (error) {
    throw new Error(
      `Lighthouse needs Chromium, and none was found.\n  On Debian/Ubuntu: apt-get update && apt-get install -y chromium (with sudo if you are not root).\n  Elsewhere: set CHROMIUM_PATH to a Chromium or Chrome executable.\n(${(error as Error).message.split('\n')[0]})`,
    );
  }
}

interface NetworkItem {
  url?: string;
  resourceType?: string;
  transferSize?: number;
}

async function auditOnce(url: string, chromePath: string): Promise<Audit> {
  // Imported here, not at the top: they are installed on first use (see install.ts).
  const chromeLauncher = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  // A fresh browser per page, so one page's cache never helps the next.
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: CHROMIUM_ARGS,
    logLevel: 'silent',
  });
  try {
    const run = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = run;
    if (lhr.runtimeError)
      throw new Error(
        `Lighthouse could not load ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
      );
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [
        c,
        lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100),
      ]),
    ) as Record<Category, number | null>;
    const network =
      (lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ??
      [];
    const fonts = network.filter((r) => r.resourceType === 'Font');
    const scripts = network.filter((r) => r.resourceType === 'Script');
    // Audits with a weight in a category that scored below 1 (performance metrics included).
    const failing = CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map(
          (ref) =>
            `${c}: ${lhr.audits[ref.id]!.title} (${Math.round((lhr.audits[ref.id]!.score ?? 0) * 100)})`,
        ),
    );
    return {
      scores,
      fcpMs: numeric('first-contentful-paint'),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      transferBytes: numeric('total-byte-weight'),
      fontBytes: fonts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
      fontFiles: fonts.map((r) => new URL(r.url ?? '', url).pathname),
      scriptBytes: scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
      scriptFiles: scripts.length,
      scriptMs: numeric('bootup-time'),
      requests: network.length,
      failing,
      warnings: lhr.runWarnings ?? [],
    };
  } finally {
    chrome.kill();
  }
}

/**
 * One audit, tried up to three times: on a loaded machine Lighthouse now and then loses the
 * trace of a page load (NO_NAVSTART, NO_FCP), and one lost trace should not end the bench.
 */
export async function audit(
  url: string,
  chromePath: string,
  log: (line: string) => void = () => {},
): Promise<Audit> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditOnce(url, chromePath);
    } catch (error) {
      if (attempt === 3) throw error;
      log(`    retrying: ${(error as Error).message.split('\n')[0]}`);
    }
  }
}

/**
 * The median run by performance score (then LCP). Lighthouse's own advice is to
 * take the median of several runs: on a shared two-core machine one run can
 * swing by ten points or more, mostly through Total Blocking Time.
 */
export function medianRun(runs: Audit[]): Audit {
  const sorted = [...runs].sort(
    (a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1) || b.lcpMs - a.lcpMs,
  );
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Audits each page in turn (one at a time: the machines have two cores, and timings need them). */
export async function runLighthouse(
  runsPerPage = 3,
  log: (line: string) => void = () => {},
): Promise<LighthouseResult[]> {
  const chromePath = requireChromium();
  const server = await serveStatic(DIST, { gzip: true, headers: true });
  try {
    const results: LighthouseResult[] = [];
    for (const { name, path } of LIGHTHOUSE_PAGES) {
      if (!existsSync(join(DIST, path, 'index.html'))) {
        results.push({ name, path, skipped: 'not built' });
        log(`  ${path} skipped: not built`);
        continue;
      }
      const runs: Audit[] = [];
      for (let i = 1; i <= runsPerPage; i++) {
        log(`  auditing ${path} (run ${i} of ${runsPerPage}) …`);
        runs.push(await audit(`${server.url}${path}`, chromePath, log));
      }
      results.push({
        name,
        path,
        ...medianRun(runs),
        runs: runs.length,
        performanceRuns: runs.map((r) => r.scores.performance),
      });
    }
    return results;
  } finally {
    await server.close();
  }
}
