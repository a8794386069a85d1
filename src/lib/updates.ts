/**
 * The dated "What happened next" boxes, read from the chapters' MDX: the build
 * check (src/plugins/remark-content-check.ts) and the /updates/ page and feed
 * use the same functions, so a box's anchor is the same everywhere.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { parse as parseYaml } from 'yaml';
import { isPartialDate } from './dates.ts';
import { singleStops } from './typography.ts';

/** The component authors write for a dated update. */
export const UPDATE_COMPONENT = 'WhatHappenedNext';

/** The slice of mdast (with MDX) these functions read. */
export interface MdNode {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
  value?: string;
  position?: { start: { line: number } };
}

export interface ChapterUpdate {
  /** The chapter's id (its file name). */
  chapter: string;
  /** The chapter's file, as authors see it. */
  file: string;
  line: number | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as the author wrote it. */
  date: string;
  title: string | undefined;
  /** The box's title, or its first sentence, as plain text. */
  summary: string;
  /** The id of the box on the chapter page, e.g. update-2025-01-03. */
  anchor: string;
}

export function attributeOf(node: MdNode, name: string): string | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

const isJsx = (node: MdNode) =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Every update box in the tree, in reading order. */
export function findUpdateBoxes(tree: MdNode): MdNode[] {
  const found: MdNode[] = [];
  const visit = (node: MdNode) => {
    if (isJsx(node) && node.name === UPDATE_COMPONENT) found.push(node);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

/** Stable ids for a chapter's boxes: update-<date>, then update-<date>-2, -3 for a date used again. */
export function updateAnchors(dates: Array<string | undefined>): string[] {
  const used = new Map<string, number>();
  return dates.map((date) => {
    const base = date && isPartialDate(date) ? `update-${date}` : 'update';
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

/** The words a reader sees: a Fact prints its display text, a Cite drops out, other marks keep their words. */
export function plainText(node: MdNode, factText: (id: string) => string | undefined): string {
  const walk = (n: MdNode): string => {
    if (n.type === 'text' || n.type === 'inlineCode') return n.value ?? '';
    if (n.type === 'break') return ' ';
    if (isJsx(n) && n.name === 'Fact') return factText(attributeOf(n, 'id') ?? '') ?? '';
    if (isJsx(n) && n.name === 'Cite') return '';
    if (n.type === 'paragraph' || n.type === 'heading')
      return `${(n.children ?? []).map(walk).join('')} `;
    return (n.children ?? []).map(walk).join('');
  };
  return tidy(walk(node));
}

const tidy = (text: string) =>
  singleStops(
    text
      .replace(/\s+/g, ' ')
      .replace(/\s+([.,;:!?)])/g, '$1')
      .trim(),
  );

/** The first sentence of a text, cut at a word if it runs long. */
export function firstSentence(text: string, max = 240): string {
  const match = /^.+?[.!?]["”’)]?(?=\s+["“‘(]?[A-Z]|$)/.exec(text);
  const sentence = (match ? match[0] : text).trim();
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

/**
 * A short text for a box in a list: its title if it has one, otherwise the first
 * sentence. A bold lead-in ("**SCO.** Astana hosted…") stays with its sentence.
 */
export function summariseUpdate(box: MdNode, factText: (id: string) => string | undefined): string {
  const title = attributeOf(box, 'title')?.trim();
  if (title) return title;
  const paragraph = box.children?.find((c) => c.type === 'paragraph');
  if (!paragraph) return '';
  const [first, ...rest] = paragraph.children ?? [];
  if (first?.type === 'strong') {
    const label = plainText(first, factText);
    return `${label} ${firstSentence(plainText({ type: 'paragraph', children: rest }, factText))}`.trim();
  }
  return firstSentence(plainText(paragraph, factText));
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[^\S\r\n]*(?:\r?\n|$)/;

/** Splits a chapter into its frontmatter and a body in which every line keeps its number. */
export function splitFrontmatter(source: string): {
  frontmatter: Record<string, unknown>;
  body: string;
} {
  const match = FRONTMATTER.exec(source);
  if (!match) return { frontmatter: {}, body: source };
  const data = parseYaml(match[1]!) as unknown;
  const blank = match[0].replace(/[^\n]/g, '');
  return {
    frontmatter: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    body: blank + source.slice(match[0].length),
  };
}

/** Reads the dated updates of one chapter's MDX source. Boxes without a valid date are left out (the build check reports them). */
export function readChapterUpdates(
  source: string,
  opts: { chapter: string; file: string; factText: (id: string) => string | undefined },
): ChapterUpdate[] {
  const { body } = splitFrontmatter(source);
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as unknown as MdNode;
  const boxes = findUpdateBoxes(tree);
  const anchors = updateAnchors(boxes.map((b) => attributeOf(b, 'date')));
  return boxes.flatMap((box, i) => {
    const date = attributeOf(box, 'date')?.trim();
    if (!date || !isPartialDate(date)) return [];
    return [
      {
        chapter: opts.chapter,
        file: opts.file,
        line: box.position?.start.line,
        date,
        title: attributeOf(box, 'title')?.trim() || undefined,
        summary: summariseUpdate(box, opts.factText),
        anchor: anchors[i]!,
      },
    ];
  });
}

/** Newest first; a bare year or month sorts after the days inside it, as it may be earlier. */
export function compareNewestFirst(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/** The newest of some partial dates. */
export function newestDate(dates: string[]): string | undefined {
  return [...dates].sort(compareNewestFirst)[0];
}

/** True when even the first day of a partial date comes after a full date: "2026-12" is after 2026-11-29, "2026" is not. */
export function isAfter(partial: string, day: string): boolean {
  return day.slice(0, partial.length) < partial;
}

/** Today's date in UTC, YYYY-MM-DD: the build's "now" for the date checks. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * What is wrong with an update's date, if anything: missing, malformed, in the
 * future, or newer than the chapter's lastReviewed.
 */
export function updateDateProblem(
  date: string | undefined,
  ctx: { today: string; lastReviewed?: string | undefined },
): { problem: string; fix: string } | undefined {
  const example = 'date="2026-03-10"';
  if (!date?.trim())
    return {
      problem: 'is missing',
      fix: `Add the date of the newest news in the box, YYYY-MM-DD (or YYYY-MM, or YYYY if that is all the sources give), e.g. ${example}.`,
    };
  if (!isPartialDate(date))
    return {
      problem: `"${date}" is not a date`,
      fix: `Write the date of the latest news in the box as YYYY-MM-DD (or YYYY-MM, or YYYY if that is all the sources give), e.g. ${example}.`,
    };
  if (isAfter(date, ctx.today))
    return {
      problem: `"${date}" is in the future (the build ran on ${ctx.today})`,
      fix: 'An update reports what has already happened: give the date of the newest news in the box, not a planned one, and say "planned for …" in the text.',
    };
  if (ctx.lastReviewed && isAfter(date, ctx.lastReviewed)) {
    return {
      problem: `"${date}" is newer than the chapter's lastReviewed (${ctx.lastReviewed})`,
      fix: `Review the whole chapter, then set lastReviewed: ${ctx.today} in its frontmatter (it may not be earlier than its newest update), or correct the date.`,
    };
  }
  return undefined;
}
