/** Reading statistics computed from a chapter's MDX source. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;
/** Nodes that stand on their own: their text ends a sentence, as a paragraph break does. */
const BLOCKS = new Set<Nodes['type']>([
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'code',
  'mdxJsxFlowElement',
]);

function collect(node: Nodes, out: string[]): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      out.push(node.value);
      return;
    // Imports, {expressions}, raw HTML and images are not read as prose.
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
    case 'html':
    case 'image':
    case 'imageReference':
    case 'definition':
      return;
    case 'break':
    case 'tableCell':
      out.push(' ');
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      // A number reads as one word, whatever the ledger prints.
      if (node.name === 'Fact') {
        out.push(' NUMBER ');
        return;
      }
      break;
  }
  const block = BLOCKS.has(node.type);
  if (block) out.push('\n\n');
  if ('children' in node) for (const child of node.children) collect(child as Nodes, out);
  if (block) out.push('\n\n');
}

/** The words a reader reads in an MDX syntax tree (see proseText). */
export function treeText(tree: Root): string {
  const out: string[] = [];
  collect(tree, out);
  return out.join('');
}

const cache = new Map<string, string>();

/**
 * The words a reader reads, from the MDX syntax tree: no frontmatter, imports, expressions,
 * tags or Markdown marks; the text inside components (steps, callouts, terms) is kept, and
 * each block ends with a blank line, so headings and paragraphs end their sentences.
 */
export function proseText(mdx: string): string {
  let text = cache.get(mdx);
  if (text === undefined) {
    text = treeText(parser.parse(mdx.replace(FRONTMATTER, '')));
    cache.set(mdx, text);
  }
  return text;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-.,]*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Minutes at an adult's pace for explanatory prose; never less than one. */
export function readingMinutes(words: number, wordsPerMinute = 220): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

export function readingTime(mdx: string): { words: number; minutes: number } {
  const words = countWords(proseText(mdx));
  return { words, minutes: readingMinutes(words) };
}
