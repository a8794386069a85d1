/** Middle Corridor tonnage by year, against capacity and target, and the January comparison (Middle Corridor chapter). */
import { defineFigure } from '../define.ts';
import { corridorVolumes } from './data.ts';

export default defineFigure({
  id: 'corridor-volumes',
  chapter: 'middle-corridor',
  states: ['overview', 'growth-2023', 'after-2023', 'capacity', 'january'],
  prepare: corridorVolumes,
});
