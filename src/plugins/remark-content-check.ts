/**
 * Checks each chapter as it compiles, so a broken chapter fails the build with
 * the file, the line and the fix, instead of rendering something wrong.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { ContentError, closest, unknownId } from '../lib/errors.ts';
import { GLOSSARY_FILE } from '../lib/glossary.ts';
import { FACTS_FILE, SOURCES_FILE } from '../lib/ledger.ts';
import { isoDateString } from '../lib/dates.ts';
import { contentDir, loadGlossary, loadGuideVocabulary, loadLedger } from '../lib/content-dir.ts';
import { checkGuideTerms } from '../lib/guide-terms.ts';
import {
  findUpdateBoxes,
  splitFrontmatter,
  todayUtc,
  updateAnchors,
  updateDateProblem,
  type MdNode,
} from '../lib/updates.ts';
import { findLooseNumbers } from '../lib/prose-numbers.ts';
import { WHOSE_VIEW } from '../lib/schema.ts';
import { FIGURE_IDS, figureById, isFigureId, type FigureId } from '../figures/index.ts';
import { checkChapterRules } from '../lib/chapter-rules.ts';
import { checkLink } from '../lib/link-check.ts';

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

type AnyNode = {
  type: string;
  children?: AnyNode[];
  value?: string;
  url?: string;
  depth?: number;
  alt?: string | null;
  position?: { start: { line: number } };
};

interface VFileLike {
  path?: string;
  history?: string[];
  data?: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** The chapter's lastReviewed: from Astro's parsed frontmatter, or from the file itself (as in the content tests). */
function lastReviewedOf(file: VFileLike, path: string): string | undefined {
  let value = file.data?.astro?.frontmatter?.lastReviewed;
  if (value === undefined) {
    try {
      value = splitFrontmatter(readFileSync(path, 'utf8')).frontmatter.lastReviewed;
    } catch {
      return undefined;
    }
  }
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : isoDateString(value);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

export default function remarkContentCheck() {
  return (tree: Root, file: VFileLike) => {
    const path = file.path ?? file.history?.[0];
    if (!path || !/\.mdx?$/.test(path)) return;
    const where = relative(process.cwd(), path);
    const ledger = loadLedger();
    const glossary = loadGlossary();
    const isChapter = resolve(dirname(path)) === join(contentDir(), 'chapters');
    const today = todayUtc();
    const lastReviewed = lastReviewedOf(file, path);
    const marked = new Set<string>();
    const fail = (node: AnyNode | JsxNode, field: string, problem: string, fix: string): never => {
      throw new ContentError({ file: where, line: node.position?.start.line, field, problem, fix });
    };

    const attribute = (node: JsxNode, name: string): string | undefined => {
      const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
      if (!attr) return undefined;
      if (typeof attr.value !== 'string')
        fail(
          node,
          `<${node.name} ${name}>`,
          'is written as an expression',
          `Write it as plain text in quotes: ${name}="…"`,
        );
      return attr.value as string;
    };

    const checkComponent = (node: JsxNode, parent: JsxNode | undefined) => {
      const name = node.name ?? '(fragment)';
      const required = CHAPTER_COMPONENTS[name];
      if (!required) {
        const hint = closest(name, Object.keys(CHAPTER_COMPONENTS));
        fail(
          node,
          `<${name}>`,
          'is not a component chapters can use',
          hint
            ? `Did you mean <${hint}>? See AUTHORING.md for the list.`
            : `Use one of: ${Object.keys(CHAPTER_COMPONENTS).join(', ')} (see AUTHORING.md).`,
        );
      }
      for (const attr of required!) {
        if (name === 'WhatHappenedNext' && attr === 'date') continue;
        if (!attribute(node, attr)?.trim())
          fail(
            node,
            `<${name} ${attr}>`,
            'is missing',
            `Add ${attr}="…" (see AUTHORING.md for an example).`,
          );
      }
      if (name === 'Fact' || name === 'Cite') {
        const id = attribute(node, 'id')!;
        const known = name === 'Fact' ? ledger.facts : ledger.sources;
        if (!known.has(id)) {
          const [kind, file] = name === 'Fact' ? ['fact', FACTS_FILE] : ['source', SOURCES_FILE];
          fail(
            node,
            `<${name} id="${id}">`,
            `no ${kind} has this id`,
            unknownId(kind, id, known.keys(), file).fix,
          );
        }
      }
      if (name === 'Term') {
        const id = attribute(node, 'id')!;
        if (!glossary.has(id)) {
          fail(
            node,
            `<Term id="${id}">`,
            'no glossary term has this id',
            unknownId('term', id, glossary.keys(), GLOSSARY_FILE).fix,
          );
        }
        if (!node.children.length)
          fail(
            node,
            `<Term id="${id}">`,
            'marks no words',
            `Wrap the words it explains: <Term id="${id}">the words</Term>.`,
          );
        marked.add(id);
      }
      if (name === 'SourcesDiffer') {
        const ids = attribute(node, 'facts')!.split(/\s+/).filter(Boolean);
        if (ids.length < 2)
          fail(
            node,
            '<SourcesDiffer facts>',
            'lists fewer than two facts',
            "List the competing facts' ids, separated by spaces.",
          );
        for (const id of ids) {
          if (!ledger.facts.has(id)) {
            fail(
              node,
              `<SourcesDiffer facts> "${id}"`,
              'no fact has this id',
              unknownId('fact', id, ledger.facts.keys(), FACTS_FILE).fix,
            );
          }
        }
      }
      if (name === 'WhatHappenedNext') {
        const wrong = updateDateProblem(attribute(node, 'date')?.trim(), { today, lastReviewed });
        if (wrong) fail(node, '<WhatHappenedNext date>', wrong.problem, wrong.fix);
      }
      for (const attr of VISIBLE_ATTRIBUTES) {
        const value = name === 'Fact' || name === 'Cite' ? undefined : attribute(node, attr);
        const loose = value ? findLooseNumbers(value) : [];
        if (loose.length)
          fail(
            node,
            `<${name} ${attr}>`,
            `states the number "${loose[0]!.text}" directly`,
            'Say it in words, or move the number into the prose with <Fact id="…"/>.',
          );
      }
      if (name === 'Scrolly') {
        const figure = attribute(node, 'figure')!;
        if (!isFigureId(figure)) {
          const hint = closest(figure, FIGURE_IDS);
          fail(
            node,
            `<Scrolly figure="${figure}">`,
            'is not a known figure',
            hint
              ? `Did you mean "${hint}"? The figures are: ${FIGURE_IDS.join(', ')}.`
              : `Use one of: ${FIGURE_IDS.join(', ')}.`,
          );
        }
        const steps = node.children.filter((c) => (c as unknown as JsxNode).name === 'Step');
        if (steps.length === 0)
          fail(
            node,
            `<Scrolly figure="${figure}">`,
            'has no <Step> inside',
            'Add at least one <Step show="…" description="…"> with the text for that state.',
          );
        const stray = node.children.find(
          (c) => c.type !== 'mdxJsxFlowElement' || (c as unknown as JsxNode).name !== 'Step',
        );
        if (stray)
          fail(
            stray as AnyNode,
            `<Scrolly figure="${figure}">`,
            'contains text or elements outside a <Step>',
            'Put every paragraph of a scrolly section inside a <Step>.',
          );
      }
      if (name === 'Step') {
        const figure = parent?.name === 'Scrolly' ? attribute(parent, 'figure') : undefined;
        if (!figure)
          fail(
            node,
            '<Step>',
            'is not directly inside a <Scrolly>',
            'Wrap the steps in <Scrolly figure="…" title="…" caption="…">.',
          );
        const show = attribute(node, 'show')!;
        const states: readonly string[] = figureById(figure as FigureId).states;
        if (!states.includes(show)) {
          const hint = closest(show, states);
          fail(
            node,
            `<Step show="${show}">`,
            `is not a state of the figure "${figure}"`,
            `${hint ? `Did you mean "${hint}"? ` : ''}Its states are: ${states.join(', ')}.`,
          );
        }
      }
      if (name === 'WhoseView') {
        const who = attribute(node, 'who')!;
        if (!Object.hasOwn(WHOSE_VIEW, who)) {
          const hint = closest(who, Object.keys(WHOSE_VIEW));
          fail(
            node,
            `<WhoseView who="${who}">`,
            'is not a known viewpoint',
            `${hint ? `Did you mean "${hint}"? ` : ''}Use one of: ${Object.keys(WHOSE_VIEW).join(', ')} (see AUTHORING.md; a new viewpoint goes in WHOSE_VIEW in src/lib/schema.ts).`,
          );
        }
      }
    };

    let lastDepth = 1;
    const visit = (node: AnyNode, parent?: JsxNode) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        checkComponent(node as unknown as JsxNode, parent);
        if (
          (node as unknown as JsxNode).name === 'Fact' ||
          (node as unknown as JsxNode).name === 'Cite'
        )
          return;
      }
      if (node.type === 'heading') {
        const depth = node.depth ?? 2;
        if (depth === 1)
          fail(
            node,
            'heading',
            'a chapter has no "# " heading of its own (the title is the page heading)',
            'Start sections with "## ".',
          );
        if (depth > lastDepth + 1)
          fail(
            node,
            'heading',
            `jumps from level ${lastDepth} to level ${depth}`,
            `Use ${'#'.repeat(lastDepth + 1)} here, or add the missing level above it.`,
          );
        lastDepth = depth;
      }
      if (isChapter && (node.type === 'link' || node.type === 'definition') && node.url) {
        const broken = checkLink(node.url, {
          chapter: basename(path).replace(/\.mdx?$/, ''),
          tree: tree as Root,
        });
        if (broken) fail(node, `link "${node.url}"`, broken.problem, broken.fix);
      }
      if (
        isChapter &&
        (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') &&
        !/^\s*(['"])\s*\1\s*$/.test(node.value ?? '')
      ) {
        fail(
          node,
          'prose',
          `has "{${node.value}}", which MDX reads as code, not text`,
          'Rephrase without braces, or put a backslash before each one: \\{ and \\}.',
        );
      }
      if (node.type === 'image' && !node.alt?.trim()) {
        fail(
          node,
          'image',
          'has no alt text',
          'Describe the image between the brackets: ![What the image shows](path).',
        );
      }
      if (node.type === 'text' && node.value) {
        const loose = findLooseNumbers(node.value);
        if (loose.length) {
          fail(
            node,
            'prose',
            `states the number "${loose[0]!.text}" directly`,
            'Add it to content/data/facts.yaml with its source and write <Fact id="…"/> instead. (Years such as 2024 are fine.)',
          );
        }
      }
      const jsxParent = node.type === 'mdxJsxFlowElement' ? (node as unknown as JsxNode) : parent;
      for (const child of node.children ?? []) visit(child, jsxParent);
    };
    visit(tree as unknown as AnyNode);

    // Each update box gets a stable id (update-<date>), so /updates/ and the feed can link to it.
    const boxes = findUpdateBoxes(tree as unknown as MdNode);
    updateAnchors(
      boxes.map((box) =>
        (box.attributes?.find((a) => a.name === 'date')?.value as string | undefined)?.trim(),
      ),
    ).forEach((anchor, i) => {
      const box = boxes[i]!;
      box.attributes = [
        ...(box.attributes ?? []).filter((a) => a.name !== 'id'),
        { type: 'mdxJsxAttribute', name: 'id', value: anchor },
      ];
    });

    // The teacher guide's vocabulary for this chapter must be terms the chapter marks.
    if (isChapter) {
      const guideFile = relative(process.cwd(), join(contentDir(), 'teaching/guide.yaml'));
      try {
        checkGuideTerms({
          guideFile,
          vocabulary: loadGuideVocabulary(),
          chapter: basename(path).replace(/\.mdx?$/, ''),
          chapterFile: where,
          marked,
        });
      } catch (error) {
        // The line is guide.yaml's: re-thrown without it, so Astro does not pin it on the chapter.
        if (!(error instanceof ContentError)) throw error;
        throw Object.assign(new Error(error.message), { name: 'ContentError' });
      }
    }
    checkChapterRules(tree, path);
  };
}
