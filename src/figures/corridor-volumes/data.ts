/** Data for the corridor-volumes figure: yearly tonnage, capacity and target, and the January comparison. */
import type { FigureEdition } from '../define.ts';
import { numberIn, wordsOf } from '../shared/words.ts';
import { VOLUMES_WORDS, type VolumesWords } from './words.ts';
import {
  factSources,
  numberFact,
  publishers,
  type Ledger,
  type NumberFact,
} from '../../lib/ledger.ts';
import type { DataTable } from '../shared/table.ts';

const WHERE = 'the corridor-volumes figure (src/figures/corridor-volumes/data.ts)';

export interface VolumeBar {
  /** Unique within the figure, from the fact's date: y2023, jan2024. */
  key: string;
  label: string;
  year: number;
  value: number;
  fact: NumberFact;
  derived: boolean;
}

export interface CorridorVolumes {
  /** The edition's words for the panels and notes, and how it prints numbers. */
  words: VolumesWords;
  format: (n: number) => string;
  /** Yearly tonnage, oldest first. */
  annual: VolumeBar[];
  /** The year whose growth rate the "growth-2023" step is about: its bar and the ones before it are that step's. */
  growthYear: number;
  january: VolumeBar[];
  capacity: NumberFact;
  target: NumberFact;
  targetYear: NumberFact;
  sources: string[];
  table: DataTable;
}

/** The facts drawn, in order; their labels and keys come from the facts' dates. */
const ANNUAL = ['corridor-2022', 'corridor-2023', 'corridor-2024', 'corridor-2025'];
const JANUARY = ['corridor-jan-2023', 'corridor-jan-2024'];

const bar = (
  ledger: Ledger,
  id: string,
  kind: 'annual' | 'january',
  words: VolumesWords,
): VolumeBar => {
  const fact = numberFact(ledger, id, WHERE);
  const year = Number(fact.asOf.slice(0, 4));
  return {
    key: kind === 'annual' ? `y${year}` : `jan${year}`,
    label: kind === 'annual' ? String(year) : words.january(year),
    year,
    value: fact.value,
    fact,
    derived: !!fact.derived,
  };
};

export function corridorVolumes(ledger: Ledger, edition?: FigureEdition): CorridorVolumes {
  const words = wordsOf(VOLUMES_WORDS, edition);
  const annual = ANNUAL.map((id) => bar(ledger, id, 'annual', words)).sort(
    (a, b) => a.year - b.year,
  );
  const january = JANUARY.map((id) => bar(ledger, id, 'january', words)).sort(
    (a, b) => a.year - b.year,
  );
  const capacity = numberFact(ledger, 'corridor-capacity', WHERE);
  const target = numberFact(ledger, 'corridor-target', WHERE);
  const targetYear = numberFact(ledger, 'corridor-target-year', WHERE);
  const growth2023 = numberFact(ledger, 'corridor-2023-growth', WHERE);
  const growthYear = Number(growth2023.asOf.slice(0, 4));
  const sources = factSources(
    ...annual.map((b) => b.fact),
    ...january.map((b) => b.fact),
    capacity,
    target,
  );
  const row = (b: VolumeBar, unit: string) => [
    b.label,
    b.value,
    unit,
    b.derived ? 'derived' : 'reported',
    publishers(ledger, b.fact),
  ];
  // A derived bar is a reported total taken back by its growth rate: derived.from is [total, rate].
  const derivation = (b: VolumeBar) =>
    b.fact.derived!.from.map((id) => numberFact(ledger, id, WHERE).display).join(words.table.after);
  const derived = [...annual, ...january].filter((b) => b.derived);
  const table: DataTable = {
    caption: words.table.caption,
    columns: ['Period', 'Volume', 'Unit', 'Status', 'Source'],
    rows: [
      ...annual.map((b) => row(b, 'million tonnes')),
      ...january.map((b) => row(b, 'tonnes')),
      [
        words.table.capacity,
        capacity.value,
        'million tonnes a year',
        'reported',
        publishers(ledger, capacity),
      ],
      [
        words.table.target(targetYear.value),
        target.value,
        'million tonnes a year',
        'reported',
        publishers(ledger, target),
      ],
    ],
    notes: [
      ...(derived.length ? [words.table.derived(derived.map(derivation))] : []),
      words.table.ministry,
    ],
  };
  return {
    words,
    format: numberIn(edition),
    annual,
    growthYear,
    january,
    capacity,
    target,
    targetYear,
    sources,
    table,
  };
}
