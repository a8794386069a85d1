/**
 * The rules every chapter meets as a whole, beyond what each element must be: its length,
 * the credit to the original article's author, and a dated update. The build runs them on
 * every file in content/chapters (remark-content-check.ts calls checkChapterRules), and so
 * does `npm run check:content`; AUTHORING.md lists them under "The rules the build enforces".
 * The chapter set itself is whatever files content/chapters holds: no list names them.
 */
import { relative, resolve, sep } from 'node:path';
import type { Root } from 'mdast';
import { contentDir } from './content-dir.ts';
import { ContentError } from './errors.ts';
import { countWords, treeText } from './reading.ts';

/** Words of prose a chapter may have: enough to make its case, short enough to read in one sitting. */
export const CHAPTER_WORDS = { min: 600, max: 1500 } as const;

/** The original article's author, whom every chapter credits by name. */
export const ORIGINAL_AUTHOR = 'Antić';

interface Node {
  type: string;
  name?: string | null;
  children?: Node[];
}

function hasComponent(node: Node, name: string): boolean {
  if (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    node.name === name
  )
    return true;
  return (node.children ?? []).some((child) => hasComponent(child, name));
}

/** Whether a compiled file is a chapter (a file directly in content/chapters). */
export function isChapterFile(path: string, dir = contentDir()): boolean {
  const chapters = resolve(dir, 'chapters') + sep;
  const file = resolve(path);
  return (
    file.startsWith(chapters) && !file.slice(chapters.length).includes(sep) && /\.mdx$/.test(file)
  );
}

/** Every rule a chapter breaks, in the order AUTHORING lists them (empty when it meets them all). */
export function chapterRuleProblems(tree: Root, file: string): ContentError[] {
  const problems: ContentError[] = [];
  const text = treeText(tree);
  const words = countWords(text);
  const { min, max } = CHAPTER_WORDS;
  if (words < min) {
    problems.push(
      new ContentError({
        file,
        field: 'length',
        problem: `has ${words} words of prose, fewer than ${min}`,
        fix: `A chapter has ${min}–${max.toLocaleString('en-GB')} words (frontmatter and tags are not counted). Add ${min - words} or more, or merge it into a neighbouring chapter.`,
      }),
    );
  } else if (words > max) {
    problems.push(
      new ContentError({
        file,
        field: 'length',
        problem: `has ${words.toLocaleString('en-GB')} words of prose, more than ${max.toLocaleString('en-GB')}`,
        fix: `A chapter has ${min}–${max.toLocaleString('en-GB')} words. Cut ${(words - max).toLocaleString('en-GB')} or more, or split it into two chapters.`,
      }),
    );
  }
  if (!text.includes(ORIGINAL_AUTHOR)) {
    problems.push(
      new ContentError({
        file,
        field: 'credit',
        problem: `never names ${ORIGINAL_AUTHOR}`,
        fix: `Say whose argument the chapter retells, e.g. "${ORIGINAL_AUTHOR} argues that …", with <Cite id="antic-2024">his article</Cite>.`,
      }),
    );
  }
  if (!hasComponent(tree as Node, 'WhatHappenedNext')) {
    problems.push(
      new ContentError({
        file,
        field: 'update',
        problem: 'has no dated update',
        fix: 'Add a <WhatHappenedNext date="YYYY-MM-DD"> box that says what has happened since spring 2024 (see AUTHORING.md).',
      }),
    );
  }
  return problems;
}

/** The build's check: a chapter that breaks a rule stops it, with the first problem. Other files pass. */
export function checkChapterRules(tree: Root, path: string): void {
  if (!isChapterFile(path)) return;
  const [first] = chapterRuleProblems(tree, relative(process.cwd(), path));
  if (first) throw first;
}
