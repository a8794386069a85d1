import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DevServer {
  url: string;
  content: string;
  output: () => string;
  /** A connection to the dev server's HMR socket, as the browser's Vite client makes it. */
  connect: () => Promise<HmrClient>;
  stop: () => Promise<void>;
}

export interface HmrClient {
  /** Resolves with the first message (already received or still to come) that matches. */
  next: (
    match: (message: {
      type: string;
      err?: { message: string; loc?: { file: string; line: number } };
    }) => boolean,
    timeoutMs?: number,
  ) => Promise<{ type: string; err?: { message: string; loc?: { file: string; line: number } } }>;
  close: () => void;
}

/** Starts `astro dev` on a copy of content/, on its own port (alongside an author's own dev server: --ignore-lock), and waits until it serves. */
/** A port nothing listens on now (other dev servers may be running on this machine). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function startDevServer(): Promise<DevServer> {
  const port = await freePort();
  const root = mkdtempSync(join(tmpdir(), 'kz-dev-'));
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  let log = '';
  // vitest sets NODE_ENV=test, which turns Astro's HMR (and so the overlay's reloads) off,
  // and VITEST, which stops Astro's dev server from serving pages at all.
  const { VITEST: _vitest, VITEST_WORKER_ID: _worker, VITEST_POOL_ID: _pool, ...env } = process.env;
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--ignore-lock'],
    {
      env: {
        ...env,
        NODE_ENV: 'development',
        CONTENT_DIR: content,
        ASTRO_CACHE_DIR: join(root, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  let url = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    rmSync(root, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev exited:\n${log}`);
    // Ready once it listens and serves the Vite client (a page's first render can take far longer).
    // Astro moves to another port if this one was taken meanwhile: use the one it prints.
    const local = /Local\s+(http:\/\/localhost:(\d+))/.exec(log);
    if (local) {
      url = local[1]!;
      try {
        const response = await fetch(`${url}/@vite/client`, {
          signal: AbortSignal.timeout(10_000),
        });
        if (response.ok) break;
      } catch {
        // Not serving yet.
      }
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`astro dev did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const connect = async (): Promise<HmrClient> => {
    const client = await (await fetch(`${url}/@vite/client`)).text();
    const token = /const wsToken = "([^"]*)"/.exec(client)?.[1] ?? '';
    const socket = new WebSocket(
      `${url.replace(/^http/, 'ws')}/?token=${encodeURIComponent(token)}`,
      'vite-hmr',
    );
    const received: Array<{ type: string }> = [];
    const waiting: Array<() => void> = [];
    socket.addEventListener('message', (event) => {
      received.push(JSON.parse(String(event.data)));
      for (const wake of waiting.splice(0)) wake();
    });
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', reject, { once: true });
    });
    return {
      next: (match, timeoutMs = 20_000) =>
        new Promise((resolve, reject) => {
          const timer = setTimeout(
            () =>
              reject(new Error(`no matching HMR message; got ${JSON.stringify(received)}\n${log}`)),
            timeoutMs,
          );
          const look = () => {
            const found = received.find((m) => match(m as never));
            if (found) {
              clearTimeout(timer);
              resolve(found as never);
            } else waiting.push(look);
          };
          look();
        }),
      close: () => socket.close(),
    };
  };
  return { url, content, output: () => log, connect, stop };
}
