/**
 * `npm run check:content`: every content check, fast (about a second), without a build.
 * It runs what the build and tests/content check: each data file, each chapter's frontmatter,
 * the build's remark check (ids, loose numbers, headings, components, and the chapter rules
 * of src/lib/chapter-rules.ts), chapter order, the teacher guide, own words, every source used
 * and every figure of the article carried. Unlike the build, it does not stop at the first
 * mistake: it prints each problem once, as file:line, the problem and the fix, and exits 1.
 */
import './require-node.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { LineCounter, parseDocument } from 'yaml';
import remarkContentCheck from '../src/plugins/remark-content-check.ts';
import { chapterRuleProblems } from '../src/lib/chapter-rules.ts';
import { orderChapters } from '../src/lib/chapters.ts';
import { contentDir, loadGlossary, loadLedger, loadTeacherGuide } from '../src/lib/content-dir.ts';
import { ContentError, closest } from '../src/lib/errors.ts';
import type { Ledger } from '../src/lib/ledger.ts';
import { proseText } from '../src/lib/reading.ts';
import { chapterSchema } from '../src/lib/schema.ts';
import { sharedRuns } from '../src/lib/shingles.ts';
import { factIdsIn, sourceUsage } from '../src/lib/usage.ts';
import { FIGURES } from '../src/figures/index.ts';
import { eventSources, loadEvents } from '../src/lib/events.ts';
import { SITE } from '../src/site.ts';

/** A VFile message from the MDX parser: the parser's own words, with the place at their end, "(12:1-12:20)". */
interface ParseMessage {
  reason?: string;
  line?: number;
}

/** The fix for the MDX parser's commonest complaints. */
function parseFix(reason: string): string {
  const unclosed = /closing tag for `<(\w+)>`/.exec(reason);
  if (unclosed)
    return `Close it: put </${unclosed[1]}> after its text, or end the tag with "/>" if it wraps nothing (e.g. <Fact id="…"/>).`;
  return 'Check the tags and braces on that line: every <Component> needs its </Component> or "/>", attribute values need "quotes", and a { in prose is written \\{.';
}

/** One problem, file:line — field: problem, then the fix, whatever threw it. */
function report(error: unknown, file: string, add: (message: string) => void): void {
  if (error instanceof ContentError) return add(error.message);
  const { reason, line } = error as ParseMessage;
  if (reason) {
    const place = /\s*\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(reason);
    const at = line ?? (place ? Number(place[1]) : undefined);
    return add(
      `${at ? `${file}:${at}` : file} — MDX: ${place ? reason.slice(0, place.index) : reason}\n  Fix: ${parseFix(reason)}`,
    );
  }
  add(`${file} — ${(error as Error).message ?? String(error)}`);
}

export interface ContentReport {
  /** Each problem once: "file:line — field: problem", then "  Fix: …". */
  problems: string[];
  chapters: number;
  facts: number | undefined;
  sources: number | undefined;
}

/** Every content check, on the content in dir (by default content/, or CONTENT_DIR). */
export async function checkContent(dir = contentDir()): Promise<ContentReport> {
  const problems = new Set<string>();
  const add = (message: string): void => {
    problems.add(message.trim());
  };
  const attempt = <T>(file: string, run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      report(error, file, add);
      return undefined;
    }
  };

  // ── Data files ──────────────────────────────────────────────────────────────

  const where = (path: string) => relative(process.cwd(), path) || path;
  const ledger: Ledger | undefined = attempt(where(join(dir, 'data')), () => loadLedger(dir));
  if (ledger) attempt(where(join(dir, 'data/glossary.yaml')), () => loadGlossary(dir));

  // ── Chapters ────────────────────────────────────────────────────────────────

  const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkContentCheck);
  const chaptersDir = join(dir, 'chapters');

  interface Chapter {
    id: string;
    path: string;
    source: string;
    /** The source with its frontmatter blanked, so the lines of the body stay the lines of the file. */
    body: string;
    data?: { order: number; draft?: boolean };
    /** Whether its MDX parses (the checks that read the text skip it otherwise). */
    parsed?: boolean;
  }

  const chapters: Chapter[] = readdirSync(chaptersDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const path = where(join(chaptersDir, name));
      const source = readFileSync(join(chaptersDir, name), 'utf8');
      const match = FRONTMATTER.exec(source);
      const body = match
        ? '\n'.repeat(match[0].split('\n').length - 1) + source.slice(match[0].length)
        : source;
      const chapter: Chapter = { id: name.replace(/\.mdx$/, ''), path, source, body };
      if (!match) {
        add(
          `${path}:1 — frontmatter: is missing\n  Fix: Start the file with the frontmatter between two "---" lines (see AUTHORING.md, "Add or edit a chapter").`,
        );
        return chapter;
      }
      const lineCounter = new LineCounter();
      const doc = parseDocument(match[1]!, { lineCounter });
      const yamlError = doc.errors[0];
      if (yamlError) {
        add(
          `${path}:${(yamlError.linePos?.[0]?.line ?? 0) + 1} — frontmatter: ${yamlError.message.split('\n')[0]}\n  Fix: Check the indentation and quoting on that line; text containing ": " or "#" needs quotes.`,
        );
        return chapter;
      }
      const parsed = chapterSchema.safeParse(doc.toJSON());
      if (parsed.success) {
        chapter.data = parsed.data;
        return chapter;
      }
      // A misspelt field is also a missing one; the spelling hint is the one to show.
      const unknownKeys = parsed.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys' ? issue.keys : [],
      );
      const misspelt = (issue: (typeof parsed.error.issues)[number]) =>
        issue.path.length === 1 &&
        unknownKeys.some((key) => closest(key, [String(issue.path[0])]) !== undefined);
      for (const issue of parsed.error.issues.filter((i) => !misspelt(i))) {
        // The line of the field in the file (the frontmatter starts on line 2), when the field is there.
        const fieldPath =
          issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
        const node = fieldPath.length
          ? (doc.getIn(fieldPath, true) as { range?: [number, number, number] } | undefined)
          : undefined;
        const keyNode = fieldPath.length
          ? (doc.getIn(fieldPath.slice(0, 1), true) as
              { range?: [number, number, number] } | undefined)
          : undefined;
        const offset = (node ?? keyNode)?.range?.[0];
        const line = offset === undefined ? undefined : lineCounter.linePos(offset).line + 1;
        const cut = issue.message.search(/\. (?=[A-Z])/);
        const [problem, fix] =
          cut > 0
            ? [issue.message.slice(0, cut), issue.message.slice(cut + 2)]
            : [issue.message, 'See AUTHORING.md, "Add or edit a chapter".'];
        add(
          new ContentError({
            file: path,
            line,
            field: issue.path.map(String).join('.') || 'frontmatter',
            problem,
            fix,
          }).message,
        );
      }
      return chapter;
    });

  if (ledger) {
    for (const chapter of chapters) {
      const tree = attempt(chapter.path, () =>
        processor.parse({ path: chapter.path, value: chapter.body }),
      );
      if (!tree) continue;
      chapter.parsed = true;
      // The build stops at a chapter's first mistake; here every chapter is checked, and every rule.
      try {
        await processor.run(tree, {
          path: chapter.path,
          history: [chapter.path],
        } as unknown as Parameters<typeof processor.run>[1]);
      } catch (error) {
        report(error, chapter.path, add);
      }
      for (const problem of chapterRuleProblems(tree, chapter.path)) add(problem.message);
    }
  }

  const valid = chapters.filter(
    (c): c is Chapter & { data: NonNullable<Chapter['data']> } => c.data !== undefined,
  );
  attempt(where(chaptersDir), () => orderChapters(valid.map((c) => ({ ...c, filePath: c.path }))));
  // Every chapter file but the drafts, so a chapter with a frontmatter mistake is not also reported missing from the guide.
  if (ledger)
    attempt(where(join(dir, 'teaching/guide.yaml')), () =>
      loadTeacherGuide(
        chapters.filter((c) => !c.data?.draft).map((c) => c.id),
        dir,
      ),
    );

  // ── Own words ───────────────────────────────────────────────────────────────

  const articleHashes = new Set<string>(
    JSON.parse(readFileSync('tests/fixtures/article-shingles.json', 'utf8')).hashes,
  );
  for (const chapter of chapters.filter((c) => c.parsed)) {
    const runs = sharedRuns(proseText(chapter.body), articleHashes);
    for (const run of runs)
      add(
        `${chapter.path} — own words: "${run}" is a run of eight words from the source article\n  Fix: Say it in your own words, or quote it in quotation marks and cite it.`,
      );
  }

  // ── Sources and the article's figures ───────────────────────────────────────

  if (ledger) {
    // A figure's source line cites the sources behind its data; preparing it also checks the figure's data files.
    const figureSources = FIGURES.flatMap(
      (figure) => attempt(`figure "${figure.id}"`, () => figure.prepare(ledger).sources) ?? [],
    );
    const pages = readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.astro'))
      .map((name) => ({ id: `page:${name}`, body: readFileSync(`src/pages/${name}`, 'utf8') }));
    const usage = sourceUsage(
      ledger,
      [...chapters, ...pages],
      // The balancing calendar (content/data/events.yaml) cites its own sources, one or more per meeting.
      [
        SITE.originalSourceId,
        ...figureSources,
        ...(attempt('content/data/events.yaml', () => eventSources(loadEvents(dir))) ?? []),
      ],
    );
    const sourcesFile = where(join(dir, 'data/sources.yaml'));
    for (const [id, usedBy] of usage) {
      if (usedBy.size === 0)
        add(
          `${sourcesFile} — source "${id}": nothing cites it\n  Fix: Cite it in a chapter (<Cite id="${id}"/>), use it for a fact, or remove it.`,
        );
    }
    const used = new Set(chapters.flatMap((c) => factIdsIn(c.source)));
    const factsFile = where(join(dir, 'data/facts.yaml'));
    for (const fact of ledger.facts.values()) {
      if (fact.sources.includes(SITE.originalSourceId) && !used.has(fact.id))
        add(
          `${factsFile} — fact "${fact.id}": is a figure of the article that no chapter carries\n  Fix: Use it in the chapter that retells that part of the article: <Fact id="${fact.id}"/>.`,
        );
    }
  }

  return {
    problems: [...problems],
    chapters: chapters.length,
    facts: ledger?.facts.size,
    sources: ledger?.sources.size,
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const { problems, chapters, facts, sources } = await checkContent();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (problems.length === 0) {
    console.log(
      `Content OK: ${chapters} chapters${facts === undefined ? '' : `, ${facts} facts, ${sources} sources`} (${seconds} s).`,
    );
    return;
  }
  console.log(problems.join('\n\n'));
  console.log(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} in content/ (${seconds} s). Fix them and run npm run check:content again.`,
  );
  process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
