/** The accessibility rules every browser test holds a page to: WCAG 2.2 A and AA, and axe's best practice. */
export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22a',
  'wcag22aa',
  'best-practice',
];
