import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The headers a Netlify/Cloudflare `_headers` file gives a path (only the rules this site uses: exact paths and a trailing *). */
export function headersFor(file: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let applies = false;
  for (const raw of file.split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      const pattern = raw.trim();
      applies = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
      continue;
    }
    const cut = raw.indexOf(':');
    // "! Name" drops a header that an earlier rule set (Cloudflare Pages' detach syntax).
    if (applies && /^\s*!/.test(raw)) delete headers[raw.replace(/^\s*!/, '').trim().toLowerCase()];
    else if (applies && cut > 0)
      headers[raw.slice(0, cut).trim().toLowerCase()] = raw.slice(cut + 1).trim();
  }
  return headers;
}

/** Already-compressed formats a static host sends as they are. */
const COMPRESSED = new Set(['.woff2', '.png']);

/** The closest 404.html up the tree from a missing address, as Cloudflare Pages picks it: /ru/x → /ru/404.html. */
export function nearestNotFound(base: string, path: string): string {
  const parts = path.split('/').filter(Boolean);
  for (let depth = parts.length; depth > 0; depth--) {
    const candidate = join(base, ...parts.slice(0, depth - 1), '404.html');
    if (depth > 1 && existsSync(candidate)) return candidate;
  }
  return join(base, '404.html');
}

/**
 * Serves a built site on a free loopback port, the way a static host would.
 * With `gzip`, text is compressed as real hosts do, so transfer sizes (Lighthouse) are realistic.
 * With `headers`, responses carry what dist/_headers asks for, as on Netlify or Cloudflare.
 */
export async function serveStatic(
  root: string,
  options: { gzip?: boolean; headers?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const base = resolve(root);
  const headersFile = options.headers ? readFileSync(join(base, '_headers'), 'utf8') : '';
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const status = existsSync(file) ? 200 : 404;
    if (status === 404) file = nearestNotFound(base, path);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip =
      options.gzip &&
      !COMPRESSED.has(extname(file)) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const extra = headersFor(headersFile, path);
    res.writeHead(
      status,
      gzip
        ? { ...extra, 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' }
        : { ...extra, 'content-type': type },
    );
    const body = createReadStream(file);
    if (gzip) body.pipe(createGzip()).pipe(res);
    else body.pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
