/**
 * Numbers each chapter's citations once, at build time: every <Cite> gets the
 * attributes note="<n>" (and first="true" on a source's first citation), in order
 * of first appearance, and the chapter's frontmatter gets `notes`, the cited source
 * ids in note order, which the notes list reads (src/components/Notes.astro, via
 * remarkPluginFrontmatter). Runs after remark-content-check, so every id is known.
 */
import type { Root } from 'mdast';
import { numberNotes } from '../lib/notes.ts';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
type AnyNode = {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: JsxAttribute[];
  children?: AnyNode[];
};

export default function remarkNotes() {
  return (
    tree: Root,
    file: { path?: string; history?: string[]; data: Record<string, unknown> },
  ) => {
    const path = file.path ?? file.history?.[0];
    if (!path || !/\.mdx$/.test(path)) return;
    const cites: AnyNode[] = [];
    const visit = (node: AnyNode) => {
      if (
        (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
        node.name === 'Cite'
      ) {
        cites.push(node);
        return; // A citation's own words hold no citations.
      }
      node.children?.forEach((child, i) => {
        // A bare marker hugs the word before it, as a superscript does: "in 2023[3]", not "in 2023 [3]".
        const before = node.children![i - 1];
        if (
          child.type === 'mdxJsxTextElement' &&
          child.name === 'Cite' &&
          !child.children?.length &&
          before?.type === 'text'
        )
          before.value = before.value!.replace(/\s+$/, '');
        visit(child);
      });
    };
    visit(tree as unknown as AnyNode);
    const idOf = (node: AnyNode) =>
      String(
        node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value ?? '',
      );
    const { refs, notes } = numberNotes(cites.map(idOf));
    cites.forEach((node, i) => {
      const { n, first } = refs[i]!;
      node.attributes = (node.attributes ?? []).filter(
        (a) => a.name !== 'note' && a.name !== 'first',
      );
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'note', value: String(n) });
      if (first) node.attributes.push({ type: 'mdxJsxAttribute', name: 'first', value: 'true' });
    });
    const astro = ((file.data.astro as { frontmatter?: Record<string, unknown> } | undefined) ??=
      {});
    (astro.frontmatter ??= {}).notes = notes;
  };
}
