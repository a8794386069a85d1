/** The locator map's states, overview first; in a file of their own because the data and layout modules read them at load time. */
export const STATES = [
  'eurasia',
  'kazakhstan',
  'russia-border',
  'china',
  'central-asia',
  'europe-asia',
] as const;
export type LocatorState = (typeof STATES)[number];
