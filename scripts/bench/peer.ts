/**
 * `npm run bench -- --peer`: the same chapter text built with Starlight, Astro's own docs
 * theme, and measured beside ours. Both sites are served by the same gzip static server and
 * audited by Lighthouse mobile in alternating runs (ours, Starlight, ours, …), so a burst
 * of load on the machine falls on both rather than on one; each line is the median.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tail } from './build.ts';
import { audit, CATEGORIES, FIRST_VISIT, requireChromium, type Audit } from './lighthouse.ts';
import { PEER_CHAPTERS, writePeerSources } from './peer-source.ts';
import { kb, type Section } from './report.ts';
import { DIST } from '../../tests/support/dist.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

const PEER_DIR = fileURLToPath(new URL('./peer/', import.meta.url));
const PEER_DIST = join(PEER_DIR, 'dist');
const ASTRO = fileURLToPath(new URL('./node_modules/astro/bin/astro.mjs', import.meta.url));

/** The chapter compared: the first of the text chapters the peer is built from. */
export const PEER_PATH = `/${PEER_CHAPTERS[0]}/`;

/** Targets from issue 11, section 6, for a text chapter's first visit. */
const FONT_TARGET = FIRST_VISIT.textFonts;
const TRANSFER_TARGET = FIRST_VISIT.textTransfer;
const LCP_TARGET = FIRST_VISIT.textLcpMs;

export interface PeerResult {
  path: string;
  runs: number;
  ours: Audit[];
  peer: Audit[];
  peerBuildSeconds: number;
}

/** Writes the peer's Markdown from our chapters and builds it with Starlight. */
export function buildPeer(log: (line: string) => void): number {
  writePeerSources(join(PEER_DIR, 'src/content/docs'));
  log('Building the Starlight peer (scripts/bench/peer/) …');
  const started = performance.now();
  const run = spawnSync(process.execPath, [ASTRO, 'build'], {
    cwd: PEER_DIR,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 10 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0)
    throw new Error(
      `The Starlight peer did not build (astro build in scripts/bench/peer/):\n${tail(`${run.stdout ?? ''}\n${run.stderr ?? ''}${run.error ? `\n${run.error.message}` : ''}`)}`,
    );
  const seconds = (performance.now() - started) / 1000;
  log(`Built in ${seconds.toFixed(1)} s.\n`);
  return seconds;
}

/** Audits our page and the peer's in turn, `runs` times each. */
export async function runPeer(runs: number, log: (line: string) => void): Promise<PeerResult> {
  const chromePath = requireChromium();
  const peerBuildSeconds = buildPeer(log);
  for (const [name, dir] of [
    ['our dist/', DIST],
    ['the peer', PEER_DIST],
  ] as const)
    if (!existsSync(join(dir, PEER_PATH, 'index.html')))
      throw new Error(`${name} has no ${PEER_PATH}index.html to measure.`);
  // The same server for both; ours with the headers its host would send (dist/_headers),
  // the peer with none, since Starlight writes no _headers file.
  const oursServer = await serveStatic(DIST, { gzip: true, headers: true });
  const peerServer = await serveStatic(PEER_DIST, { gzip: true });
  const ours: Audit[] = [];
  const peer: Audit[] = [];
  try {
    for (let i = 1; i <= runs; i++) {
      log(`  ours ${PEER_PATH} (run ${i} of ${runs}) …`);
      ours.push(await audit(`${oursServer.url}${PEER_PATH}`, chromePath, log));
      log(`  Starlight ${PEER_PATH} (run ${i} of ${runs}) …`);
      peer.push(await audit(`${peerServer.url}${PEER_PATH}`, chromePath, log));
    }
  } finally {
    await oursServer.close();
    await peerServer.close();
  }
  return { path: PEER_PATH, runs, ours, peer, peerBuildSeconds };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const msText = (n: number) => `${Math.round(n).toLocaleString('en-GB')} ms`;

interface Line {
  label: string;
  pick: (a: Audit) => number;
  show: (n: number, runs: Audit[]) => string;
  /** Whether a smaller number is better (bytes, time) or a larger one (scores). */
  lowerIsBetter: boolean;
  target?: number;
  targetText?: string;
}

const LINES: Line[] = [
  {
    label: 'total transfer',
    pick: (a) => a.transferBytes,
    show: kb,
    lowerIsBetter: true,
    target: TRANSFER_TARGET,
    targetText: `≤ ${kb(TRANSFER_TARGET)}`,
  },
  {
    label: 'fonts',
    pick: (a) => a.fontBytes,
    show: (n, runs) => `${kb(n)}, ${median(runs.map((r) => r.fontFiles.length))} files`,
    lowerIsBetter: true,
    target: FONT_TARGET,
    targetText: `≤ ${kb(FONT_TARGET)}`,
  },
  {
    label: 'JS transferred',
    pick: (a) => a.scriptBytes,
    show: (n, runs) => `${kb(n)}, ${median(runs.map((r) => r.scriptFiles))} files`,
    lowerIsBetter: true,
  },
  {
    label: 'JS execution (bootup-time)',
    pick: (a) => a.scriptMs,
    show: msText,
    lowerIsBetter: true,
  },
  { label: 'FCP (simulated)', pick: (a) => a.fcpMs, show: msText, lowerIsBetter: true },
  {
    label: 'LCP (simulated)',
    pick: (a) => a.lcpMs,
    show: msText,
    lowerIsBetter: true,
    target: LCP_TARGET,
    targetText: `≤ ${msText(LCP_TARGET)}`,
  },
  ...CATEGORIES.map((c): Line => ({
    label: `Lighthouse ${c}`,
    pick: (a) => a.scores[c] ?? Number.NaN,
    show: (n) => (Number.isNaN(n) ? '–' : String(n)),
    lowerIsBetter: false,
    target: 100,
    targetText: '100',
  })),
];

export function peerSection(result: PeerResult): Section {
  const rows = LINES.map((line) => {
    const ours = median(result.ours.map(line.pick));
    const peer = median(result.peer.map(line.pick));
    const ahead =
      ours === peer ? 'level' : ours < peer === line.lowerIsBetter ? 'ours' : 'Starlight';
    const target =
      line.target === undefined
        ? ''
        : (line.lowerIsBetter ? ours <= line.target : ours >= line.target)
          ? `met (${line.targetText})`
          : `missed (${line.targetText})`;
    return [line.label, line.show(ours, result.ours), line.show(peer, result.peer), ahead, target];
  });
  const runsOf = (label: string, runs: Audit[]) =>
    `${label} performance by run: ${runs.map((r) => r.scores.performance ?? '–').join(', ')}; LCP ${runs.map((r) => msText(r.lcpMs)).join(', ')}`;
  // What kept a score below 100, in any run (performance metrics aside: the table has them).
  const failing = (label: string, runs: Audit[]) =>
    [...new Set(runs.flatMap((r) => r.failing))]
      .filter((f) => !f.startsWith('performance:'))
      .map((f) => `${label} below 100 in a run — ${f}`);
  return {
    title: `Ours against Starlight, ${result.path} first visit (Lighthouse mobile, simulated throttling; median of ${result.runs} alternating runs each)`,
    headers: ['', 'ours', 'Starlight', 'ahead', 'our target'],
    rows,
    notes: [
      runsOf('ours', result.ours),
      runsOf('Starlight', result.peer),
      ...failing('ours', result.ours),
      ...failing('Starlight', result.peer),
      `Starlight ${starlightVersion()} with its defaults (system fonts, Pagefind search), built from the same chapter text in ${result.peerBuildSeconds.toFixed(1)} s; our MDX components become their words (scripts/bench/peer-source.ts).`,
      'JS transferred counts only the scripts fetched while Lighthouse watched the load; a script a page fetches later, at idle, may be left out.',
    ],
  };
}

function starlightVersion(): string {
  const file = new URL('./node_modules/@astrojs/starlight/package.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
