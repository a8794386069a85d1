/**
 * Every scrollytelling figure, in the order the chapters show them: the one list the rest of the
 * site reads (Scrolly, the CSV files, the sources and teacher pages, the content check, and the
 * state table in AUTHORING.md). To add a figure, add its folder and one line here.
 */
import type { Figure } from './define.ts';
import locatorMap from './locator-map/figure.ts';
import chinaTrade from './china-trade/figure.ts';
import corridorRoute from './corridor-route/figure.ts';
import corridorVolumes from './corridor-volumes/figure.ts';
import sixChairs from './six-chairs/figure.ts';
import forumTimeline from './forum-timeline/figure.ts';
import balancingCalendar from './balancing-calendar/figure.ts';
import oilRoutes from './oil-routes/figure.ts';

export const FIGURES = [
  locatorMap,
  chinaTrade,
  oilRoutes,
  corridorRoute,
  corridorVolumes,
  sixChairs,
  forumTimeline,
  balancingCalendar,
] as const;

export type AnyFigure = (typeof FIGURES)[number];
export type FigureId = AnyFigure['id'];

const byId = new Map<string, Figure>(FIGURES.map((f) => [f.id, f as unknown as Figure]));
if (byId.size !== FIGURES.length)
  throw new Error('src/figures/index.ts lists two figures with the same id.');

export const FIGURE_IDS: FigureId[] = FIGURES.map((f) => f.id);

export function isFigureId(id: string): id is FigureId {
  return byId.has(id);
}

/** A figure by id, with its states and prepare typed loosely (as the pages that loop over every figure need them). */
export function figureById(id: FigureId): Figure {
  return byId.get(id)!;
}
