/** Command-line flags for `npm run bench -- …`. */

export const PARTS = ['lighthouse', 'weight', 'scaling', 'peer'] as const;
/** The Starlight comparison builds a second site, so it runs only when asked for. */
const DEFAULT_PARTS: Part[] = ['lighthouse', 'weight', 'scaling'];
export type Part = (typeof PARTS)[number];

export interface Options {
  parts: Set<Part>;
  build: boolean;
  scales: number[];
  runs: number;
}

export const USAGE = `Usage: npm run bench -- [flags]
  --only=lighthouse|weight|scaling|peer  run only these parts (comma-separated list allowed)
  --peer                            also build the chapter text with Starlight and measure both side by side
  --skip-scaling                    leave out the build-time scaling runs (the slow part)
  --no-build                        measure the dist/ that is already there instead of building first
  --scales=1,10,50                  chapter multipliers for the scaling runs (default 1,10,50)
  --runs=3                          Lighthouse runs per page; the median is reported (default 3)
  --help                            show this`;

export function parseOptions(argv: string[]): Options {
  const parts = new Set<Part>(DEFAULT_PARTS);
  let peer = false;
  let build = true;
  let scales = [1, 10, 50];
  let runs = 3;
  for (const arg of argv) {
    const [flag, value = ''] = arg.split('=', 2) as [string, string?];
    if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (flag === '--no-build') build = false;
    else if (flag === '--peer') peer = true;
    else if (flag === '--skip-scaling') parts.delete('scaling');
    else if (flag === '--only') {
      const wanted = value.split(',').filter(Boolean);
      const unknown = wanted.filter((p) => !(PARTS as readonly string[]).includes(p));
      if (!wanted.length || unknown.length)
        throw new Error(`--only takes ${PARTS.join('|')}, got "${value}".\n${USAGE}`);
      parts.clear();
      for (const p of wanted) parts.add(p as Part);
    } else if (flag === '--scales') {
      scales = value.split(',').map(Number);
      if (!scales.length || scales.some((n) => !Number.isInteger(n) || n < 1))
        throw new Error(`--scales takes whole numbers ≥ 1, e.g. --scales=1,10,50; got "${value}".`);
    } else if (flag === '--runs') {
      runs = Number(value);
      if (!Number.isInteger(runs) || runs < 1)
        throw new Error(`--runs takes a whole number ≥ 1, e.g. --runs=3; got "${value}".`);
    } else throw new Error(`Unknown flag "${arg}".\n${USAGE}`);
  }
  if (peer) parts.add('peer');
  return { parts, build, scales, runs };
}
