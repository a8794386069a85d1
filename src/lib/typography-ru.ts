/**
 * Russian typesetting rules a browser does not apply: a one-letter preposition
 * or conjunction (в, к, с, у, о, и, а, я) is not left at the end of a line, and
 * an em dash does not start one. Both become no-break spaces.
 */
const NBSP = '\u00a0';
const ONE_LETTER = /(^|[\s(«„"])([вВкКсСуУоОиИаАяЯ])[ \t\n]+/g;
const BEFORE_DASH = /[ \t\n]+—/g;

export function russianSpaces(text: string): string {
  // Twice, so "и в Китае" binds both letters (the first match eats the space the second needs).
  return text
    .replace(ONE_LETTER, `$1$2${NBSP}`)
    .replace(ONE_LETTER, `$1$2${NBSP}`)
    .replace(BEFORE_DASH, `${NBSP}—`);
}
