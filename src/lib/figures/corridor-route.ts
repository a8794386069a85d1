/**
 * The corridor-route figure's public API: the Middle Corridor drawn leg by leg. The parts live in
 * corridor-route/ (data file, route and table, map geometry, cameras, legs, labels, layout).
 */
export { ACTORS, OVERVIEW, parseRoute, ROUTE_FILE, SIDES, STATES, type Actor, type CountryEntry, type LabelEntry, type LegEntry, type RouteState, type Side, type StepEntry } from './corridor-route/data.ts';
export { corridorRoute, describeRoute, stateIndex, type CorridorRouteData, type RouteLeg, type RoutePlace, type RouteStep } from './corridor-route/route.ts';
export { SIZE, STYLE, textWidth } from './corridor-route/style.ts';
export { routeProjection } from './corridor-route/geometry.ts';
export { fitCamera, type Camera } from './corridor-route/camera.ts';
export { framesOf, type Attrs, type Frames } from './corridor-route/frames.ts';
export type { LegLayout } from './corridor-route/legs.ts';
export type { Box, CountryLabelLayout, LabelLayout, MarkerLayout } from './corridor-route/labels.ts';
export { corridorRouteLayout, loadCorridorRoute, type CorridorRouteLayout } from './corridor-route/layout.ts';
