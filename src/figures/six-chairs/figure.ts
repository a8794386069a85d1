/** The six organisations Kazakhstan chaired in 2024: a map of each one's members and a timeline of the terms (chairmanships chapter). */
import { defineFigure } from '../define.ts';
import { sixChairs } from './data.ts';
import { STATES } from './states.ts';

export default defineFigure({
  id: 'six-chairs',
  chapter: 'chairmanships',
  states: STATES,
  prepare: (ledger, edition) => sixChairs(ledger, undefined, edition),
});
