/**
 * Turns our chapters into plain Markdown that Starlight builds without our components, so
 * the peer page carries the same words: a number from the ledger becomes its display text,
 * a glossary term or a citation with words its words, and an aside its paragraphs. Bare citations are left out
 * (they print no words, only a numbered link to the source list), and so are figures, which these text
 * chapters do not have.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadLedger } from '../../src/lib/content-dir.ts';
import { getFact, type Ledger } from '../../src/lib/ledger.ts';
import { en } from '../../src/i18n/ui/en.ts';

/** The text chapters we compare: a page of prose each, with no figures. */
export const PEER_CHAPTERS = ['opening', 'west'];

interface Frontmatter {
  title: string;
  dek?: string;
  order?: number;
  selfCheck?: Array<{ question: string; answer: string }>;
}

const quote = (text: string) => JSON.stringify(text);

/** Replaces our MDX components with the plain Markdown a reader would read in their place. */
export function toPlainMarkdown(body: string, ledger: Ledger, where: string): string {
  const leftover = (line: string) => /<[A-Z]/.test(line);
  const text = body
    .replace(/\s*<Cite\b[^>]*\/>/g, '')
    .replace(/<Cite\b[^>]*>([\s\S]*?)<\/Cite>/g, '$1')
    .replace(/<Fact id="([^"]+)"\s*\/>/g, (_, id: string) => getFact(ledger, id, where).display)
    .replace(/<Term\b[^>]*>([\s\S]*?)<\/Term>/g, '$1')
    .replace(/^<WhatHappenedNext\b[^>]*title="([^"]*)"[^>]*>$/gm, '**$1**')
    .replace(/^<\/?(WhoseView|WhatHappenedNext)\b[^>]*>$/gm, '');
  const stray = text.split('\n').findIndex(leftover);
  if (stray >= 0)
    throw new Error(
      `${where}: line ${stray + 1} of the converted text still has a component Starlight cannot build: "${text.split('\n')[stray]!.trim().slice(0, 80)}". Add a rule for it in scripts/bench/peer-source.ts.`,
    );
  return text.replace(/\n{3,}/g, '\n\n').trim();
}

/** Splits an MDX file into its YAML frontmatter and its body. */
function splitFrontmatter(source: string, where: string): { data: Frontmatter; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${where}: no frontmatter between --- lines.`);
  return { data: parse(match[1]!) as Frontmatter, body: match[2]! };
}

/** Writes the peer's content folder afresh from content/chapters/. */
export function writePeerSources(docsDir: string): void {
  const ledger = loadLedger();
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  for (const id of PEER_CHAPTERS) {
    const file = join('content/chapters', `${id}.mdx`);
    const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'), file);
    // The self-check is on our page too, so the peer gets the same questions and answers.
    const selfCheck = data.selfCheck?.length
      ? [
          `## ${en.chapter.selfCheck}`,
          ...data.selfCheck.map(
            (q) => `<details>\n<summary>${q.question}</summary>\n\n${q.answer}\n\n</details>`,
          ),
        ].join('\n\n')
      : '';
    const frontmatter = [
      '---',
      `title: ${quote(data.title)}`,
      ...(data.dek ? [`description: ${quote(data.dek)}`] : []),
      ...(data.order ? [`sidebar:\n  order: ${data.order}`] : []),
      '---',
    ].join('\n');
    const markdown = toPlainMarkdown(body, ledger, file);
    writeFileSync(
      join(docsDir, `${id}.md`),
      `${frontmatter}\n\n${data.dek ?? ''}\n\n${markdown}\n\n${selfCheck}\n`,
    );
  }
}
