// @ts-check
import './scripts/require-node.mjs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkContentCheck from './src/plugins/remark-content-check.ts';
import { contentDir } from './src/lib/content-dir.ts';

/** The ledger is read from disk, not imported, so tell the dev server to reload when it changes. */
function reloadOnDataChange() {
  return {
    name: 'kz:reload-on-data-change',
    /** @param {import('vite').ViteDevServer} server */
    configureServer(server) {
      const dataDir = `${contentDir()}/data`;
      server.watcher.add(dataDir);
      server.watcher.on('change', (file) => {
        if (file.startsWith(dataDir)) server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

export default defineConfig({
  // A fork deploys under its own name by setting these two variables.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Tests build broken fixtures into their own folders, so they never touch dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx()],
  markdown: {
    // gfm: false stops GFM running twice; remark-gfm below is the one that runs.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkContentCheck] }),
  },
  vite: { plugins: [reloadOnDataChange()] },
});
