import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = 'dist';

/** Fails early, with the fix, when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      'dist/ has no built site. Run `npm test` (which builds first) or `npm run build`.',
    );
  }
}

/** Every HTML page in dist, as the URL path a reader would visit. */
export function builtPages(): string[] {
  requireDist();
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.html'),
  );
  return files.map((f) => `/${f.replace(/index\.html$/, '')}`.replace(/\\/g, '/')).sort();
}

export function readPage(path: string): string {
  const file = path.endsWith('.html') ? join(DIST, path) : join(DIST, path, 'index.html');
  return readFileSync(file, 'utf8');
}

export function distRelative(file: string): string {
  return relative(DIST, file);
}

/** An embed page, /embed/<figure>/ or an edition's /<code>/embed/<figure>/. */
export const isEmbed = (path: string): boolean => /^(\/[a-z]{2,3})?\/embed\//.test(path);
