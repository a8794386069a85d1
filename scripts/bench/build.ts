/**
 * Runs `astro build` in a child process under the Node that runs the bench
 * (npm puts the pinned Node 22 first on PATH), the way tests/support/fixture-build.ts does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

export interface BuildResult {
  ok: boolean;
  seconds: number;
  output: string;
}

const ASTRO = 'node_modules/astro/bin/astro.mjs';

/** `env` may point CONTENT_DIR, OUT_DIR and ASTRO_CACHE_DIR elsewhere (see astro.config.mjs). */
export function astroBuild(env: Record<string, string> = {}, timeoutMs = 30 * 60_000): BuildResult {
  if (!existsSync(ASTRO)) throw new Error(`${ASTRO} is missing. Run \`npm ci\` first.`);
  const started = performance.now();
  const run = spawnSync(process.execPath, [ASTRO, 'build'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  // Astro colours its log even without a TTY; strip the codes so the tail is readable.
  const output =
    `${run.stdout ?? ''}\n${run.stderr ?? ''}${run.error ? `\n${run.error.message}` : ''}`.replace(
      /\u001b\[[0-9;]*m/g,
      '',
    );
  return { ok: run.status === 0, seconds, output };
}

/** The last lines of a build log, for an error message. */
export function tail(output: string, lines = 30): string {
  return output.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Pages built = HTML files written, which is what a reader can visit. */
export function countPages(outDir: string): number {
  if (!existsSync(outDir)) return 0;
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.html'),
  ).length;
}
