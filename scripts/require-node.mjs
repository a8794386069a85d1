// Astro 7 needs Node >= 22.12. The project pins Node 22 as the `node` devDependency,
// which npm puts first on PATH for `npm run …` and `npx …` only.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  const message = [
    `This project needs Node >= 22.12, but this script is running on Node ${process.versions.node}.`,
    'Fix: run it through npm (`npm start`, `npm test`, `npm run dev`), which uses the Node 22 pinned in devDependencies.',
    'If it still fails, the pinned Node was not installed (for example after `npm install --ignore-scripts` or `--omit=dev`):',
    'run `npm rebuild node`, or `npm install` again.',
  ].join('\n  ');
  throw new Error(message);
}
