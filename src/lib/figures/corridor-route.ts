/** Data for the corridor-route figure. STUB: replace with the real data preparation. */
import type { Ledger } from '../ledger.ts';
import type { DataTable } from './table.ts';

export interface CorridorRouteData {
  sources: string[];
  table: DataTable;
}

export function corridorRoute(ledger: Ledger): CorridorRouteData {
  void ledger;
  return { sources: ['antic-2024'], table: { caption: 'Not built yet', columns: ['Item'], rows: [['stub']] } };
}
