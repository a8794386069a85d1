import { describe, expect, it } from 'vitest';
import { applyFormula, formulas, isFormulaName } from '../../src/lib/derived.ts';

describe('derived numbers', () => {
  it('recovers the 2022 corridor volume from 2.76 Mt and +65%', () => {
    expect(formulas.priorFromGrowth(2.76, 65)).toBeCloseTo(1.6727, 4);
  });

  it('recovers January 2023 from 274,200 t and +147%', () => {
    expect(formulas.priorFromGrowth(274200, 147)).toBeCloseTo(111012, 0);
  });

  it('computes percentage change and differences', () => {
    expect(formulas.growth(4.12, 4.48)).toBeCloseTo(-8.04, 2);
    expect(formulas.growth(10, 6)).toBeCloseTo(66.67, 2);
    expect(formulas.difference(41, 31.4)).toBeCloseTo(9.6, 6);
  });

  it('checks the number of inputs and the formula name', () => {
    expect(() => applyFormula('growth', [1])).toThrow(/takes 2 inputs/);
    expect(isFormulaName('growth')).toBe(true);
    expect(isFormulaName('average')).toBe(false);
    expect(isFormulaName('toString')).toBe(false);
  });
});
