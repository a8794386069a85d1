/** Kazakhstan's oil export routes, leg by leg (chapter "Oil, uranium and the routes out"). */
import { defineFigure } from '../define.ts';
import { oilRoutes } from './data.ts';
import { STATES } from './states.ts';

export default defineFigure({
  id: 'oil-routes',
  chapter: 'oil-and-uranium',
  states: STATES,
  prepare: (ledger, edition) => oilRoutes(ledger, { edition }),
});
