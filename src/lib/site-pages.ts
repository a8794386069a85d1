/** The pages around the chapters, in the order the menu and the footer list them. */
export const SITE_PAGES = [
  { key: 'teachers', path: '/teachers/', label: 'Teacher guide' },
  { key: 'glossary', path: '/glossary/', label: 'Glossary' },
  { key: 'print', path: '/print/', label: 'Print edition' },
  { key: 'sources', path: '/sources/', label: 'Sources' },
  { key: 'facts', path: '/facts/', label: 'Facts ledger' },
  { key: 'updates', path: '/updates/', label: 'Updates and corrections' },
  { key: 'about', path: '/about/', label: 'About this explainer' },
] as const;
