/** Each figure's notes (data table and sources), computed from content/ at build time. */
import type { Ledger } from '../ledger.ts';
import type { DataTable } from './table.ts';
import type { FigureId } from './registry.ts';
import { corridorVolumes } from './corridor-volumes.ts';

export interface FigureNotesData {
  table: DataTable;
  sources: string[];
}

type Prepare = (ledger: Ledger) => FigureNotesData;

/** Figures without an entry here are not built yet; the build refuses a Scrolly that uses one. */
export const FIGURE_NOTES: Partial<Record<FigureId, Prepare>> = {
  'corridor-volumes': corridorVolumes,
};
