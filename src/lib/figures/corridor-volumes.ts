/** Data for the corridor-volumes figure: yearly tonnage, capacity and target, and the January comparison. */
import { getFact, type Fact, type Ledger } from '../ledger.ts';
import type { DataTable } from './table.ts';

export interface VolumeBar {
  key: string;
  label: string;
  value: number;
  fact: Fact;
  derived: boolean;
}

export interface CorridorVolumes {
  annual: VolumeBar[];
  january: VolumeBar[];
  capacity: Fact;
  target: Fact;
  targetYear: Fact;
  sources: string[];
  table: DataTable;
}

const bar = (ledger: Ledger, key: string, label: string, id: string): VolumeBar => {
  const fact = getFact(ledger, id, 'src/lib/figures/corridor-volumes.ts');
  return { key, label, value: fact.value as number, fact, derived: !!fact.derived };
};

export function corridorVolumes(ledger: Ledger): CorridorVolumes {
  const annual = [
    bar(ledger, 'y2022', '2022', 'corridor-2022'),
    bar(ledger, 'y2023', '2023', 'corridor-2023'),
    bar(ledger, 'y2024', '2024', 'corridor-2024'),
    bar(ledger, 'y2025', '2025', 'corridor-2025'),
  ];
  const january = [bar(ledger, 'jan2023', 'Jan 2023', 'corridor-jan-2023'), bar(ledger, 'jan2024', 'Jan 2024', 'corridor-jan-2024')];
  const capacity = getFact(ledger, 'corridor-capacity');
  const target = getFact(ledger, 'corridor-target');
  const targetYear = getFact(ledger, 'corridor-target-year');
  const facts = [...annual.map((b) => b.fact), ...january.map((b) => b.fact), capacity, target];
  const sources = [...new Set(facts.flatMap((f) => f.sources))];
  const publishers = (fact: Fact) => fact.sources.map((id) => ledger.sources.get(id)!.publisher).join('; ');
  const row = (b: VolumeBar, unit: string, value: number) => [b.label, value, unit, b.derived ? 'derived' : 'reported', publishers(b.fact)];
  const growth2023 = getFact(ledger, 'corridor-2023-growth');
  const growthJanuary = getFact(ledger, 'corridor-jan-2024-growth');
  const table: DataTable = {
    caption: 'Cargo on the Middle Corridor (Trans-Caspian International Transport Route)',
    columns: ['Period', 'Volume', 'Unit', 'Status', 'Source'],
    rows: [
      ...annual.map((b) => row(b, 'million tonnes', b.value)),
      ...january.map((b) => row(b, 'tonnes', b.value)),
      ['Capacity (stated February 2024)', capacity.value as number, 'million tonnes a year', 'reported', publishers(capacity)],
      [`Target for ${targetYear.value}`, target.value as number, 'million tonnes a year', 'reported', publishers(target)],
    ],
    notes: [
      `Derived rows are computed from a reported total and its growth rate (${annual[1]!.fact.display} after +${growth2023.display}; ${january[1]!.fact.display} after +${growthJanuary.display}); they are not reported figures.`,
      '2024 and 2025 are the Kazakh Transport Ministry’s figures from March 2026; other counts differ because they measure different things (see the chapter).',
    ],
  };
  return { annual, january, capacity, target, targetYear, sources, table };
}
