/** The locator-map figure's public surface; the parts live in ./locator-map/. */
export { KAZAKHSTAN_OPACITY, locatorMap, STATE_LABEL, STATES, type Actor, type BorderLine, type CountryKey, type HighlightedCountry, type LocatorMapData, type LocatorState } from './locator-map/data.ts';
export { apply, fitView, locatorLayout, locatorProjection, toTransform, type Label, type LocatorLayout, type PlaceMark, type Point, type View } from './locator-map/layout.ts';
