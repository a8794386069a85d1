/**
 * Each case copies content/, breaks one thing, and builds. The build must fail
 * with a message that names the file, the field and the fix.
 */
import { describe, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildWithBrokenContent } from '../support/fixture-build.ts';

interface Case {
  name: string;
  file: string;
  breakIt: (text: string) => string;
  expect: RegExp[];
  /** Write the broken copy here, as a new file, and leave `file` as it is. */
  writeTo?: string;
}

const CASES: Case[] = [
  {
    name: 'a chapter without a title',
    file: 'chapters/china.mdx',
    breakIt: (t) => t.replace(/^title: .*\n/m, ''),
    expect: [/chapters\/china\.mdx:1 — title: missing\n\s+Fix: Add a line: title:/],
  },
  {
    name: 'a chapter whose order is not a number',
    file: 'chapters/china.mdx',
    breakIt: (t) => t.replace(/^order: 3$/m, 'order: "three"'),
    expect: [/chapters\/china\.mdx/, /order/, /must be a whole number, e.g\. order: 3/],
  },
  {
    name: 'a malformed review date',
    file: 'chapters/china.mdx',
    breakIt: (t) => t.replace(/^lastReviewed: .*$/m, 'lastReviewed: 29/11/2026'),
    expect: [/chapters\/china\.mdx/, /lastReviewed/, /YYYY-MM-DD/],
  },
  {
    name: 'a misspelt frontmatter field',
    file: 'chapters/china.mdx',
    breakIt: (t) => t.replace(/^navLabel:/m, 'navlabel:'),
    expect: [/chapters\/china\.mdx/, /navlabel/, /Allowed fields/],
  },
  {
    name: 'two chapters with the same order',
    file: 'chapters/west.mdx',
    breakIt: (t) => t.replace(/^order: 4$/m, 'order: 3'),
    expect: [
      /chapters\/(west|china)\.mdx — order: 3 is also the order of .*chapters\/(china|west)\.mdx/,
      /Fix: Give each chapter its own number/,
    ],
  },
  {
    name: 'an unknown Fact id',
    file: 'chapters/middle-corridor.mdx',
    breakIt: (t) => t.replace('<Fact id="corridor-2023"/>', '<Fact id="corridor-2o23"/>'),
    expect: [
      /chapters\/middle-corridor\.mdx:\d+/,
      /<Fact id="corridor-2o23">/,
      /Did you mean "corridor-2023"\?/,
    ],
  },
  {
    name: 'an unknown Cite id',
    file: 'chapters/china.mdx',
    breakIt: (t) => t.replace('<Cite id="wenews-2024"/>', '<Cite id="wenews-2042"/>'),
    expect: [/chapters\/china\.mdx:\d+/, /<Cite id="wenews-2042">/, /Did you mean "wenews-2024"\?/],
  },
  {
    name: 'a number written straight into the prose',
    file: 'chapters/russia.mdx',
    breakIt: (t) =>
      t.replace(/\n\n(## )/, '\n\nThe two countries share a border of 7,600 km.\n\n$1'),
    expect: [
      /chapters\/russia\.mdx:\d+/,
      /states the number "7,600"/,
      /content\/data\/facts\.yaml/,
    ],
  },
  {
    name: 'a fact that cites a source that does not exist',
    file: 'data/facts.yaml',
    breakIt: (t) => t.replace('sources: [jjtv-2023-04]', 'sources: [jjtv-2023-4]'),
    expect: [
      /facts\.yaml:\d+/,
      /fact "russia-trade-2022" → sources/,
      /Did you mean "jjtv-2023-04"\?/,
    ],
  },
  {
    name: 'a fact with a malformed date',
    file: 'data/facts.yaml',
    breakIt: (t) => t.replace('value: 2023-11-10\n', 'value: 2023-11-31\n'),
    expect: [/facts\.yaml:\d+/, /fact "visa-free-start" → value/],
  },
  {
    name: 'a step that shows a state its figure does not know',
    file: 'chapters/middle-corridor.mdx',
    breakIt: (t) => t.replace('<Step show="capacity"', '<Step show="capacty"'),
    expect: [
      /chapters\/middle-corridor\.mdx:\d+/,
      /<Step show="capacty">/,
      /is not a state of the figure "corridor-volumes"/,
      /Did you mean "capacity"\?/,
    ],
  },
  {
    name: 'a step without a description',
    file: 'chapters/middle-corridor.mdx',
    breakIt: (t) => t.replace(/(<Step show="january") description="[^"]*"/, '$1'),
    expect: [/chapters\/middle-corridor\.mdx:\d+/, /<Step description>/, /is missing/],
  },
  {
    name: 'an unknown figure',
    file: 'chapters/middle-corridor.mdx',
    breakIt: (t) =>
      t.replace('<Scrolly figure="corridor-volumes"', '<Scrolly figure="corridor-volume"'),
    expect: [
      /chapters\/middle-corridor\.mdx:\d+/,
      /is not a known figure/,
      /Did you mean "corridor-volumes"\?/,
    ],
  },
  {
    name: 'an unknown glossary term',
    file: 'chapters/china.mdx',
    breakIt: (t) =>
      t.replace('<Term id="belt-and-road-initiative">', '<Term id="belt-and-road-initiatve">'),
    expect: [
      /chapters\/china\.mdx:\d+/,
      /<Term id="belt-and-road-initiatve">/,
      /Did you mean "belt-and-road-initiative"\?/,
    ],
  },
  {
    name: 'a self-check question without an answer',
    file: 'chapters/china.mdx',
    breakIt: (t) => t.replace(/^ {4}answer: .*\n/m, ''),
    expect: [
      /chapters\/china\.mdx:\d+ — selfCheck\.\d+\.answer: missing\n\s+Fix: Add a line: answer:/,
    ],
  },
  {
    name: 'a teacher-guide entry for a chapter that does not exist',
    file: 'teaching/guide.yaml',
    breakIt: (t) => t.replace('chapter: "china"', 'chapter: "chna"'),
    expect: [
      /teaching\/guide\.yaml:\d+/,
      /chapters\.\d+\.chapter/,
      /names the chapter "chna", which does not exist/,
      /Did you mean "china"\?/,
    ],
  },
  {
    name: 'a malformed data row (a map position that is not a number)',
    file: 'data/places.yaml',
    breakIt: (t) => t.replace('lat: 45.25', 'lat: "north"'),
    expect: [/places\.yaml:\d+/, /dostyk/, /lat/],
  },
  {
    name: 'two facts with the same id',
    file: 'data/facts.yaml',
    breakIt: (t) => t.replace('- id: boao-speech-date', '- id: tokayev-overland-share'),
    expect: [
      /facts\.yaml:\d+/,
      /fact "tokayev-overland-share" → id/,
      /is used twice \(first at line \d+\)/,
    ],
  },
  {
    name: 'a heading that skips a level',
    file: 'chapters/west.mdx',
    breakIt: (t) => `${t.trimEnd()}\n\n#### A heading too deep\n\nText.\n`,
    expect: [/chapters\/west\.mdx:\d+/, /jumps from level 2 to level 4/, /Use ### here/],
  },
  {
    name: 'an image without alt text',
    file: 'chapters/west.mdx',
    breakIt: (t) => `${t.trimEnd()}\n\n![](/favicon.svg)\n`,
    expect: [/chapters\/west\.mdx:\d+/, /image/, /has no alt text/, /Describe the image/],
  },
  {
    name: 'a figure without a caption',
    file: 'chapters/china.mdx',
    breakIt: (t) =>
      t.replace(/(<Scrolly figure="china-trade" title="[^"]*") caption="[^"]*"/, '$1'),
    expect: [/chapters\/china\.mdx:\d+/, /<Scrolly caption>/, /is missing/],
  },
  {
    name: 'a chapter that never names Antić',
    file: 'chapters/west.mdx',
    breakIt: (t) => t.replaceAll("Antić's", 'his').replaceAll('Antić', 'he'),
    expect: [
      /chapters\/west\.mdx — credit: never names Antić/,
      /Fix: Say whose argument the chapter retells/,
    ],
  },
  {
    name: 'a chapter without a dated update',
    file: 'chapters/west.mdx',
    breakIt: (t) => t.replace(/<WhatHappenedNext[\s\S]*?<\/WhatHappenedNext>/g, ''),
    expect: [
      /chapters\/west\.mdx — update: has no dated update/,
      /Fix: Add a <WhatHappenedNext date="YYYY-MM-DD">/,
    ],
  },
  {
    name: 'a link to a chapter that does not exist',
    file: 'chapters/west.mdx',
    breakIt: (t) => `${t.trimEnd()}\n\nCompare [the China chapter](/chna/).\n`,
    expect: [
      /chapters\/west\.mdx:\d+/,
      /link "\/chna\/": there is no page or file \/chna\//,
      /Fix: Did you mean "\/china\/"\? Otherwise correct the address/,
    ],
  },
  {
    name: 'a link to a section that does not exist',
    file: 'chapters/west.mdx',
    breakIt: (t) => `${t.trimEnd()}\n\nSee [above](#no-such-section).\n`,
    expect: [
      /chapters\/west\.mdx:\d+/,
      /link "#no-such-section": \/west\/ has no element with id "no-such-section"/,
      /Fix: (Did you mean .*Otherwise l|L)ink to a heading that exists/,
    ],
  },
  {
    name: 'an update with no date',
    file: 'chapters/opening.mdx',
    breakIt: (t) => t.replace(/<WhatHappenedNext date="[^"]*"/, '<WhatHappenedNext'),
    expect: [
      /chapters\/opening\.mdx:\d+/,
      /<WhatHappenedNext date>: is missing/,
      /Fix: Add the date of the newest news in the box, YYYY-MM-DD/,
    ],
  },
  {
    name: 'an update with a malformed date',
    file: 'chapters/opening.mdx',
    breakIt: (t) =>
      t.replace(/<WhatHappenedNext date="[^"]*"/, '<WhatHappenedNext date="03/01/2025"'),
    expect: [
      /chapters\/opening\.mdx:\d+/,
      /<WhatHappenedNext date>: "03\/01\/2025" is not a date/,
      /Fix: Write the date .* as YYYY-MM-DD/,
    ],
  },
  {
    name: 'an update dated in the future',
    file: 'chapters/opening.mdx',
    breakIt: (t) =>
      t.replace(/<WhatHappenedNext date="[^"]*"/, '<WhatHappenedNext date="2099-01-03"'),
    expect: [
      /chapters\/opening\.mdx:\d+/,
      /<WhatHappenedNext date>: "2099-01-03" is in the future \(the build ran on \d{4}-\d{2}-\d{2}\)/,
      /Fix: An update reports what has already happened/,
    ],
  },
  {
    name: 'an update newer than the chapter’s lastReviewed',
    file: 'chapters/china.mdx',
    breakIt: (t) => t.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2024-01-01'),
    expect: [
      /chapters\/china\.mdx:\d+/,
      /<WhatHappenedNext date>: "[\d-]+" is newer than the chapter's lastReviewed \(2024-01-01\)/,
      /Fix: Review the whole chapter, then set lastReviewed: \d{4}-\d{2}-\d{2}/,
    ],
  },
  {
    name: 'a teacher-guide term that its chapter never marks',
    file: 'teaching/guide.yaml',
    breakIt: (t) =>
      t.replace(/(- chapter: "china"[\s\S]*?\n    vocabulary:\n)/, '$1      - "akorda"\n'),
    expect: [
      /teaching\/guide\.yaml:\d+/,
      /chapters\.\d+\.vocabulary\.0/,
      /lists the term "akorda" as vocabulary for \S*content\/chapters\/china\.mdx, but that chapter never marks it with <Term id="akorda">/,
      /Fix: Wrap the term's first mention in \S*content\/chapters\/china\.mdx in <Term id="akorda">/,
    ],
  },
  {
    name: 'a WhoseView with an unknown viewpoint',
    file: 'chapters/russia.mdx',
    breakIt: (t) => t.replace('<WhoseView who="moscow">', '<WhoseView who="mosow">'),
    expect: [
      /chapters\/russia\.mdx:\d+/,
      /<WhoseView who="mosow">: is not a known viewpoint/,
      /Fix: Did you mean "moscow"\?/,
    ],
  },
  {
    name: 'a correction that names a chapter that does not exist',
    file: 'data/corrections.yaml',
    breakIt: (t) => t.replace(/^  chapter: russia$/m, '  chapter: rusia'),
    expect: [
      /data\/corrections\.yaml:\d+/,
      /correction "[a-z-]+" → chapter: names "rusia", which is not a chapter or page of the site/,
      /Fix: Did you mean "russia"\?/,
    ],
  },
  {
    name: 'a Russian chapter without an English counterpart',
    file: 'chapters/ru/china.mdx',
    writeTo: 'chapters/ru/chinaa.mdx',
    breakIt: (t) => t,
    expect: [/chapters\/ru\/chinaa\.mdx/, /has no English original/, /Did you mean china\.mdx\?/],
  },
  {
    name: 'a Russian chapter that drops a Fact of its English original',
    file: 'chapters/ru/china.mdx',
    breakIt: (t) => t.replace('<Fact id="china-trade-2022-article"/>', 'годом ранее'),
    expect: [
      /chapters\/ru\/china\.mdx/,
      /does not carry the same components as content\/chapters\/china\.mdx|does not carry the same components as .*chapters\/china\.mdx/,
      /china-trade-2022-article/,
      /Fix: Give the translation the same Fact/,
    ],
  },
  {
    name: 'a fact without a Russian label',
    file: 'i18n/ru/facts.yaml',
    breakIt: (t) => t.replace(/^- id: corridor-2023\n  label: .*\n/m, ''),
    expect: [
      /i18n\/ru\/facts\.yaml/,
      /fact "corridor-2023": has no ru label/,
      /Fix: Add an entry with id: corridor-2023/,
    ],
  },
  {
    name: 'a correction without Russian wording',
    file: 'i18n/ru/corrections.yaml',
    breakIt: (t) => t.replace(/^- id: russia-trade-figures\n(  .*\n)+/m, ''),
    expect: [
      /i18n\/ru\/corrections\.yaml:\d+ — correction "russia-trade-figures": has no ru wording/,
      /Fix: Add an entry with id: russia-trade-figures, after the one for break-of-gauge-both-routes/,
    ],
  },
];

// Each case builds its own copy of the project, so they run two at a time (vitest.config.ts: maxConcurrency).
// Two builds share the cores, and a few cases run the whole build: past the default two minutes
// when the machine is busy (the builds themselves are killed at four).
const SLOW = { timeout: 300_000 };

describe.concurrent('the build refuses broken content', SLOW, () => {
  it.for(CASES)('$name', async (c, { expect }) => {
    const result = await buildWithBrokenContent(c.file, c.breakIt, c.writeTo);
    expect(result.ok, 'the build should have failed').toBe(false);
    for (const pattern of c.expect) expect(result.output).toMatch(pattern);
  });
});

/**
 * The mistakes an author meets most, each of which must print exactly once, as
 * "file:line — field: problem" and "Fix: …", with no stack trace, no "Location"
 * line pointing somewhere else, and none of the warnings that are not content problems.
 */
interface OnceCase {
  name: string;
  file: string;
  breakIt: (text: string) => string;
  /** The line the message must name: the first line of the broken file that matches. */
  at: RegExp;
  /** What follows "file:line — ", which must appear once. */
  message: RegExp;
  fix: RegExp;
}

const ONCE: OnceCase[] = [
  {
    name: 'a frontmatter date that is not YYYY-MM-DD',
    file: 'chapters/china.mdx',
    breakIt: (t) => t.replace(/^lastReviewed: .*$/m, 'lastReviewed: 29/11/2026'),
    at: /^lastReviewed:/,
    message: /lastReviewed: "29\/11\/2026" is not a date/,
    fix: /Fix: Write it YYYY-MM-DD .*e\.g\. lastReviewed: 2026-11-29/,
  },
  {
    name: 'a link to a page that does not exist, found as the chapter compiles',
    file: 'chapters/china.mdx',
    breakIt: (t) => t.replace(/\n\n(## )/, '\n\nCompare [the West](/wets/).\n\n$1'),
    at: /\[the West\]\(\/wets\/\)/,
    message: /link "\/wets\/": there is no page or file \/wets\//,
    fix: /Fix: Did you mean "\/west\/"\? Otherwise correct the address/,
  },
  {
    name: 'a link to a section of another chapter that does not exist',
    file: 'chapters/china.mdx',
    breakIt: (t) =>
      t.replace(/\n\n(## )/, '\n\nSee [the corridor](/opening/#the-midle-corridor).\n\n$1'),
    at: /the-midle-corridor/,
    message:
      /link "\/opening\/#the-midle-corridor": \/opening\/ has no element with id "the-midle-corridor"/,
    fix: /Fix: Did you mean "\/opening\/#the-middle-corridor"\?/,
  },
  {
    name: 'a broken link only the final link check sees (reported once, not again for /print/)',
    file: 'chapters/china.mdx',
    breakIt: (t) => t.replace(/\n\n(## )/, '\n\nSee [the card](/og/no-such-card.png).\n\n$1'),
    at: /no-such-card/,
    message: /link "\/og\/no-such-card\.png": there is no page or file \/og\/no-such-card\.png/,
    fix: /Fix: .*correct the address/,
  },
  {
    name: 'an unclosed <WhatHappenedNext>',
    file: 'chapters/opening.mdx',
    breakIt: (t) => t.replace(/\n<\/WhatHappenedNext>\n/, '\n\n'),
    at: /^<WhatHappenedNext /,
    message: /<WhatHappenedNext>: is opened here but never closed/,
    fix: /Fix: Add <\/WhatHappenedNext> after its last paragraph/,
  },
  {
    name: 'a <Fact> without its closing "/>"',
    file: 'chapters/china.mdx',
    breakIt: (t) => t.replace(/<Fact id="([^"]+)"\/>/, '<Fact id="$1">'),
    at: /<Fact id="[^"]+">/,
    message: /<Fact>: is not closed: it ends in ">" instead of "\/>"/,
    fix: /Fix: A <Fact> holds no text, so end it with "\/>"/,
  },
  {
    name: 'braces in prose',
    file: 'chapters/china.mdx',
    breakIt: (t) => t.replace(/\n\n(## )/, '\n\nTrade {grew} fast.\n\n$1'),
    at: /\{grew\}/,
    message: /prose: has "\{grew\}", which MDX reads as code/,
    fix: /Fix: Rephrase without braces, or put a backslash before each one/,
  },
  {
    name: 'an unmatched brace in prose',
    file: 'chapters/china.mdx',
    breakIt: (t) => t.replace(/\n\n(## )/, '\n\nTrade {grew fast.\n\n$1'),
    at: /\{grew fast/,
    message: /prose: has a "\{" or "\}", which MDX reads as the start of code/,
    fix: /Fix: Rephrase without braces/,
  },
  {
    name: 'a stray space in facts.yaml (named in facts.yaml, at the line with the space)',
    file: 'data/facts.yaml',
    breakIt: (t) => t.replace(/\n {2}label:/, '\n   label:'),
    at: /^ {3}label:/,
    message: /YAML indentation: this line is indented 3 spaces, but the field above it 2/,
    fix: /Fix: Indent every field of an entry by the same amount/,
  },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.concurrent(
  'each mistake is reported once, with file, line and fix, and nothing else',
  SLOW,
  () => {
    it.for(ONCE)('$name', async (c, { expect }) => {
      const broken = c.breakIt(readFileSync(`content/${c.file}`, 'utf8'));
      const line = broken.split('\n').findIndex((l) => c.at.test(l)) + 1;
      expect(line, 'the fixture should contain the line it points at').toBeGreaterThan(0);
      const result = await buildWithBrokenContent(c.file, c.breakIt);
      expect(result.ok, 'the build should have failed').toBe(false);
      const located = new RegExp(`content/${escape(c.file)}:${line} — ${c.message.source}`, 'g');
      expect(
        result.output.match(located) ?? [],
        `one "${c.file}:${line} — …" in:\n${result.output}`,
      ).toHaveLength(1);
      expect(result.output.match(new RegExp(c.message.source, 'g')) ?? []).toHaveLength(1);
      expect(result.output).toMatch(c.fix);
      expect(result.output).not.toMatch(/Stack trace|Location:|^\s+at .*:\d+:\d+\)?$/m);
      // No other file is blamed (a YAML error used to be pinned on the chapter that loaded it).
      expect(result.output).not.toMatch(
        new RegExp(`content/(?!${escape(c.file)})[\\w/.-]+:\\d+ — `),
      );
      expect(result.output).not.toMatch(/MODULE_LEVEL_DIRECTIVE|Shiki/);
    });
  },
);
