/**
 * Checks each chapter as it compiles, so a broken chapter fails the build with
 * the file, the line and the fix, instead of rendering something wrong.
 */
import { relative } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { ContentError, closest } from '../lib/errors.ts';
import { isPartialDate } from '../lib/dates.ts';
import { loadGlossary, loadLedger } from '../lib/content-dir.ts';
import { findLooseNumbers } from '../lib/prose-numbers.ts';
import { WHOSE_VIEW } from '../lib/schema.ts';
import { FIGURE_IDS, figureById, isFigureId, type FigureId } from '../figures/index.ts';

/** Every component a chapter may use, with its required attributes. */
export const CHAPTER_COMPONENTS: Record<string, string[]> = {
  Fact: ['id'],
  Cite: ['id'],
  WhatHappenedNext: ['date'],
  SourcesDiffer: ['facts', 'title'],
  WhoseView: ['who'],
  Scrolly: ['figure', 'title', 'caption'],
  Step: ['show', 'description'],
  Term: ['id'],
};

/** Attributes whose text readers see, so the no-loose-numbers rule applies to them too. */
const VISIBLE_ATTRIBUTES = ['title', 'caption', 'description'];

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: RootContent[];
  position?: { start: { line: number } };
}

type AnyNode = { type: string; children?: AnyNode[]; value?: string; depth?: number; alt?: string | null; position?: { start: { line: number } } };

export default function remarkContentCheck() {
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.[0];
    if (!path || !/\.mdx?$/.test(path)) return;
    const where = relative(process.cwd(), path);
    const ledger = loadLedger();
    const glossary = loadGlossary();
    const fail = (node: AnyNode | JsxNode, field: string, problem: string, fix: string): never => {
      throw new ContentError({ file: where, line: node.position?.start.line, field, problem, fix });
    };

    const attribute = (node: JsxNode, name: string): string | undefined => {
      const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
      if (!attr) return undefined;
      if (typeof attr.value !== 'string') fail(node, `<${node.name} ${name}>`, 'is written as an expression', `Write it as plain text in quotes: ${name}="…"`);
      return attr.value as string;
    };

    const checkComponent = (node: JsxNode, parent: JsxNode | undefined) => {
      const name = node.name ?? '(fragment)';
      const required = CHAPTER_COMPONENTS[name];
      if (!required) {
        const hint = closest(name, Object.keys(CHAPTER_COMPONENTS));
        fail(node, `<${name}>`, 'is not a component chapters can use', hint ? `Did you mean <${hint}>? See AUTHORING.md for the list.` : `Use one of: ${Object.keys(CHAPTER_COMPONENTS).join(', ')} (see AUTHORING.md).`);
      }
      for (const attr of required!) {
        if (!attribute(node, attr)?.trim()) fail(node, `<${name} ${attr}>`, 'is missing', `Add ${attr}="…" (see AUTHORING.md for an example).`);
      }
      if (name === 'Fact' || name === 'Cite') {
        const id = attribute(node, 'id')!;
        const known = name === 'Fact' ? ledger.facts : ledger.sources;
        if (!known.has(id)) {
          const hint = closest(id, known.keys());
          const file = name === 'Fact' ? 'content/data/facts.yaml' : 'content/data/sources.yaml';
          fail(node, `<${name} id="${id}">`, `no ${name === 'Fact' ? 'fact' : 'source'} has this id`, hint ? `Did you mean "${hint}"? Otherwise add it to ${file}.` : `Add it to ${file}, or correct the id.`);
        }
      }
      if (name === 'Term') {
        const id = attribute(node, 'id')!;
        if (!glossary.has(id)) {
          const hint = closest(id, glossary.keys());
          fail(node, `<Term id="${id}">`, 'no glossary term has this id', hint ? `Did you mean "${hint}"? Otherwise add it to content/data/glossary.yaml.` : 'Add it to content/data/glossary.yaml, or correct the id.');
        }
        if (!node.children.length) fail(node, `<Term id="${id}">`, 'marks no words', `Wrap the words it explains: <Term id="${id}">the words</Term>.`);
      }
      if (name === 'SourcesDiffer') {
        const ids = attribute(node, 'facts')!.split(/\s+/).filter(Boolean);
        if (ids.length < 2) fail(node, '<SourcesDiffer facts>', 'lists fewer than two facts', 'List the competing facts\' ids, separated by spaces.');
        for (const id of ids) {
          if (!ledger.facts.has(id)) {
            const hint = closest(id, ledger.facts.keys());
            fail(node, `<SourcesDiffer facts> "${id}"`, 'no fact has this id', hint ? `Did you mean "${hint}"?` : 'Add it to content/data/facts.yaml, or correct the id.');
          }
        }
      }
      if (name === 'WhatHappenedNext') {
        const date = attribute(node, 'date')!;
        if (!isPartialDate(date)) fail(node, '<WhatHappenedNext date>', `"${date}" is not a date`, 'Write the date of the latest news in the box as YYYY-MM-DD (or YYYY-MM, or YYYY if that is all the sources give), e.g. date="2026-03-10".');
      }
      for (const attr of VISIBLE_ATTRIBUTES) {
        const value = name === 'Fact' || name === 'Cite' ? undefined : attribute(node, attr);
        const loose = value ? findLooseNumbers(value) : [];
        if (loose.length) fail(node, `<${name} ${attr}>`, `states the number "${loose[0]!.text}" directly`, 'Say it in words, or move the number into the prose with <Fact id="…"/>.');
      }
      if (name === 'Scrolly') {
        const figure = attribute(node, 'figure')!;
        if (!isFigureId(figure)) {
          const hint = closest(figure, FIGURE_IDS);
          fail(node, `<Scrolly figure="${figure}">`, 'is not a known figure', hint ? `Did you mean "${hint}"? The figures are: ${FIGURE_IDS.join(', ')}.` : `Use one of: ${FIGURE_IDS.join(', ')}.`);
        }
        const steps = node.children.filter((c) => (c as unknown as JsxNode).name === 'Step');
        if (steps.length === 0) fail(node, `<Scrolly figure="${figure}">`, 'has no <Step> inside', 'Add at least one <Step show="…" description="…"> with the text for that state.');
        const stray = node.children.find((c) => c.type !== 'mdxJsxFlowElement' || (c as unknown as JsxNode).name !== 'Step');
        if (stray) fail(stray as AnyNode, `<Scrolly figure="${figure}">`, 'contains text or elements outside a <Step>', 'Put every paragraph of a scrolly section inside a <Step>.');
      }
      if (name === 'Step') {
        const figure = parent?.name === 'Scrolly' ? attribute(parent, 'figure') : undefined;
        if (!figure) fail(node, '<Step>', 'is not directly inside a <Scrolly>', 'Wrap the steps in <Scrolly figure="…" title="…" caption="…">.');
        const show = attribute(node, 'show')!;
        const states: readonly string[] = figureById(figure as FigureId).states;
        if (!states.includes(show)) {
          const hint = closest(show, states);
          fail(node, `<Step show="${show}">`, `is not a state of the figure "${figure}"`, `${hint ? `Did you mean "${hint}"? ` : ''}Its states are: ${states.join(', ')}.`);
        }
      }
      if (name === 'WhoseView') {
        const who = attribute(node, 'who')!;
        if (!Object.hasOwn(WHOSE_VIEW, who)) fail(node, '<WhoseView who>', `"${who}" is not a known viewpoint`, `Use one of: ${Object.keys(WHOSE_VIEW).join(', ')}.`);
      }
    };

    let lastDepth = 1;
    const visit = (node: AnyNode, parent?: JsxNode) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        checkComponent(node as unknown as JsxNode, parent);
        if ((node as unknown as JsxNode).name === 'Fact' || (node as unknown as JsxNode).name === 'Cite') return;
      }
      if (node.type === 'heading') {
        const depth = node.depth ?? 2;
        if (depth === 1) fail(node, 'heading', 'a chapter has no "# " heading of its own (the title is the page heading)', 'Start sections with "## ".');
        if (depth > lastDepth + 1) fail(node, 'heading', `jumps from level ${lastDepth} to level ${depth}`, `Use ${'#'.repeat(lastDepth + 1)} here, or add the missing level above it.`);
        lastDepth = depth;
      }
      if (node.type === 'image' && !node.alt?.trim()) {
        fail(node, 'image', 'has no alt text', 'Describe the image between the brackets: ![What the image shows](path).');
      }
      if (node.type === 'text' && node.value) {
        const loose = findLooseNumbers(node.value);
        if (loose.length) {
          fail(node, 'prose', `states the number "${loose[0]!.text}" directly`, 'Add it to content/data/facts.yaml with its source and write <Fact id="…"/> instead. (Years such as 2024 are fine.)');
        }
      }
      const jsxParent = node.type === 'mdxJsxFlowElement' ? (node as unknown as JsxNode) : parent;
      for (const child of node.children ?? []) visit(child, jsxParent);
    };
    visit(tree as unknown as AnyNode);
  };
}
