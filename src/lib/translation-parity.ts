/**
 * Translation parity: a chapter's translation must carry the same facts,
 * citations, terms, figures, steps and callouts as the English, in the same
 * order, so that a correction in one edition can never silently miss the other.
 * Prose is free; the skeleton of components is not.
 */
import { relative } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { parse as parseYaml } from 'yaml';
import { ContentError, forAuthors, fromMdxParseError } from './errors.ts';

/** The components whose presence and order the editions share, and the attribute that identifies each. */
const SKELETON: Record<string, string> = {
  Fact: 'id',
  Cite: 'id',
  Term: 'id',
  Scrolly: 'figure',
  Step: 'show',
  WhatHappenedNext: 'date',
  SourcesDiffer: 'facts',
  WhoseView: 'who',
};

export interface SkeletonItem {
  /** e.g. `<Fact id="corridor-2023">` */
  label: string;
  line: number;
}

export interface ChapterSkeleton {
  items: SkeletonItem[];
  lastReviewed: string | undefined;
  selfChecks: number;
}

type Node = {
  type: string;
  name?: string | null;
  attributes?: Array<{ name?: string; value?: unknown }>;
  children?: Node[];
  value?: string;
  position?: { start: { line: number } };
};

/** The ordered list of shared components in one chapter's source, with their lines. */
export function chapterSkeleton(source: string, file = 'the chapter'): ChapterSkeleton {
  const head = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const frontmatter = ((head ? parseYaml(head[1]!) : {}) ?? {}) as Record<string, unknown>;
  // Lines are counted from the top of the file, frontmatter included, as editors number them:
  // the frontmatter is parsed as blank lines.
  const offset = 0;
  let tree: Node;
  try {
    tree = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .parse(
        head ? head[0].replace(/[^\n]/g, '') + source.slice(head[0].length) : source,
      ) as unknown as Node;
  } catch (error) {
    // An MDX syntax error, in the same words the chapter's own compile would use.
    const translated = fromMdxParseError(error, file);
    throw translated ? forAuthors(translated, { dev: false }) : error;
  }
  const items: SkeletonItem[] = [];
  const visit = (node: Node) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name &&
      SKELETON[node.name]
    ) {
      const key = SKELETON[node.name]!;
      const value = node.attributes?.find((a) => a.name === key)?.value;
      items.push({
        label: `<${node.name} ${key}="${typeof value === 'string' ? value : '…'}">`,
        line: (node.position?.start.line ?? 0) + offset,
      });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  const reviewed = frontmatter.lastReviewed;
  return {
    items,
    lastReviewed:
      reviewed instanceof Date
        ? reviewed.toISOString().slice(0, 10)
        : typeof reviewed === 'string'
          ? reviewed
          : undefined,
    selfChecks: Array.isArray(frontmatter.selfCheck) ? frontmatter.selfCheck.length : 0,
  };
}

export interface ParityProblem {
  kind: 'missing' | 'extra' | 'self-check';
  /** What drifted, e.g. `<Fact id="corridor-2023">` */
  label: string;
  /** Its line in the original (for missing) or in the translation (for extra). */
  originalLine: number | undefined;
  translationLine: number | undefined;
}

/**
 * The differences between two skeletons, as a shortest edit script (longest
 * common subsequence), so one missing fact reports one problem, not a cascade.
 */
export function compareSkeletons(
  original: ChapterSkeleton,
  translation: ChapterSkeleton,
): ParityProblem[] {
  const a = original.items;
  const b = translation.items;
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] =
        a[i]!.label === b[j]!.label
          ? lcs[i + 1]![j + 1]! + 1
          : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const problems: ParityProblem[] = [];
  let i = 0;
  let j = 0;
  // The line in the other file where a missing or extra item belongs.
  const near = (items: SkeletonItem[], k: number) => items[Math.min(k, items.length - 1)]?.line;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i]!.label === b[j]!.label) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      problems.push({
        kind: 'extra',
        label: b[j]!.label,
        originalLine: near(a, i),
        translationLine: b[j]!.line,
      });
      j++;
    } else {
      // Anchor it after the last item the translation does have, where the author will look for the gap.
      problems.push({
        kind: 'missing',
        label: a[i]!.label,
        originalLine: a[i]!.line,
        translationLine: j > 0 ? b[j - 1]!.line : near(b, 0),
      });
      i++;
    }
  }
  if (original.selfChecks !== translation.selfChecks) {
    problems.push({
      kind: 'self-check',
      label: `selfCheck (${original.selfChecks} questions in the original, ${translation.selfChecks} in the translation)`,
      originalLine: undefined,
      translationLine: undefined,
    });
  }
  return problems;
}

/** Whether the original has been reviewed since the translation was: the page then says so. */
export function translationIsBehind(
  original: ChapterSkeleton,
  translation: ChapterSkeleton,
): boolean {
  return (
    !!original.lastReviewed &&
    !!translation.lastReviewed &&
    translation.lastReviewed < original.lastReviewed
  );
}

/** Turns the problems of one chapter pair into one error that names both files and lines. */
export function parityError(
  originalFile: string,
  translationFile: string,
  problems: ParityProblem[],
): ContentError {
  const at = (file: string, line: number | undefined) => (line ? `${file}:${line}` : file);
  const lines = problems.map((p) =>
    p.kind === 'missing'
      ? `  - missing: ${p.label} (${at(originalFile, p.originalLine)}), expected about ${at(translationFile, p.translationLine)}`
      : p.kind === 'extra'
        ? `  - extra: ${p.label} at ${at(translationFile, p.translationLine)}, not in the original (near ${at(originalFile, p.originalLine)})`
        : `  - ${p.label}`,
  );
  return new ContentError({
    file: relative(process.cwd(), translationFile),
    line: problems.find((p) => p.translationLine)?.translationLine,
    field: 'translation parity',
    problem: `does not carry the same components as ${relative(process.cwd(), originalFile)}:\n${lines.join('\n')}`,
    fix: 'Give the translation the same Fact, Cite, Term, Scrolly, Step, callout and self-check items, in the same order, as the original; translate only the words around them.',
  });
}
