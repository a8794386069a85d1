import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FixtureResult {
  ok: boolean;
  output: string;
}

/**
 * Builds the site from a copy of the project with one deliberate mistake in content/, into a
 * throwaway folder, and returns what the build printed. Each build has a project copy of its
 * own (the build writes generated content modules into the project's .astro/), so two can run
 * at once: the bad-input cases do, one per core.
 */
export async function buildWithBrokenContent(
  file: string,
  breakIt: (text: string) => string,
  writeTo = file,
): Promise<FixtureResult> {
  const root = copyProject('kz-fixture-');
  try {
    const content = join(root, 'content');
    const before = readFileSync(join(content, file), 'utf8');
    const after = breakIt(before);
    if (after === before && writeTo === file)
      throw new Error(`The fixture did not change ${file}; its pattern no longer matches.`);
    // writeTo adds a file (a copy of `file`, broken) instead of changing `file`.
    writeFileSync(join(content, writeTo), after);
    const run = await astroBuild(root, {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: join(root, 'dist'),
      ASTRO_CACHE_DIR: join(root, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    });
    // Astro colours its log even without a TTY; strip the codes so messages can be matched.
    const output = run.output.replace(/\u001b\[[0-9;]*m/g, '');
    return { ok: run.status === 0, output };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const BUILD_TIMEOUT_MS = 240_000;

function astroBuild(
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd,
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output: `${stdout}\n${stderr}` });
    });
  });
}

/** What a copy of the whole project is built without: installed, built and generated files, and what the build never reads. */
const NOT_COPIED = new Set([
  'node_modules',
  'dist',
  '.git',
  '.astro',
  'test-results',
  'coverage',
  'docs',
]);

/** A throwaway copy of the project, with node_modules linked rather than copied (the bench's own install is left out). */
function copyProject(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const name of readdirSync('.'))
    if (!NOT_COPIED.has(name))
      cpSync(name, join(root, name), {
        recursive: true,
        filter: (source) => !source.includes('node_modules'),
      });
  symlinkSync(realpathSync('node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/**
 * Copies the project (sources, content and config, with node_modules linked, not copied) into a
 * throwaway folder, lets `prepare` add files to it, and builds it there. For what content/ alone
 * cannot show, such as a new edition with its own dictionary. `check` reads the built site before
 * the folder is removed.
 */
export function buildProjectCopy<T>(
  prepare: (root: string) => void,
  check: (dist: string, result: FixtureResult) => T,
): T {
  const root = copyProject('kz-project-');
  try {
    prepare(root);
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: join(root, 'content'),
        OUT_DIR: join(root, 'dist'),
        ASTRO_CACHE_DIR: join(root, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
      timeout: 900_000,
    });
    const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    return check(join(root, 'dist'), { ok: run.status === 0, output });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
