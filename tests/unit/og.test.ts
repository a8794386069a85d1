/** Social cards: line breaking, the element tree for long text, and satori's own layout of the real cards. */
import { readFileSync } from 'node:fs';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { contrastRatio, themeColours } from '../support/contrast.ts';
import { loadLedger } from '../../src/lib/content-dir.ts';
import { getSource } from '../../src/lib/ledger.ts';
import {
  BODY_HEIGHT,
  CARD,
  COLOURS,
  LAYOUT,
  TEXT_WIDTH,
  cardTree,
  planCard,
  type CardContent,
  type CardMeasures,
  type CardNode,
} from '../../src/lib/og/card.ts';
import { layoutProblems, type LaidOutBox } from '../../src/lib/og/check.ts';
import { STILL_FRAME } from '../../src/lib/og/still.ts';
import { loadCardFonts } from '../../src/lib/og/fonts.ts';
import {
  chapterCard,
  countInWords,
  creditLine,
  homeCard,
  OG_PAGES,
  pageCard,
  type OgPageKey,
} from '../../src/lib/og/pages.ts';
import { ogImagePath } from '../../src/lib/og/paths.ts';
import { PNG_BUDGET, readPngHeader } from '../support/png.ts';
import { renderCardPng } from '../../src/lib/og/render.ts';
import {
  ELLIPSIS,
  balanceLines,
  clampLines,
  fitText,
  wrapLines,
  type Width,
} from '../../src/lib/og/wrap.ts';
import { SITE } from '../../src/site.ts';
import { ru } from '../../src/i18n/ui/ru.ts';
import { russianSpaces } from '../../src/lib/typography-ru.ts';
import { readChapters } from '../support/chapters.ts';

/** Ten pixels a character: easy to reason about. */
const mono: Width = (s) => [...s].length * 10;

describe('line breaking', () => {
  it('wraps greedily at word boundaries', () => {
    expect(wrapLines('the quick brown fox jumps', 110, mono)).toEqual([
      'the quick',
      'brown fox',
      'jumps',
    ]);
    expect(wrapLines('  spaced   out  ', 200, mono)).toEqual(['spaced out']);
    expect(wrapLines('', 100, mono)).toEqual([]);
  });

  it('splits a word longer than the line instead of letting it overflow', () => {
    const lines = wrapLines('see https://example.org/a/very/long/path', 100, mono);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(100);
    expect(lines.join('')).toBe('seehttps://example.org/a/very/long/path');
  });

  it('balances lines: same count as greedy, no lonely last word', () => {
    const text = 'Opening: a bridge across Eurasia and beyond';
    const greedy = wrapLines(text, 400, mono);
    const balanced = balanceLines(text, 400, mono);
    expect(greedy).toEqual(['Opening: a bridge across Eurasia and', 'beyond']);
    expect(balanced).toEqual(['Opening: a bridge across', 'Eurasia and beyond']);
    expect(balanceLines('one line', 400, mono)).toEqual(['one line']);
  });

  it('clamps to a number of lines, ending in an ellipsis that still fits', () => {
    const lines = wrapLines('one two three four five six seven eight nine ten eleven', 120, mono);
    const { lines: kept, clamped } = clampLines(lines, 2, 120, mono);
    expect(clamped).toBe(true);
    expect(kept).toHaveLength(2);
    expect(kept[1]!.endsWith(ELLIPSIS)).toBe(true);
    for (const line of kept) expect(mono(line)).toBeLessThanOrEqual(120);
    expect(clampLines(['a', 'b'], 2, 120, mono)).toEqual({ lines: ['a', 'b'], clamped: false });
  });

  it('drops trailing punctuation before the ellipsis', () => {
    const { lines } = clampLines(['first line', 'second, third', 'fourth'], 2, 140, mono);
    expect(lines[1]).toBe(`second, third${ELLIPSIS}`);
    expect(clampLines(['first', 'second,', 'x'.repeat(20)], 2, 80, mono).lines[1]).toBe(
      `second${ELLIPSIS}`,
    );
  });

  it('takes a smaller size rather than cut a word that a smaller size keeps whole', () => {
    const measure = (s: string, size: number) => mono(s) * (size / 10);
    // "председательств" (15 letters) is 225 px at 15, too wide for 200; at 12 it is 180.
    const fitted = fitText('2024: год председательств', {
      sizes: [15, 12, 10],
      max: 200,
      maxLines: 3,
      measure,
    });
    expect(fitted).toEqual({
      fontSize: 12,
      lines: ['2024: год', 'председательств'],
      clamped: false,
    });
    expect(
      fitText('председательств', { sizes: [15], max: 200, maxLines: 3, measure }).lines,
    ).toHaveLength(2);
  });

  it('picks the largest size that fits, and clamps at the smallest when nothing does', () => {
    const measure = (s: string, size: number) => mono(s) * (size / 10);
    expect(fitText('short', { sizes: [72, 48], max: 1000, maxLines: 1, measure })).toEqual({
      fontSize: 72,
      lines: ['short'],
      clamped: false,
    });
    const long = 'word '.repeat(80).trim();
    const fitted = fitText(long, { sizes: [72, 48], max: 1000, maxLines: 3, measure });
    expect(fitted.fontSize).toBe(48);
    expect(fitted.clamped).toBe(true);
    expect(fitted.lines).toHaveLength(3);
    for (const line of fitted.lines) expect(measure(line, 48)).toBeLessThanOrEqual(1000);
  });
});

const fonts = loadCardFonts();
const credit = creditLine(getSource(loadLedger(), SITE.originalSourceId));
const LONG: CardContent = {
  kicker: 'Chapter 12 of 12',
  title:
    'A deliberately overlong chapter title that keeps on going, well past any sensible length for a heading, to see what the card does with it',
  dek: 'A dek that is also far too long: it goes on about railways, ports and ferries, about summits and forums, about who said what to whom and when, and it keeps adding clause after clause, and then one more, until no card could hold it all.',
  siteTitle: SITE.title,
  credit,
};

/** Every node of the tree, depth first. */
function nodes(node: CardNode): CardNode[] {
  const kids = node.props.children === undefined ? [] : [node.props.children].flat();
  return [node, ...kids.filter((k): k is CardNode => typeof k !== 'string').flatMap(nodes)];
}
const textOf = (node: CardNode) =>
  [node.props.children]
    .flat()
    .filter((c): c is string => typeof c === 'string')
    .join('');

describe('the card for a long title', () => {
  const plan = planCard(LONG, fonts.measure);
  const tree = cardTree(LONG, fonts.measure);

  it('shrinks the title, wraps it in at most three lines and clamps the rest', () => {
    expect(plan.title.fontSize).toBe(LAYOUT.title.sizes.at(-1));
    expect(plan.title.lines.length).toBe(LAYOUT.title.maxLines);
    expect(plan.title.clamped).toBe(true);
    expect(plan.title.lines.at(-1)!.endsWith(ELLIPSIS)).toBe(true);
    for (const line of plan.title.lines)
      expect(fonts.measure.title(line, plan.title.fontSize)).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  it('gives the dek only the height the title leaves, and clamps it', () => {
    const titleHeight = plan.title.lines.length * plan.title.fontSize * LAYOUT.title.lineHeight;
    const dekHeight = plan.dek
      ? LAYOUT.dek.gap + plan.dek.lines.length * LAYOUT.dek.size * LAYOUT.dek.lineHeight
      : 0;
    expect(titleHeight + dekHeight).toBeLessThanOrEqual(BODY_HEIGHT);
    expect(plan.dek?.clamped).toBe(true);
    expect(plan.dek!.lines.at(-1)!.endsWith(ELLIPSIS)).toBe(true);
    for (const line of plan.dek!.lines)
      expect(fonts.measure.dek(line, LAYOUT.dek.size)).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  it('draws each planned line as its own unwrapped element', () => {
    const lineNodes = nodes(tree).filter((n) => n.props.style.whiteSpace === 'nowrap');
    const drawn = lineNodes.map(textOf);
    for (const line of [...plan.title.lines, ...plan.dek!.lines]) expect(drawn).toContain(line);
    expect(drawn).toContain(plan.kicker.lines[0]);
    expect(plan.kicker.lines[0]).toBe('CHAPTER 12 OF 12');
    expect(drawn).toContain(credit.normalize('NFD'));
    expect(tree.props.style).toMatchObject({
      width: CARD.width,
      height: CARD.height,
      backgroundColor: COLOURS.paper,
    });
  });

  it('keeps a short title large, on one line, with the whole dek', () => {
    const short = planCard({ ...LONG, title: 'The West', dek: 'A short dek.' }, fonts.measure);
    expect(short.title).toEqual({
      fontSize: LAYOUT.title.sizes[0],
      lines: ['The West'],
      clamped: false,
    });
    expect(short.dek).toMatchObject({ lines: ['A short dek.'], clamped: false });
  });

  it('leaves the site name out of the footer when it is the title (the home card)', () => {
    expect(planCard(homeCard(SITE, 8, credit), fonts.measure).brand).toBeUndefined();
    expect(planCard(LONG, fonts.measure).brand?.lines).toEqual([SITE.title]);
  });
});

/** Lays a tree out with satori and returns the boxes it reports. */
async function layout(tree: CardNode): Promise<LaidOutBox[]> {
  const boxes: LaidOutBox[] = [];
  await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: CARD.width,
    height: CARD.height,
    fonts: fonts.satori,
    onNodeDetected: (n) => boxes.push(n),
  });
  return boxes;
}

const STILL = '/stills/locator-map/overview.svg';

describe('satori’s layout of the cards', () => {
  it('finds no text past the margins or overlapping in the long card', async () => {
    expect(layoutProblems(await layout(cardTree(LONG, fonts.measure)))).toEqual([]);
  });

  it('notices text that overflows when the widths used for wrapping are wrong', async () => {
    const half = (m: CardMeasures['title']) => (s: string, size: number) => m(s, size) / 2;
    const wrong: CardMeasures = {
      ...fonts.measure,
      title: half(fonts.measure.title),
      dek: half(fonts.measure.dek),
    };
    const problems = layoutProblems(await layout(cardTree(LONG, wrong)));
    expect(problems.some((p) => p.includes('side margin'))).toBe(true);
  });

  it('notices overlapping text', () => {
    const box = { left: 100, top: 100, width: 200, height: 40 };
    expect(
      layoutProblems([
        { ...box, textContent: 'a' },
        { ...box, top: 120, textContent: 'b' },
      ]),
    ).toEqual(['"a" overlaps "b"']);
    expect(
      layoutProblems([
        { ...box, textContent: 'a' },
        { ...box, top: 140, textContent: 'b' },
      ]),
    ).toEqual([]);
  });

  const chapters = readChapters().map((c) => ({
    id: c.id,
    data: c.frontmatter as { order: number; title: string; dek: string; draft?: boolean },
  }));
  const cards: Array<[string, CardContent]> = [
    ['index', homeCard(SITE, chapters.length, credit)],
    // Every chapter card leaves room for its opening still (any still: the frame is the same).
    ...chapters.map((c): [string, CardContent] => [
      c.id,
      { ...chapterCard(SITE, c, chapters.length, credit), still: STILL },
    ]),
    ...Object.keys(OG_PAGES).map((k): [string, CardContent] => [
      k,
      pageCard(SITE, k as OgPageKey, credit),
    ]),
  ];
  const problems = async (content: CardContent) =>
    layoutProblems(
      await layout(cardTree(content, fonts.measure)),
      content.still ? STILL_FRAME : undefined,
    );
  it.each(cards)('the %s card lays out cleanly', async (_key, content) => {
    expect(await problems(content)).toEqual([]);
  });

  // The Russian cards: Cyrillic glyphs from the card fonts, Russian words, and the longer Russian titles still fit.
  const ruWords = { words: ru.card, typeset: russianSpaces };
  const ruSite = { title: ru.site.title, tagline: ru.site.tagline };
  const ruCredit = creditLine(getSource(loadLedger(), SITE.originalSourceId), ruWords);
  const ruChapters = readChapters('content/chapters/ru').map((c) => ({
    id: c.id,
    data: c.frontmatter as { order: number; title: string; dek: string },
  }));
  const ruCards: Array<[string, CardContent]> = [
    ['index', homeCard(ruSite, ruChapters.length, ruCredit, ruWords)],
    ...ruChapters.map((c): [string, CardContent] => [
      c.id,
      { ...chapterCard(ruSite, c, ruChapters.length, ruCredit, ruWords), still: STILL },
    ]),
    ...Object.keys(OG_PAGES).map((k): [string, CardContent] => [
      k,
      pageCard(ruSite, k as OgPageKey, ruCredit, ruWords),
    ]),
  ];
  it.each(ruCards)('the Russian %s card lays out cleanly', async (_key, content) => {
    expect(await problems(content)).toEqual([]);
  });

  it('measures Cyrillic and Kazakh letters with the card fonts, not as missing glyphs', () => {
    const latin = fonts.measure.title('a', 100);
    for (const letter of ['Ж', 'ё', 'ә', 'ң', 'ү', 'і'])
      expect(fonts.measure.title(letter, 100), letter).toBeGreaterThan(latin / 3);
    expect(ruCredit).toBe('Пересказ статьи Стефана Антича весны 2024 года');
    expect(ruCards[0]![1].kicker).toBe('Объяснение в девяти главах');
  });

  it('renders a 1200 × 630 PNG within the byte budget', async () => {
    const png = await renderCardPng(LONG);
    expect(readPngHeader(png)).toMatchObject({ width: 1200, height: 630 });
    expect(png.length).toBeLessThanOrEqual(PNG_BUDGET);
  });
});

describe('card text and paths', () => {
  it('credits the original in the words the brief asks for', () => {
    expect(credit).toBe('Retold from Stefan Antić’s spring 2024 article');
    expect(creditLine({ author: 'A. Writer' })).toBe('Retold from A. Writer’s article');
  });

  it('says counts in words and uses curly quotes in chapter text', () => {
    expect(homeCard(SITE, 8, credit).kicker).toBe('An explainer in eight chapters');
    expect(countInWords(40)).toBe('40');
    const card = chapterCard(
      SITE,
      { data: { order: 2, title: "Russia's 'near abroad'", dek: "It's" } },
      8,
      credit,
    );
    expect(card).toMatchObject({
      kicker: 'Chapter 2 of 8',
      title: 'Russia’s ‘near abroad’',
      dek: 'It’s',
    });
  });

  it('writes no digits in the page cards’ prose', () => {
    for (const page of Object.values(OG_PAGES))
      expect(`${page.kicker} ${page.title} ${page.dek}`).not.toMatch(/\d/);
  });

  it('puts each card under /og/, with the base path of a fork', () => {
    expect(ogImagePath('index')).toBe('/og/index.png');
    expect(ogImagePath('middle-corridor')).toBe('/og/middle-corridor.png');
    expect(ogImagePath('china', '/kazakhstan/')).toBe('/kazakhstan/og/china.png');
    expect(ogImagePath('china', '/kazakhstan')).toBe('/kazakhstan/og/china.png');
    expect(() => ogImagePath('../etc')).toThrow(/Not a social-card key/);
    expect(() => ogImagePath('China')).toThrow();
  });

  it('reads a PNG header and refuses other files', () => {
    expect(() => readPngHeader(new Uint8Array(40))).toThrow(/Not a PNG/);
  });
});

describe('card colours', () => {
  const css = readFileSync('src/styles/tokens.css', 'utf8');
  const light = themeColours(css, 'light');

  it('are the light theme’s tokens', () => {
    expect(COLOURS).toEqual({
      paper: light['--paper'],
      ink: light['--ink'],
      ink2: light['--ink-2'],
      rule: light['--rule'],
      sky: light['--sky'],
      skyFill: light['--sky-fill'],
      goldFill: light['--gold-fill'],
    });
  });

  it('keep every text colour at AA on the card', () => {
    for (const text of [COLOURS.ink, COLOURS.ink2, COLOURS.sky])
      expect(contrastRatio(text, COLOURS.paper)).toBeGreaterThanOrEqual(4.5);
  });
});
