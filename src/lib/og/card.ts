/**
 * The social card (Open Graph / Twitter, 1200 × 630) as a satori element tree: plain
 * `{ type, props }` objects, no JSX. Pure: widths come in through `measure`, so the
 * line breaking is decided here and every line is drawn as its own element.
 */
import { decompose, el, lineBlock, scriptRuns, type CardChild, type CardNode } from './runs.ts';
import type { Measure } from './metrics.ts';
import { fitText, type Fitted } from './wrap.ts';

export const CARD = { width: 1200, height: 630 } as const;

/** Light-theme tokens from src/styles/tokens.css (a unit test keeps them in step). */
export const COLOURS = {
  paper: '#fbfaf6',
  ink: '#1d1f23',
  ink2: '#4a4f57',
  rule: '#d8d3c6',
  sky: '#006b80',
  skyFill: '#00afca',
  goldFill: '#f2c200',
} as const;

export interface CardContent {
  /** Small capitals above the title, e.g. "Chapter 3 of 8". */
  kicker: string;
  title: string;
  dek?: string | undefined;
  siteTitle: string;
  /** Credit to the original, e.g. "Retold from Stefan Antić’s spring 2024 article". */
  credit: string;
  /** A chapter card's opening still, its site path (/stills/…): the card leaves it a frame (still.ts). */
  still?: string | undefined;
}

export type { CardChild, CardNode, CardStyle } from './runs.ts';

export interface CardMeasures {
  kicker: Measure;
  title: Measure;
  dek: Measure;
  brand: Measure;
  credit: Measure;
}

/** Geometry in pixels; the vertical budget below is what keeps text off the footer. */
export const LAYOUT = {
  padX: 80,
  band: 12,
  padTop: 56,
  padBottom: 48,
  kicker: { size: 24, lineHeight: 1.25, gap: 22, tracking: 0.06 },
  title: { sizes: [72, 64, 58, 52] as const, lineHeight: 1.12, maxLines: 3, tracking: -0.01 },
  dek: { size: 30, lineHeight: 1.36, gap: 26, maxLines: 3 },
  footer: { ruleGap: 24, height: 40, brandSize: 24, creditSize: 21, mark: 40, gap: 32 },
  /** A chapter's opening still, at the right margin; the kicker, title and dek keep to its left, the dek a little smaller to say as much. */
  still: { width: 440, gap: 48, dekSize: 26, dekMaxLines: 4 },
} as const;

export const TEXT_WIDTH = CARD.width - 2 * LAYOUT.padX;

/** How wide the kicker, title and dek may run: the full text width, or what a still leaves. */
export const bodyWidth = (content: Pick<CardContent, 'still'>) =>
  content.still ? TEXT_WIDTH - LAYOUT.still.width - LAYOUT.still.gap : TEXT_WIDTH;

const { padX, band, padTop, padBottom, kicker: K, title: T, dek: D, footer: F } = LAYOUT;
const kickerHeight = K.size * K.lineHeight;
/** The footer as satori draws it: its rule, the gap under it, and its row (height, less padding and border). */
export const FOOTER_HEIGHT = 1 + F.ruleGap + (F.height + F.ruleGap + 1);
/** Height left for the title and the dek between the kicker and the footer, with a breathing gap. */
export const BODY_HEIGHT =
  CARD.height - band - padTop - kickerHeight - K.gap - F.gap - FOOTER_HEIGHT - padBottom;

export interface CardPlan {
  kicker: Fitted;
  title: Fitted;
  dek: Fitted | undefined;
  brand: Fitted | undefined;
  credit: Fitted;
}

/** Decides every line and size: the title as large as fits in three lines, the dek in what height is left. */
export function planCard(content: CardContent, measure: CardMeasures): CardPlan {
  const width = bodyWidth(content);
  const kicker = fitText(content.kicker.toUpperCase(), {
    sizes: [K.size],
    max: width,
    maxLines: 1,
    measure: measure.kicker,
  });
  const title = fitText(content.title, {
    sizes: T.sizes,
    max: width,
    maxLines: T.maxLines,
    measure: measure.title,
    balance: true,
  });
  const titleHeight = title.lines.length * title.fontSize * T.lineHeight;
  const dekSize = content.still ? LAYOUT.still.dekSize : D.size;
  const dekLineHeight = dekSize * D.lineHeight;
  const dekRoom = Math.min(
    content.still ? LAYOUT.still.dekMaxLines : D.maxLines,
    Math.floor((BODY_HEIGHT - titleHeight - D.gap) / dekLineHeight),
  );
  const dek =
    content.dek && dekRoom > 0
      ? fitText(content.dek, {
          sizes: [dekSize],
          max: width,
          maxLines: dekRoom,
          measure: measure.dek,
          balance: true,
        })
      : undefined;
  // The site's name sits in the footer unless it is already the title (the home card).
  const showBrand = content.siteTitle !== content.title;
  const brandMax = TEXT_WIDTH / 2 - F.mark - 16;
  const brand = showBrand
    ? fitText(content.siteTitle, {
        sizes: [F.brandSize, 20],
        max: brandMax,
        maxLines: 1,
        measure: measure.brand,
      })
    : undefined;
  const brandWidth = F.mark + (brand ? 16 + measure.brand(brand.lines[0]!, brand.fontSize) : 0);
  const credit = fitText(content.credit, {
    sizes: [F.creditSize, 18],
    max: TEXT_WIDTH - brandWidth - 32,
    maxLines: 1,
    measure: measure.credit,
  });
  return { kicker, title, dek, brand, credit };
}

/** The sun-on-sky mark from the favicon, drawn with boxes. */
function mark(): CardNode {
  const s = F.mark;
  return el(
    'div',
    {
      display: 'flex',
      width: s,
      height: s,
      borderRadius: s * 0.19,
      backgroundColor: COLOURS.skyFill,
      position: 'relative',
      flexShrink: 0,
    },
    [
      el('div', {
        position: 'absolute',
        left: s * 0.3125,
        top: s * 0.25,
        width: s * 0.375,
        height: s * 0.375,
        borderRadius: s,
        backgroundColor: COLOURS.goldFill,
      }),
      el('div', {
        position: 'absolute',
        left: s * 0.22,
        top: s * 0.68,
        width: s * 0.56,
        height: s * 0.078,
        borderRadius: s,
        backgroundColor: COLOURS.goldFill,
      }),
    ],
  );
}

export function cardTree(raw: CardContent, measure: CardMeasures): CardNode {
  const content: CardContent = {
    kicker: decompose(raw.kicker),
    title: decompose(raw.title),
    dek: raw.dek && decompose(raw.dek),
    siteTitle: decompose(raw.siteTitle),
    credit: decompose(raw.credit),
    still: raw.still,
  };
  const plan = planCard(content, measure);
  const body: CardChild[] = [
    lineBlock(plan.kicker.lines, {
      fontFamily: 'Golos Text',
      fontWeight: 600,
      fontSize: K.size,
      lineHeight: K.lineHeight,
      letterSpacing: `${K.tracking}em`,
      color: COLOURS.sky,
      marginBottom: K.gap,
    }),
    lineBlock(plan.title.lines, {
      fontFamily: 'Golos Text',
      fontWeight: 700,
      fontSize: plan.title.fontSize,
      lineHeight: T.lineHeight,
      letterSpacing: `${T.tracking}em`,
      color: COLOURS.ink,
    }),
  ];
  if (plan.dek) {
    body.push(
      lineBlock(plan.dek.lines, {
        fontFamily: 'Piazzolla',
        fontWeight: 400,
        fontSize: plan.dek.fontSize,
        lineHeight: D.lineHeight,
        color: COLOURS.ink2,
        marginTop: D.gap,
      }),
    );
  }
  const brand: CardChild[] = [mark()];
  if (plan.brand) {
    brand.push(
      el(
        'div',
        {
          display: 'flex',
          marginLeft: 16,
          fontFamily: 'Golos Text',
          fontWeight: 600,
          fontSize: plan.brand.fontSize,
          color: COLOURS.ink,
          whiteSpace: 'nowrap',
        },
        scriptRuns(plan.brand.lines[0]!, 'Golos Text'),
      ),
    );
  }
  const footer = el(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      height: F.height + F.ruleGap + 1,
      paddingTop: F.ruleGap,
      borderTop: `1px solid ${COLOURS.rule}`,
    },
    [
      el('div', { display: 'flex', alignItems: 'center' }, brand),
      el(
        'div',
        {
          display: 'flex',
          fontFamily: 'Golos Text',
          fontWeight: 400,
          fontSize: plan.credit.fontSize,
          color: COLOURS.ink2,
          whiteSpace: 'nowrap',
        },
        scriptRuns(plan.credit.lines[0]!, 'Golos Text'),
      ),
    ],
  );
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD.width,
      height: CARD.height,
      backgroundColor: COLOURS.paper,
    },
    [
      // The thin Kazakhstan rule: sky blue, with a short run of sun gold.
      el('div', { display: 'flex', height: band, flexShrink: 0 }, [
        el('div', { width: 0, flexGrow: 1, backgroundColor: COLOURS.skyFill }),
        el('div', { width: 160, backgroundColor: COLOURS.goldFill }),
      ]),
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          padding: `${padTop}px ${padX}px ${padBottom}px`,
        },
        [
          el('div', { display: 'flex', flexGrow: 1, paddingBottom: F.gap }, [
            el(
              'div',
              {
                display: 'flex',
                flexDirection: 'column',
                width: bodyWidth(content),
                justifyContent: 'center',
              },
              body,
            ),
            // The still's frame, left empty here: the build draws the still into it (still.ts).
            ...(content.still
              ? [el('div', { width: LAYOUT.still.width, marginLeft: LAYOUT.still.gap })]
              : []),
          ]),
          footer,
        ],
      ),
    ],
  );
}
