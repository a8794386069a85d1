/** The six-chairs figure's public surface; the parts live in ./six-chairs/. */
export { ORGANISATIONS_FILE, loadOrganisations, parseOrganisations, worldAtlasCodes, type ChairTerm, type Country, type Organisation } from './six-chairs/organisations.ts';
export { organisationSchema } from './six-chairs/schema.ts';
export { sixChairs, type SixChairsData } from './six-chairs/data.ts';
export { sixChairsLayout, type SixChairsLayout } from './six-chairs/layout.ts';
export { sixChairsDescription } from './six-chairs/text.ts';
