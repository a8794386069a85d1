/** The oil-routes figure's states, overview first; in a file of their own because the route file's schema reads them. */
export const STATES = [
  'overview',
  'cpc',
  'atyrau-samara',
  'druzhba',
  'aktau',
  'china',
  'alternatives',
] as const;
export type OilState = (typeof STATES)[number];
