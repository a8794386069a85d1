import { describe, expect, it } from 'vitest';
import { getFact, getSource, parseLedger } from '../../src/lib/ledger.ts';
import { contentErrorOf } from '../support/errors.ts';

const SOURCES = `
- id: antic-2024
  title: "Kazakhstan's Balancing Act"
  publisher: The Geopolitics
  date: "2024"
  url: https://example.org/antic
  group: original
- id: astanatimes-2024-02-27
  title: "Cargo soars"
  publisher: The Astana Times
  date: "2024-02-27"
  url: https://example.org/at
  group: news
`;

const FACTS = `
- id: corridor-2023
  label: "Middle Corridor cargo in 2023"
  value: 2.76
  unit: Mt
  asOf: "2023"
  sources: [antic-2024, astanatimes-2024-02-27]
- id: corridor-2023-growth
  label: "Growth in 2023"
  value: 65
  unit: "%"
  asOf: "2023"
  sources: [astanatimes-2024-02-27]
- id: corridor-2022
  label: "Middle Corridor cargo in 2022"
  unit: Mt
  qualifier: about
  asOf: "2022"
  derived:
    formula: priorFromGrowth
    from: [corridor-2023, corridor-2023-growth]
- id: visa-free-start
  label: "Visa-free travel began"
  value: 2023-11-10
  unit: date
  asOf: 2023-11-10
  sources: [antic-2024]
`;

const parse = (facts: string, sources = SOURCES) =>
  parseLedger({
    facts: { path: 'content/data/facts.yaml', text: facts },
    sources: { path: 'content/data/sources.yaml', text: sources },
  });

const errorOf = contentErrorOf;

describe('the facts ledger', () => {
  it('looks facts up and formats them', () => {
    const ledger = parse(FACTS);
    expect(getFact(ledger, 'corridor-2023', 'a test').display).toBe('2.76 Mt');
    expect(getFact(ledger, 'visa-free-start', 'a test').display).toBe('10 November 2023');
    expect(getSource(ledger, 'antic-2024').publisher).toBe('The Geopolitics');
  });

  it('computes derived facts from their inputs, with the inputs’ sources', () => {
    const fact = getFact(parse(FACTS), 'corridor-2022', 'a test');
    expect(fact.value).toBe(1.67);
    expect(fact.display).toBe('about 1.67 Mt');
    expect(fact.derived).toEqual({
      formula: 'priorFromGrowth',
      from: ['corridor-2023', 'corridor-2023-growth'],
    });
    expect(fact.sources).toEqual(['antic-2024', 'astanatimes-2024-02-27']);
  });

  it('names the nearest id when a fact is unknown', () => {
    const error = errorOf(() =>
      getFact(parse(FACTS), 'corridor-2023-grwth', 'content/chapters/china.mdx'),
    );
    expect(error.message).toContain('content/chapters/china.mdx');
    expect(error.message).toContain('Did you mean "corridor-2023-growth"?');
  });

  it('rejects a fact that cites an unknown source, naming file, line and field', () => {
    const error = errorOf(() =>
      parse(FACTS.replace('sources: [antic-2024]', 'sources: [antik-2024]')),
    );
    expect(error.message).toMatch(
      /^content\/data\/facts\.yaml:\d+ — fact "visa-free-start" → sources/,
    );
    expect(error.message).toContain('Did you mean "antic-2024"?');
  });

  it('rejects duplicate ids', () => {
    const error = errorOf(() =>
      parse(FACTS + FACTS.split('- id: corridor-2023-growth')[0]!.replace(/^\n/, '')),
    );
    expect(error.message).toMatch(/is used twice \(first at line 2\)/);
  });

  it('rejects a missing field with the fix', () => {
    const error = errorOf(() => parse(FACTS.replace('  label: "Visa-free travel began"\n', '')));
    expect(error.field).toBe('fact "visa-free-start" → label');
    expect(error.fix).toContain('label:');
  });

  it('rejects a malformed date', () => {
    const error = errorOf(() => parse(FACTS.replace('asOf: 2023-11-10', 'asOf: "10 Nov 2023"')));
    expect(error.field).toBe('fact "visa-free-start" → asOf');
    expect(error.message).toContain('YYYY-MM-DD');
  });

  it('rejects a derived fact with an unknown input or formula', () => {
    expect(
      errorOf(() => parse(FACTS.replace('from: [corridor-2023,', 'from: [corridor-2024,'))).message,
    ).toContain('does not exist');
    expect(
      errorOf(() => parse(FACTS.replace('formula: priorFromGrowth', 'formula: average'))).message,
    ).toContain('priorFromGrowth');
  });

  it('reports YAML syntax errors with their line', () => {
    const broken = FACTS.replace('  unit: Mt\n  asOf: "2023"', '  unit: Mt\n asOf: "2023"');
    const error = errorOf(() => parse(broken));
    // A mis-indented field is named as such, at its own line.
    expect(error.field).toBe('YAML indentation');
    expect(error.line).toBe(broken.split('\n').indexOf(' asOf: "2023"') + 1);
  });

  it('rejects a source without a usable address', () => {
    const error = errorOf(() =>
      parse(FACTS, SOURCES.replace('https://example.org/at', 'example.org/at')),
    );
    expect(error.field).toBe('source "astanatimes-2024-02-27" → url');
  });
});
