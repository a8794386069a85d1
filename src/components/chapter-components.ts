/** What chapters may use without importing; the remark check (CHAPTER_COMPONENTS) keeps this list honest. */
import Fact from './Fact.astro';
import Cite from './Cite.astro';
import WhatHappenedNext from './WhatHappenedNext.astro';
import SourcesDiffer from './SourcesDiffer.astro';
import WhoseView from './WhoseView.astro';
import Scrolly from './Scrolly.astro';
import Step from './Step.astro';
import Term from './Term.astro';

export const chapterComponents = {
  Fact,
  Cite,
  WhatHappenedNext,
  SourcesDiffer,
  WhoseView,
  Scrolly,
  Step,
  Term,
};
