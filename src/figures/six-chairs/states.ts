/** The six-chairs states: the overview, then one per organisation, by its id in content/data/organisations.yaml, in step order. */
export const STATES = ['overview', 'sco', 'csto', 'cica', 'ots', 'ifas', 'iofs'] as const;
export type ChairState = (typeof STATES)[number];
export type OrganisationId = Exclude<ChairState, 'overview'>;
