/** Data for the china-trade figure. STUB: replace with the real data preparation. */
import type { Ledger } from '../ledger.ts';
import type { DataTable } from './table.ts';

export interface ChinaTradeData {
  sources: string[];
  table: DataTable;
}

export function chinaTrade(ledger: Ledger): ChinaTradeData {
  void ledger;
  return { sources: ['antic-2024'], table: { caption: 'Not built yet', columns: ['Item'], rows: [['stub']] } };
}
