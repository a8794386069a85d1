/** Data for the locator-map figure. STUB: replace with the real data preparation. */
import type { Ledger } from '../ledger.ts';
import type { DataTable } from './table.ts';

export interface LocatorMapData {
  sources: string[];
  table: DataTable;
}

export function locatorMap(ledger: Ledger): LocatorMapData {
  void ledger;
  return { sources: ['antic-2024'], table: { caption: 'Not built yet', columns: ['Item'], rows: [['stub']] } };
}
