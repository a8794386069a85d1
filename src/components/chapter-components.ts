/** What chapters may use without importing; the remark check (CHAPTER_COMPONENTS) keeps this list honest. */
import Scrolly from './Scrolly.astro';
import Step from './Step.astro';
import { textComponents } from './text-components.ts';

export const chapterComponents = { ...textComponents, Scrolly, Step };
