// @ts-check
import './scripts/require-node.mjs';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkContentCheck from './src/plugins/remark-content-check.ts';
import remarkNotes from './src/plugins/remark-notes.ts';
import rehypeHeadingAnchors from './src/plugins/rehype-heading-anchors.ts';
import rehypeRussianTypography from './src/plugins/rehype-russian-typography.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales.ts';
import searchIndex from './src/integrations/search-index.ts';
import staticHeaders from './src/integrations/static-headers.ts';
import linkCheck from './src/integrations/link-check.ts';
import figureDownloads from './src/integrations/figure-downloads.ts';
import translationCheck from './src/integrations/translation-check.ts';
import fontSubset from './src/integrations/font-subset.ts';
import authorErrors from './src/integrations/author-errors.ts';

// The one inline script (the theme, set before first paint) is allowed by its hash, never by 'unsafe-inline'.
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
const themeInitHash = /** @type {`sha256-${string}`} */ (
  `sha256-${createHash('sha256').update(themeInit).digest('base64')}`
);

export default defineConfig({
  // A fork deploys under its own name by setting these two variables.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Every page's CSS goes in its <head>: a linked sheet blocked the first paint for one more round
  // trip (about 0.1 s of the simulated slow phone's LCP, and its headers). The cost is that later
  // pages cannot take it from the cache: 3.4 KB gzip a text page, 7 KB a figure page (README, Benchmark).
  build: { inlineStylesheets: 'always' },
  // Tests build broken fixtures into their own folders, so they never touch dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // English at the root (no address changes), each other edition under /<code>/. The pages build their
  // own addresses with src/i18n/routes.ts; this tells Astro (Astro.currentLocale, astro:i18n) the same.
  i18n: {
    locales: Object.keys(LOCALES),
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  integrations: [
    fontSubset(),
    authorErrors(),
    translationCheck(),
    mdx(),
    sitemap({
      filter: (page) => !/\/(404|search|storyboard)\/?$/.test(page) && !/\/embed\//.test(page),
      // Each page lists its counterparts in the other editions (xhtml:link rel="alternate" hreflang).
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(
          Object.entries(LOCALES).map(([code, l]) => [code, code === 'en' ? 'en-GB' : l.lang]),
        ),
      },
    }),
    figureDownloads(),
    linkCheck(),
    searchIndex(),
    staticHeaders(),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
    },
  },
  markdown: {
    // Chapters have no code blocks; Shiki's inline styles would also clash with the CSP.
    syntaxHighlight: false,
    // gfm: false stops GFM running twice; remark-gfm below is the one that runs.
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm, remarkContentCheck, remarkNotes],
      // Ids first, so the anchors can link to them; Astro keeps ids that are already set.
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingAnchors, rehypeRussianTypography],
    }),
  },
  vite: {
    build: {
      // The search island imports Pagefind at run time. Inlined into the page, Vite's preload
      // wrapper around that import is left unfinished, so that one script stays a file.
      // Fonts stay files too: small subsets would otherwise become data: URLs inside the shared
      // stylesheet (downloaded by every page, and refused by font-src 'self').
      assetsInlineLimit: (file, content) =>
        content.includes('pagefind/pagefind.js') || /\.woff2?$/.test(file) ? false : undefined,
    },
  },
});
