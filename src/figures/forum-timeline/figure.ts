/** The Astana International Forum's editions on a time axis (Astana forum chapter). */
import { defineFigure } from '../define.ts';
import { forumTimeline } from './data.ts';

export default defineFigure({
  id: 'forum-timeline',
  chapter: 'astana-forum',
  states: ['overview', 'held-2023', 'planned-2024', 'cancelled-2024', 'held-2025'],
  prepare: forumTimeline,
});
