import { describe, expect, it } from 'vitest';
import { numberNotes, noteId, noteRefId } from '../../src/lib/notes.ts';
import remarkNotes from '../../src/plugins/remark-notes.ts';

describe('numbering a chapter’s notes', () => {
  it('numbers sources in order of first citation, and a source cited again keeps its number', () => {
    const { refs, notes } = numberNotes(['a', 'b', 'a', 'c', 'b']);
    expect(notes).toEqual(['a', 'b', 'c']);
    expect(refs).toEqual([
      { n: 1, first: true },
      { n: 2, first: true },
      { n: 1, first: false },
      { n: 3, first: true },
      { n: 2, first: false },
    ]);
  });
  it('gives a chapter without citations no notes', () => {
    expect(numberNotes([])).toEqual({ refs: [], notes: [] });
  });
  it('names the ids the markers and the list share', () => {
    expect([noteId(3), noteRefId(3)]).toEqual(['note-3', 'note-ref-3']);
  });
});

describe('the remark-notes plugin', () => {
  const text = (value: string) => ({ type: 'text', value });
  const cite = (id: string, words?: string) => ({
    type: 'mdxJsxTextElement',
    name: 'Cite',
    attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
    children: words ? [text(words)] : [],
  });
  /** A chapter of one paragraph. */
  const paragraph = <C extends { type: string }>(children: C[]) => ({
    type: 'root',
    children: [{ type: 'paragraph', children }],
  });
  const run = (tree: object) => {
    const file = {
      path: '/x/content/chapters/china.mdx',
      data: { astro: { frontmatter: { title: 'China' } } } as Record<string, unknown>,
    };
    remarkNotes()(tree as never, file);
    return file.data.astro as { frontmatter: Record<string, unknown> };
  };
  const attrs = (node: { attributes: Array<{ name: string; value: string }> }) =>
    Object.fromEntries(node.attributes.map((a) => [a.name, a.value]));

  it('sets each Cite’s note number, marks first citations and lists the notes in the frontmatter', () => {
    const first = cite('trend');
    const words = cite('antic', 'Antić’s article');
    const again = cite('trend');
    const tree = paragraph([
      text('Trade grew '),
      first,
      text('. As '),
      words,
      text(' says, it grew '),
      again,
    ]);
    const { frontmatter } = run(tree);
    expect(frontmatter).toEqual({ title: 'China', notes: ['trend', 'antic'] });
    expect(attrs(first as never)).toEqual({ id: 'trend', note: '1', first: 'true' });
    expect(attrs(words as never)).toEqual({ id: 'antic', note: '2', first: 'true' });
    expect(attrs(again as never)).toEqual({ id: 'trend', note: '1' });
  });

  it('pulls a bare marker up to the word before it, but leaves the space before wrapped words', () => {
    const tree = paragraph([
      text('Trade grew '),
      cite('trend'),
      text('. As '),
      cite('antic', 'the article'),
    ]);
    run(tree);
    const texts = tree.children[0]!.children.filter((c) => c.type === 'text').map(
      (c) => (c as { value: string }).value,
    );
    expect(texts).toEqual(['Trade grew', '. As ']);
  });
});

describe('how a derived number is explained', () => {
  it('gives the formula with the inputs as printed, then what they are', async () => {
    const { derivationText } = await import('../../src/lib/notes.ts');
    const fact = (id: string, display: string, label: string, derived?: object) => ({
      id,
      display,
      label,
      value: 1,
      unit: 'USD bn',
      asOf: '2023',
      sources: [],
      ...(derived && { derived }),
    });
    const a = fact('a', '$41bn', 'Trade in 2023, Chinese customs');
    const b = fact('b', '$31.4bn', 'Trade in 2023, Kazakh statistics');
    const gap = fact('gap', 'about $9.6bn', 'Gap', { formula: 'difference', from: ['a', 'b'] });
    const ledger = {
      facts: new Map([a, b, gap].map((f) => [f.id, f])),
      sources: new Map(),
    } as never;
    expect(derivationText(ledger, gap as never)).toBe(
      '$41bn minus $31.4bn, from: Trade in 2023, Chinese customs; and Trade in 2023, Kazakh statistics',
    );
    expect(derivationText(ledger, a as never)).toBeUndefined();
  });
});
