/**
 * The Starlight comparison in `npm run bench -- --peer`: its flag, and the conversion that
 * gives the peer our words without our components. The measuring itself is not tested:
 * benchmarks report, and tests stay free of timings.
 */
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../scripts/bench/options.ts';
import { toPlainMarkdown } from '../../scripts/bench/peer-source.ts';
import { loadLedger } from '../../src/lib/content-dir.ts';

describe('bench --peer', () => {
  it('adds the comparison to the default parts, and --only=peer runs it alone', () => {
    expect([...parseOptions(['--peer']).parts]).toEqual([
      'lighthouse',
      'weight',
      'scaling',
      'peer',
    ]);
    expect([...parseOptions([]).parts]).not.toContain('peer');
    expect([...parseOptions(['--only=peer']).parts]).toEqual(['peer']);
  });

  it('keeps the words of facts, terms and worded citations, and drops bare citations', () => {
    const ledger = loadLedger();
    const text = toPlainMarkdown(
      [
        'On <Fact id="boao-speech-date"/>, a <Term id="middle-corridor">route</Term> <Cite id="antic-2024"/>.',
        '<Cite id="antic-2024">Antić</Cite> writes.',
        '<WhoseView who="antic">',
        '',
        'A view.',
        '',
        '</WhoseView>',
      ].join('\n'),
      ledger,
      'test.mdx',
    );
    expect(text).toBe('On 28 March 2024, a route.\nAntić writes.\n\nA view.');
  });

  it('names the line when a component has no rule', () => {
    expect(() => toPlainMarkdown('Text\n<Figure id="x"/>', loadLedger(), 'test.mdx')).toThrow(
      /test\.mdx: line 2 .*<Figure/,
    );
  });
});
