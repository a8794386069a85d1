/** The Middle Corridor drawn leg by leg (Middle Corridor chapter). */
import { defineFigure } from '../define.ts';
import { corridorRoute } from './route.ts';
import { STATES } from './states.ts';

export default defineFigure({
  id: 'corridor-route',
  chapter: 'middle-corridor',
  states: STATES,
  prepare: (ledger, edition) => corridorRoute(ledger, { edition }),
});
