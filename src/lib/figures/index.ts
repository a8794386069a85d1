/** Each figure's notes (data table and sources), computed from content/ at build time. */
import type { Ledger } from '../ledger.ts';
import type { DataTable } from './table.ts';
import type { FigureId } from './registry.ts';
import { corridorVolumes } from './corridor-volumes.ts';
import { locatorMap } from './locator-map.ts';
import { chinaTrade } from './china-trade.ts';
import { corridorRoute } from './corridor-route.ts';
import { sixChairs } from './six-chairs.ts';
import { forumTimeline } from './forum-timeline.ts';

export interface FigureNotesData {
  table: DataTable;
  sources: string[];
}

type Prepare = (ledger: Ledger) => FigureNotesData;

export const FIGURE_NOTES: Record<FigureId, Prepare> = {
  'locator-map': locatorMap,
  'china-trade': chinaTrade,
  'corridor-route': corridorRoute,
  'corridor-volumes': corridorVolumes,
  'six-chairs': sixChairs,
  'forum-timeline': forumTimeline,
};
