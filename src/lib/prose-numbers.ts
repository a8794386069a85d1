/**
 * Finds numbers written straight into prose. Statistics must come from the facts
 * ledger through <Fact/>, so the only digits allowed in prose are years.
 */
export interface LooseNumber {
  text: string;
  index: number;
}

const NUMBER = /\d[\d,.]*\d|\d/g;
const YEAR = /^(1[89]|20)\d\d$/;

export function findLooseNumbers(text: string): LooseNumber[] {
  const found: LooseNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const token = match[0];
    if (YEAR.test(token)) continue;
    found.push({ text: token, index: match.index });
  }
  return found;
}
