/** Kazakhstan–China trade as each side counts it, and the Chinese investment stock (China chapter). */
import { defineFigure } from '../define.ts';
import { chinaTrade } from './data.ts';

export default defineFigure({
  id: 'china-trade',
  chapter: 'china',
  states: ['overview', 'kazakh-series', 'chinese-series', 'investment'],
  prepare: chinaTrade,
});
