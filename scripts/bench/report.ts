/**
 * Turns results into text: aligned tables for the terminal, the same tables in
 * Markdown for bench-results/latest.md, and raw numbers in latest.json.
 * Sizes print in KB of 1,024 bytes, as the byte budgets in the README do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, FIRST_VISIT, type LighthouseResult } from './lighthouse.ts';
import type { ScalingRun } from './scaling.ts';
import { FLOOR_TARGET, type PageWeight } from './weight.ts';

export interface Section {
  title: string;
  headers?: string[];
  rows?: string[][];
  /** Columns to right-align (numbers). */
  numeric?: number[];
  /** Plain lines, printed after the table. */
  lines?: string[];
  notes?: string[];
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number): string =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;

export function lighthouseSection(results: LighthouseResult[]): Section {
  const rows = results.map((r) =>
    'skipped' in r
      ? [`${r.path} (${r.name})`, `skipped: ${r.skipped}`, '', '', '', '', '', '', '']
      : [
          `${r.path} (${r.name})`,
          ...CATEGORIES.map((c) => String(r.scores[c] ?? '–')),
          ms(r.lcpMs),
          ms(r.tbtMs),
          r.cls.toFixed(3),
          kb(r.transferBytes),
        ],
  );
  const notes = results.flatMap((r) => {
    if ('skipped' in r)
      return [`${r.path} skipped: ${r.skipped} (no ${r.path}index.html in dist/).`];
    const perf = r.performanceRuns.map((p) => p ?? '–');
    return [
      ...(r.runs > 1
        ? [
            `${r.path}: median of ${r.runs} runs by performance score; the runs scored ${perf.join(', ')}`,
          ]
        : []),
      ...r.failing.map((f) => `${r.path} below 100 — ${f}`),
      `${r.path}: ${r.requests} requests; fonts fetched ${kb(r.fontBytes)} (${r.fontFiles.map((f) => f.split('/').pop()).join(', ') || 'none'})`,
      ...r.warnings.map((w) => `${r.path} Lighthouse warning: ${w}`),
    ];
  });
  return {
    title: 'Lighthouse (mobile, simulated throttling: Lighthouse defaults; served gzip from dist/)',
    headers: ['page', 'perf', 'a11y', 'best-pr', 'seo', 'LCP', 'TBT', 'CLS', 'transfer'],
    rows,
    numeric: [1, 2, 3, 4, 5, 6, 7, 8],
    notes,
  };
}

export function weightSection(weights: PageWeight[]): Section {
  const rows = weights.map((w) => [
    w.page,
    kb(w.html),
    kb(w.svg),
    kb(w.css),
    kb(w.js),
    kb(w.fonts),
    kb(w.dataFetched + w.dataLinked),
    kb(w.floor),
    `${w.ratio.toFixed(2)}×`,
    w.ratio > FLOOR_TARGET ? `over ${FLOOR_TARGET}×` : 'ok',
  ]);
  return {
    title: 'Page weight (gzip; fonts raw) and the bare-HTML floor',
    headers: [
      'page',
      'html',
      '(svg)',
      'css',
      'js',
      'fonts',
      'data',
      'floor',
      'ratio',
      `≤ ${FLOOR_TARGET}×`,
    ],
    rows,
    numeric: [1, 2, 3, 4, 5, 6, 7, 8],
    notes: [
      'html includes inline SVG; (svg) is that part on its own and is not added twice.',
      'css, js and fonts are what a first visit loads; they are shared and cached across pages.',
      'fonts: preloaded files plus @font-face files whose unicode-range the page text touches (an upper bound; the Lighthouse notes list what Chromium really fetched).',
      'data: CSV/JSON the page links (download links) or fetches; only fetched data counts in the ratio.',
      "floor: the page's <main> (text and figure SVGs) as plain HTML with no CSS, JS, class, style or data-* attributes, gzip.",
      `ratio = (html + css + js + fetched data) / floor; fonts aside. Target ≤ ${FLOOR_TARGET}×.`,
    ],
  };
}

export function scalingSection(runs: ScalingRun[]): Section {
  const base = runs[0];
  return {
    title: 'Build-time scaling (astro build, cold cache, synthetic chapter copies)',
    headers: ['scale', 'chapters', 'pages', 'seconds', 's / page', `vs ${base?.scale ?? 1}×`],
    rows: runs.map((r) => [
      `${r.scale}×`,
      String(r.chapters),
      String(r.pages),
      r.seconds.toFixed(1),
      (r.seconds / r.pages).toFixed(3),
      base ? `${(r.seconds / base.seconds).toFixed(1)}×` : '',
    ]),
    numeric: [1, 2, 3, 4, 5],
    notes: [
      'Wall-clock time of the whole `astro build` process, on this machine, with whatever else is running on it.',
    ],
  };
}

export interface Target {
  name: string;
  met: boolean | null;
  detail: string;
}

export function targets(
  lighthouse: LighthouseResult[] | undefined,
  weights: PageWeight[] | undefined,
): Target[] {
  const list: Target[] = [];
  const audited = (lighthouse ?? []).filter((r) => !('skipped' in r)) as Array<
    Extract<LighthouseResult, { scores: unknown }>
  >;
  if (lighthouse) {
    const misses = audited.flatMap((r) =>
      CATEGORIES.filter((c) => r.scores[c] !== 100).map(
        (c) => `${r.path} ${c} ${r.scores[c] ?? '–'}`,
      ),
    );
    const skipped = lighthouse.filter((r) => 'skipped' in r).map((r) => r.path);
    list.push({
      name: 'Lighthouse 100 in all four categories',
      met: audited.length ? misses.length === 0 : null,
      detail: `${misses.length ? misses.join('; ') : `all ${audited.length} audited pages score 100`}${skipped.length ? ` (not audited: ${skipped.join(', ')})` : ''}`,
    });
  }
  const texts = audited.filter((r) => r.name === 'text chapter');
  if (texts.length) {
    const checks = texts.flatMap((r) => [
      {
        page: r.path,
        what: 'transfer',
        ok: r.transferBytes <= FIRST_VISIT.textTransfer,
        shown: `${kb(r.transferBytes)} (≤ ${kb(FIRST_VISIT.textTransfer)})`,
      },
      {
        page: r.path,
        what: 'fonts',
        ok: r.fontBytes <= FIRST_VISIT.textFonts,
        shown: `${kb(r.fontBytes)} (≤ ${kb(FIRST_VISIT.textFonts)})`,
      },
      {
        page: r.path,
        what: 'LCP',
        ok: r.lcpMs <= FIRST_VISIT.textLcpMs,
        shown: `${(r.lcpMs / 1000).toFixed(2)} s (≤ ${FIRST_VISIT.textLcpMs / 1000} s)`,
      },
    ]);
    list.push({
      name: 'A text chapter’s first visit: transfer, fonts and simulated LCP',
      met: checks.every((c) => c.ok),
      detail: checks
        .map((c) => `${c.page} ${c.what} ${c.shown}${c.ok ? '' : ' missed'}`)
        .join('; '),
    });
  }
  const figures = audited.filter((r) => r.name === 'most figures');
  if (figures.length && weights) {
    const checks = figures.map((r) => {
      const floor = weights.find((w) => w.page === r.path)?.floor ?? Number.NaN;
      const over = r.transferBytes - floor;
      return { page: r.path, ok: over <= FIRST_VISIT.figureOverFloor, over, floor };
    });
    list.push({
      name: `A figure chapter’s first visit ≤ its bare-HTML floor + ${kb(FIRST_VISIT.figureOverFloor)}`,
      met: checks.every((c) => c.ok),
      detail: checks
        .map(
          (c) =>
            `${c.page} floor ${kb(c.floor)} + ${kb(c.over)}${c.ok ? '' : `: ${kb(c.over - FIRST_VISIT.figureOverFloor)} over`}`,
        )
        .join('; '),
    });
  }
  if (weights) {
    const over = weights.filter((w) => w.ratio > FLOOR_TARGET);
    list.push({
      name: `Page weight ≤ ${FLOOR_TARGET}× the bare-HTML floor, fonts aside`,
      met: over.length === 0,
      detail: over.length
        ? `${over.length} of ${weights.length} pages over: ${over.map((w) => `${w.page} ${w.ratio.toFixed(2)}×`).join(', ')}`
        : `all ${weights.length} pages within`,
    });
  }
  return list;
}

export function summarySection(list: Target[]): Section {
  return {
    title: 'Summary',
    lines: list.map(
      (t) => `${t.met === null ? 'n/a' : t.met ? 'MET    ' : 'NOT MET'}  ${t.name}: ${t.detail}`,
    ),
  };
}

function align(section: Section): string[] {
  const { headers = [], rows = [], numeric = [] } = section;
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  // The last column may be long prose; leave it unpadded.
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === cells.length - 1
          ? c
          : numeric.includes(i)
            ? c.padStart(widths[i]!)
            : c.padEnd(widths[i]!),
      )
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

export function asText(section: Section): string {
  const table = section.headers ? align(section) : [];
  return [
    `== ${section.title} ==`,
    ...table,
    ...(section.lines ?? []),
    ...(section.notes ?? []).map((n) => `  · ${n}`),
    '',
  ].join('\n');
}

export function asMarkdown(section: Section): string {
  const cell = (c: string) => c.replace(/\|/g, '\\|');
  const table = section.headers
    ? [
        `| ${section.headers.map(cell).join(' | ')} |`,
        `|${section.headers.map((_, i) => ((section.numeric ?? []).includes(i) ? '---:' : '---')).join('|')}|`,
        ...(section.rows ?? []).map((r) => `| ${r.map(cell).join(' | ')} |`),
      ]
    : [];
  return [
    `## ${section.title}`,
    '',
    ...table,
    ...(section.lines ?? []).map((l) => `- ${l}`),
    '',
    ...(section.notes ?? []).map((n) => `- ${n}`),
    '',
  ].join('\n');
}

/** Writes bench-results/latest.json and latest.md (the folder is git-ignored). */
export function writeResults(
  dir: string,
  heading: string,
  sections: Section[],
  data: unknown,
): { json: string; md: string } {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, 'latest.json');
  const md = join(dir, 'latest.md');
  writeFileSync(json, `${JSON.stringify(data, null, 2)}\n`);
  writeFileSync(md, [`# ${heading}`, '', ...sections.map(asMarkdown)].join('\n'));
  return { json, md };
}
