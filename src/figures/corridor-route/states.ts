/** The corridor route's states, overview first; in a file of their own because the route file's schema reads them at load time. */
export const STATES = [
  'overview',
  'border',
  'kazakhstan',
  'caspian-ports',
  'caspian',
  'baku',
  'tbilisi',
  'black-sea',
  'kars',
  'europe',
  'northern-route',
] as const;
export type RouteState = (typeof STATES)[number];
export const OVERVIEW: RouteState = STATES[0];
