/**
 * `npm run bench`: Lighthouse scores, page weight against the bare-HTML floor,
 * and build-time scaling. Not part of `npm test`: its numbers depend on the
 * machine and on what else runs on it, so it reports rather than fails.
 * Flags: see options.ts, or `npm run bench -- --help`.
 */
import '../require-node.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { astroBuild, tail } from './build.ts';
import { ensureBenchDependencies } from './install.ts';
import { requireChromium, runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { parseOptions } from './options.ts';
import { peerSection, runPeer, type PeerResult } from './peer.ts';
import {
  asText,
  lighthouseSection,
  scalingSection,
  summarySection,
  targets,
  weightSection,
  writeResults,
  type Section,
} from './report.ts';
import { runScaling, type ScalingRun } from './scaling.ts';
import { measureAllPages, type PageWeight } from './weight.ts';
import { DIST, requireDist } from '../../tests/support/dist.ts';

const RESULTS = 'bench-results';

const log = (line: string) => console.log(line);
const oneLine = (command: string, args: string[]) =>
  spawnSync(command, args, { encoding: 'utf8' }).stdout?.trim().split('\n').pop() ?? '';

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!existsSync('astro.config.mjs'))
    throw new Error('Run the bench from the project root: npm run bench');
  // Fail before a long build if the browser is missing.
  const browser = options.parts.has('lighthouse') || options.parts.has('peer');
  const chromium = browser ? requireChromium() : undefined;
  if (browser) ensureBenchDependencies(log);

  const commit = oneLine('git', ['rev-parse', '--short', 'HEAD']) || 'unknown';
  const dirty = oneLine('git', ['status', '--porcelain']) ? ' (uncommitted changes)' : '';
  const heading = `Benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}${dirty}`;
  const environment = {
    node: process.version,
    chromium: chromium ? oneLine(chromium, ['--version']) : undefined,
    cpus: cpus().length,
    loadAverage: loadavg()[0]!.toFixed(1),
  };
  log(heading);
  log(
    `Node ${environment.node}${environment.chromium ? `, ${environment.chromium}` : ''}, ${environment.cpus} CPUs, load average ${environment.loadAverage} at start (timings are noisy when it exceeds the CPUs); parts: ${[...options.parts].join(', ')}\n`,
  );

  // Lighthouse and the weight table read dist/; the scaling runs build their own copies.
  const needsDist = (['lighthouse', 'weight', 'peer'] as const).some((p) => options.parts.has(p));
  if (needsDist && options.build) {
    log('Building the site (astro build) …');
    const build = astroBuild();
    if (!build.ok) throw new Error(`astro build failed:\n${tail(build.output)}`);
    log(`Built in ${build.seconds.toFixed(1)} s.\n`);
  } else if (needsDist) {
    requireDist();
    log(`--no-build: measuring the existing ${DIST}/.\n`);
  }

  const sections: Section[] = [];
  const show = (section: Section) => {
    sections.push(section);
    log(asText(section));
  };
  let lighthouse: LighthouseResult[] | undefined;
  let weights: PageWeight[] | undefined;
  let scaling: ScalingRun[] | undefined;
  let peer: PeerResult | undefined;

  if (options.parts.has('lighthouse')) {
    log('Lighthouse …');
    lighthouse = await runLighthouse(options.runs, log);
    log('');
    show(lighthouseSection(lighthouse));
  }
  if (options.parts.has('weight')) {
    weights = measureAllPages();
    show(weightSection(weights));
  }
  if (options.parts.has('scaling')) {
    log(`Build-time scaling (${options.scales.map((s) => `${s}×`).join(', ')}) …`);
    scaling = runScaling(options.scales, log);
    log('');
    show(scalingSection(scaling));
  }

  if (options.parts.has('peer')) {
    log('Ours against Starlight …');
    peer = await runPeer(options.runs, log);
    log('');
    show(peerSection(peer));
  }

  const met = targets(lighthouse, weights);
  if (met.length) show(summarySection(met));
  const files = writeResults(RESULTS, heading, sections, {
    heading,
    commit,
    dirty: !!dirty,
    environment,
    options: { ...options, parts: [...options.parts] },
    lighthouse,
    weights,
    scaling,
    peer,
    targets: met,
  });
  log(`Wrote ${files.json} and ${files.md}`);
}

main().catch((error: unknown) => {
  console.error(`\nbench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
