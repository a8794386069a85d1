/** The balancing calendar: top-level meetings, one lane per partner (conclusion). */
import { loadEvents } from '../../lib/events.ts';
import { defineFigure } from '../define.ts';
import { balancingCalendar } from './data.ts';

export default defineFigure({
  id: 'balancing-calendar',
  chapter: 'conclusion',
  states: ['overview', 'russia', 'china', 'west', 'together', 'november-2025'],
  prepare: (ledger, edition) => balancingCalendar(ledger, loadEvents(), edition),
});
