/**
 * Formulas for numbers the site computes from stated ones. Each takes the input
 * facts' values in the order the ledger lists them under `derived.from`.
 */
export const formulas = {
  /** The earlier value implied by a current value and its growth in percent: 2.76 Mt after +65% → 1.67 Mt. */
  priorFromGrowth: (current: number, growthPercent: number) => current / (1 + growthPercent / 100),
  /** Percentage change from the second value to the first: (4.12, 4.48) → −8.0%. */
  growth: (later: number, earlier: number) => (later / earlier - 1) * 100,
  /** The first value minus the second. */
  difference: (a: number, b: number) => a - b,
} satisfies Record<string, (...inputs: number[]) => number>;

export type FormulaName = keyof typeof formulas;

export const FORMULA_NAMES = Object.keys(formulas) as FormulaName[];

export function isFormulaName(name: string): name is FormulaName {
  return Object.hasOwn(formulas, name);
}

export function applyFormula(name: FormulaName, inputs: number[]): number {
  const fn = formulas[name] as (...args: number[]) => number;
  if (inputs.length !== fn.length) {
    throw new RangeError(`Formula "${name}" takes ${fn.length} inputs, got ${inputs.length}.`);
  }
  return fn(...inputs);
}
