/**
 * Applies russianSpaces (src/lib/typography-ru.ts) to the text of Russian
 * chapters (content/chapters/ru/), inside components too, but never inside
 * code. Other editions pass through untouched.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { chapterLocale } from '../i18n/file-locale.ts';
import { russianSpaces } from '../lib/typography-ru.ts';

interface AnyNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: AnyNode[];
}

const SKIP = new Set(['code', 'pre', 'script', 'style']);

export default function rehypeRussianTypography() {
  return (tree: Root, file: VFile) => {
    if (chapterLocale(file.path) !== 'ru') return;
    const walk = (node: AnyNode) => {
      if (node.type === 'text' && typeof node.value === 'string')
        node.value = russianSpaces(node.value);
      if (node.tagName && SKIP.has(node.tagName)) return;
      node.children?.forEach(walk);
    };
    walk(tree as unknown as AnyNode);
  };
}
