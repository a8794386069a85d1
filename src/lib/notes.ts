/**
 * Numbered notes: each chapter's citations, numbered in order of first appearance
 * (a source cited again keeps its number), and the words that explain a derived
 * number. Used by the remark plugin (src/plugins/remark-notes.ts), <Cite>, <Fact>
 * and the notes list at the end of each chapter.
 */
import type { Fact, Ledger } from './ledger.ts';
import type { FormulaName } from './derived.ts';

export interface NoteRef {
  /** The note's number, from 1. */
  n: number;
  /** Whether this is the first citation of the source in the chapter (the notes list links back to it). */
  first: boolean;
}

/** Numbers a chapter's citations, given the cited source ids in reading order. */
export function numberNotes(citedIds: readonly string[]): { refs: NoteRef[]; notes: string[] } {
  const notes: string[] = [];
  const refs = citedIds.map((id) => {
    const seen = notes.indexOf(id);
    if (seen >= 0) return { n: seen + 1, first: false };
    notes.push(id);
    return { n: notes.length, first: true };
  });
  return { refs, notes };
}

/** The ids a note's marker and its entry in the notes list carry; the print edition prefixes them per chapter. */
export const noteId = (n: number) => `note-${n}`;
export const noteRefId = (n: number) => `note-ref-${n}`;

/** How each formula reads in words, given its inputs as printed. */
export const FORMULA_TEXT: Record<FormulaName, (a: string, b: string) => string> = {
  priorFromGrowth: (a, b) => `${a} divided by (1 + ${b})`,
  growth: (a, b) => `the change from ${b} to ${a}`,
  difference: (a, b) => `${a} minus ${b}`,
};

/** "$41bn minus $31.4bn, from: Kazakhstan–China trade in 2023, Chinese customs; and …", for a derived fact. */
export function derivationText(ledger: Ledger, fact: Fact): string | undefined {
  if (!fact.derived) return undefined;
  const inputs = fact.derived.from.map((id) => ledger.facts.get(id)!);
  const formula = FORMULA_TEXT[fact.derived.formula](
    ...(inputs.map((f) => f.display) as [string, string]),
  );
  return `${formula}, from: ${inputs.map((f) => f.label).join('; and ')}`;
}
