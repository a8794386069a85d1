// The peer site for `npm run bench -- --peer`: Starlight with its defaults (system fonts,
// Pagefind search), built from our chapter text by scripts/bench/peer-source.ts. public/ holds
// our favicon, since Starlight links /favicon.svg and its starter ships one.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://127.0.0.1',
  integrations: [starlight({ title: "Kazakhstan's balancing act" })],
});
