/**
 * Gives each section heading (h2, h3) a link to itself, so a teacher can copy
 * the address of one section. The link has no text node, so the contents list,
 * which reads heading text, stays clean; its mark comes from CSS.
 */
import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { chapterLocale } from '../i18n/file-locale.ts';
import { ui } from '../i18n/ui/index.ts';

function textOf(node: RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => textOf(c as RootContent)).join('') : '';
}

export default function rehypeHeadingAnchors() {
  return (tree: Root, file: VFile) => {
    const t = ui(chapterLocale(file.path));
    const walk = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const id = child.properties?.id;
        if ((child.tagName === 'h2' || child.tagName === 'h3') && typeof id === 'string') {
          const label = t.header.sectionLink(
            child.children
              .map((c) => textOf(c as RootContent))
              .join('')
              .trim(),
          );
          child.children.push({
            type: 'element',
            tagName: 'a',
            properties: {
              className: ['heading-anchor'],
              href: `#${id}`,
              ariaLabel: label,
              dataPagefindIgnore: '',
            },
            children: [],
          });
        } else {
          walk(child);
        }
      }
    };
    walk(tree);
  };
}
