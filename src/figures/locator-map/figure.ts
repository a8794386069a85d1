/** The locator map (Russia chapter): Eurasia, then Kazakhstan, its borders and neighbours, and the span from Europe to China. */
import { defineFigure } from '../define.ts';
import { locatorMap } from './data.ts';
import { STATES } from './states.ts';

export default defineFigure({
  id: 'locator-map',
  chapter: 'russia',
  states: STATES,
  prepare: (ledger, edition) => locatorMap(ledger, { edition }),
});
