/**
 * Lighthouse and chrome-launcher, and Astro with Starlight for the --peer comparison (together
 * about 350 MB), are the bench's alone, so they live in
 * scripts/bench/package.json rather than the project's: `npm install` for the site leaves
 * them out, and the first `npm run bench` that runs Lighthouse installs them here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const MARKERS = ['lighthouse', 'chrome-launcher', 'astro', '@astrojs/starlight'].map(
  (name) => new URL(`./node_modules/${name}/package.json`, import.meta.url),
);

export function ensureBenchDependencies(log: (line: string) => void): void {
  if (MARKERS.every((marker) => existsSync(marker))) return;
  log(
    'Installing Lighthouse and Starlight for the bench into scripts/bench/node_modules (first run only) …',
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(
    npm,
    ['ci', '--prefix', BENCH_DIR, '--no-audit', '--no-fund', '--loglevel=error'],
    { stdio: 'inherit' },
  );
  if (result.status !== 0)
    throw new Error(
      `Could not install the bench's dependencies (npm ci --prefix scripts/bench exited with ${result.status ?? result.error?.message}). Run it yourself to see why.`,
    );
}
