/**
 * What a chapter without figures may use without importing. A page bundles the styles of every
 * component its route imports, so the text chapters' route imports only these and never ships the
 * figures' and Scrolly's styles (README, Benchmark); chapter-components.ts adds the figures.
 */
import Fact from './Fact.astro';
import Cite from './Cite.astro';
import WhatHappenedNext from './WhatHappenedNext.astro';
import SourcesDiffer from './SourcesDiffer.astro';
import WhoseView from './WhoseView.astro';
import Term from './Term.astro';

export const textComponents = { Fact, Cite, WhatHappenedNext, SourcesDiffer, WhoseView, Term };
