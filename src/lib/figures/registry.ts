/**
 * The scrollytelling figures and the states each can show. A chapter's
 * <Step show="…"> must name one of its figure's states; the build checks this.
 * The first state is the overview: what the figure shows without JavaScript and in print.
 */
export const FIGURES = {
  'locator-map': {
    chapter: 'russia',
    states: ['eurasia', 'kazakhstan', 'russia-border', 'china', 'central-asia', 'europe-asia'],
  },
  'china-trade': {
    chapter: 'china',
    states: ['overview', 'kazakh-series', 'chinese-series', 'investment'],
  },
  'corridor-route': {
    chapter: 'middle-corridor',
    states: ['overview', 'border', 'kazakhstan', 'caspian-ports', 'caspian', 'baku', 'tbilisi', 'black-sea', 'kars', 'europe', 'northern-route'],
  },
  'corridor-volumes': {
    chapter: 'middle-corridor',
    states: ['overview', 'growth-2023', 'after-2023', 'capacity', 'january'],
  },
  'six-chairs': {
    chapter: 'chairmanships',
    states: ['overview', 'sco', 'csto', 'cica', 'ots', 'ifas', 'iofs'],
  },
  'forum-timeline': {
    chapter: 'astana-forum',
    states: ['overview', 'held-2023', 'planned-2024', 'cancelled-2024', 'held-2025'],
  },
} as const satisfies Record<string, { chapter: string; states: readonly string[] }>;

export type FigureId = keyof typeof FIGURES;
export type FigureState<F extends FigureId> = (typeof FIGURES)[F]['states'][number];

export function isFigureId(id: string): id is FigureId {
  return Object.hasOwn(FIGURES, id);
}

export function overviewState(id: FigureId): string {
  return FIGURES[id].states[0];
}
