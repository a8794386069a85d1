/**
 * Makes every author mistake print once, as "file:line — field: problem / Fix: …",
 * in the terminal and, under `astro dev`, in the browser's error overlay:
 *
 * - errors from the chapter compile (our remark check, and the MDX parser's own
 *   messages, translated by fromMdxParseError) lose the stack trace and code frame
 *   Astro would print around them, and are pinned to the file they name;
 * - frontmatter errors found by the content loader (src/lib/checked-loader.ts),
 *   which Astro only logs in dev, are sent to the overlay, and shown to each page
 *   that connects until the file is fixed;
 * - warnings that are not content problems are silenced at the source: the Rollup
 *   MODULE_LEVEL_DIRECTIVE warning for Astro's own "use astro:head-inject".
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { forAuthors, fromMdxParseError } from '../lib/errors.ts';
import { setReporter } from '../lib/author-report.ts';

/** "content/chapters/china.mdx:12 — …\n  Fix: …": a ContentError's message, even once the MDX plugin has renamed it. */
const AUTHOR_MESSAGE = /^(\S+?)(?::(\d+))? — [\s\S]*\n {2}Fix: /;

/** The file and line an author's message names, for the overlay's link. */
export function locationOf(
  message: string,
): { file: string; line: number | undefined } | undefined {
  const match = AUTHOR_MESSAGE.exec(message);
  if (!match) return undefined;
  return {
    file: isAbsolute(match[1]!) ? match[1]! : resolve(match[1]!),
    line: match[2] ? Number(match[2]) : undefined,
  };
}

/** An error from compiling `id`, in the form authors read; undefined when it is not theirs to fix. */
export function authorError(error: unknown, id: string, dev: boolean): Error | undefined {
  if (!(error instanceof Error) && !(error && typeof error === 'object' && 'message' in error))
    return undefined;
  const e = error as Error;
  if (AUTHOR_MESSAGE.test(e.message)) {
    e.name = 'ContentError';
    const where = locationOf(e.message);
    return forAuthors(e, { dev, file: where?.file, line: where?.line });
  }
  const translated = fromMdxParseError(error, relative(process.cwd(), id) || id);
  if (translated) return forAuthors(translated, { dev, file: id, line: translated.line });
  return undefined;
}

/** What the overlay shows: the message, and the file and line to open. */
export function overlayPayload(error: Error): {
  type: 'error';
  err: {
    message: string;
    stack: string;
    id?: string;
    plugin: string;
    loc?: { file: string; line: number; column: number };
  };
} {
  const where = locationOf(error.message);
  return {
    type: 'error',
    err: {
      message: error.message,
      stack: '',
      plugin: 'kz:author-errors',
      ...(where
        ? { id: where.file, loc: { file: where.file, line: where.line ?? 1, column: 1 } }
        : {}),
    },
  };
}

const textOf = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

type Handler = (this: unknown, ...args: unknown[]) => unknown;

/** Wraps the MDX plugin's transform, so its errors reach Astro already in our form. */
function wrapMdxTransform(plugin: Plugin, dev: boolean): void {
  const transform = plugin.transform as { handler?: Handler } | Handler | undefined;
  if (!transform) return;
  const original = typeof transform === 'function' ? transform : transform.handler;
  if (!original) return;
  const wrapped: Handler = async function (this: unknown, ...args: unknown[]) {
    try {
      return await original.apply(this, args);
    } catch (error) {
      throw authorError(error, String(args[1]), dev) ?? error;
    }
  };
  if (typeof transform === 'function') plugin.transform = wrapped as Plugin['transform'];
  else transform.handler = wrapped;
}

/**
 * In dev, Astro renders a page in two environments (SSR and prerender) and logs a
 * failed render once for each, so the same mistake printed twice per request. This
 * drops a repeat of an author's message written within a moment of the first.
 */
export function dedupeAuthorMessages(stream: NodeJS.WriteStream, windowMs = 2000): () => void {
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  let last: { text: string; at: number } | undefined;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    const raw =
      typeof chunk === 'string'
        ? chunk
        : Buffer.isBuffer(chunk)
          ? chunk.toString('utf8')
          : undefined;
    // The message without its timestamp and level ("12:00:00 [ERROR] ").
    const text = raw
      ?.replace(/\u001b\[[0-9;]*m/g, '')
      .replace(/^\s*(?:\d\d:\d\d:\d\d\s+)?(?:\[ERROR\]\s+)?/, '');
    if (text && AUTHOR_MESSAGE.test(text)) {
      const now = Date.now();
      if (last && last.text === text && now - last.at < windowMs) return true;
      last = { text, at: now };
    }
    return write(chunk, ...rest);
  }) as typeof stream.write;
  return () => {
    stream.write = write as typeof stream.write;
  };
}

function vitePlugin(dev: boolean): Plugin {
  return {
    name: 'kz:author-errors',
    configResolved(config) {
      const mdx = config.plugins.find(
        (p) => p.name === '@mdx-js/rolldown' || p.name === '@mdx-js/rollup',
      );
      if (mdx) wrapMdxTransform(mdx as Plugin, dev);
    },
    configureServer(server: ViteDevServer) {
      // `astro build` starts a dev server too, without a browser, to sync content.
      if (!dev) return;
      const restore = [dedupeAuthorMessages(process.stdout), dedupeAuthorMessages(process.stderr)];
      server.httpServer?.once('close', () => restore.forEach((undo) => undo()));
      // Mistakes the content loader found, by file, until the file is fixed.
      const pending = new Map<string, { error: Error; at: number; text: string | undefined }>();
      const clear = (file: string) => {
        if (pending.delete(file)) server.ws.send({ type: 'full-reload' });
      };
      setReporter((file, error) => {
        if (error) {
          pending.set(file, { error, at: Date.now(), text: textOf(file) });
          server.ws.send(overlayPayload(error));
        } else clear(file);
      });
      // A fix that restores the file exactly is not parsed again (Astro keeps the old entry),
      // so the loader never reports it: a change with no new error soon after clears it.
      server.watcher.on('change', (changed) => {
        const mistake = pending.get(changed);
        // A save can fire more than one event; only a change of the text can be a fix.
        if (!mistake || textOf(changed) === mistake.text) return;
        const at = Date.now();
        setTimeout(() => {
          if ((pending.get(changed)?.at ?? Infinity) < at) clear(changed);
        }, 1500);
      });
      // A page loaded (or reloaded) while a mistake is unfixed shows it too.
      server.ws.on(
        'vite:client:connect',
        (_data: unknown, client: { send(payload: unknown): void }) => {
          for (const { error } of pending.values()) client.send(overlayPayload(error));
        },
      );
      server.httpServer?.once('close', () => setReporter(undefined));
    },
  };
}

/** Rollup warnings that name chapter files but are Astro's own business. */
export function isNoise(warning: { code?: string; message?: string }): boolean {
  return (
    warning.code === 'MODULE_LEVEL_DIRECTIVE' && /use astro:head-inject/.test(warning.message ?? '')
  );
}

export default function authorErrors(): AstroIntegration {
  return {
    name: 'kz:author-errors',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [vitePlugin(command === 'dev')],
            build: {
              rolldownOptions: {
                onwarn(
                  warning: { code?: string; message?: string },
                  warn: (w: typeof warning) => void,
                ) {
                  if (!isNoise(warning)) warn(warning);
                },
              },
            },
          },
        });
      },
    },
  };
}
