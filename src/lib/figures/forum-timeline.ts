/** Data for the forum-timeline figure. STUB: replace with the real data preparation. */
import type { Ledger } from '../ledger.ts';
import type { DataTable } from './table.ts';

export interface ForumTimelineData {
  sources: string[];
  table: DataTable;
}

export function forumTimeline(ledger: Ledger): ForumTimelineData {
  void ledger;
  return { sources: ['antic-2024'], table: { caption: 'Not built yet', columns: ['Item'], rows: [['stub']] } };
}
