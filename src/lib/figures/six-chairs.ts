/** Data for the six-chairs figure. STUB: replace with the real data preparation. */
import type { Ledger } from '../ledger.ts';
import type { DataTable } from './table.ts';

export interface SixChairsData {
  sources: string[];
  table: DataTable;
}

export function sixChairs(ledger: Ledger): SixChairsData {
  void ledger;
  return { sources: ['antic-2024'], table: { caption: 'Not built yet', columns: ['Item'], rows: [['stub']] } };
}
