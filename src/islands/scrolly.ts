/**
 * The browser side of every scrolly figure. The figure's state is a pure function
 * of the active step's index, recomputed from the page's geometry on every scroll
 * event scrollama reports, and on load, resize and anchor jumps, so a fast fling
 * or a reload halfway down can never leave the figure in the wrong state.
 */
import scrollama from 'scrollama';
import { select, selectAll } from 'd3-selection';
import 'd3-transition';
import { activeIndex, highlight, stateForIndex, triggerFor } from '../figures/shared/steps.ts';

const DURATION = 500;

type Frames = Record<string, Record<string, string | number>>;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function applyState(section: HTMLElement, state: string, animate: boolean): void {
  section.dataset.state = state;
  delete section.dataset.settled;
  const running: Array<Promise<void>> = [];
  const overview = section.dataset.overview ?? '';
  const svg = select(section).select<SVGSVGElement>('svg.figure__svg');
  svg.selectAll<SVGElement, unknown>('[data-on]').each(function () {
    const { on, off } = highlight(this.dataset.on ?? '', state, overview);
    select(this).classed('is-on', on).classed('is-off', off);
  });
  svg.selectAll<SVGElement, unknown>('[data-frames]').each(function () {
    const frames = JSON.parse(this.dataset.frames ?? '{}') as Frames;
    const target = frames[state] ?? frames['*'];
    if (!target) return;
    const element = select(this);
    element.interrupt();
    const transition = animate ? element.transition().duration(DURATION) : null;
    for (const [name, value] of Object.entries(target)) {
      if (transition) transition.attr(name, value);
      else element.attr(name, value);
    }
    // An interrupted transition rejects; the newer state then settles on its own.
    if (transition) running.push(transition.end().catch(() => undefined));
  });
  // Marks the moment the figure has finished moving, for print and for tests.
  void Promise.all(running)
    .then(() => Promise.all(section.getAnimations({ subtree: true }).map((animation) => animation.finished.catch(() => undefined))))
    .then(() => {
      if (section.dataset.state === state) section.dataset.settled = state;
    });
}

function initScrolly(section: HTMLElement): void {
  const steps = Array.from(section.querySelectorAll<HTMLElement>('.step'));
  const live = section.querySelector<HTMLElement>('.scrolly__live');
  const overview = section.dataset.overview ?? 'overview';
  let current = Number.NaN;

  const update = (announce: boolean) => {
    const index = activeIndex(steps.map((s) => s.getBoundingClientRect().top), window.innerHeight, triggerFor(window.innerWidth));
    if (index === current) return;
    const first = Number.isNaN(current);
    current = index;
    const step = steps[index];
    const state = stateForIndex(index, steps.map((s) => s.dataset.show ?? overview), overview);
    section.dataset.step = String(index);
    steps.forEach((s, i) => s.classList.toggle('is-active', i === index));
    applyState(section, state, !first && !reducedMotion());
    if (announce && live && step?.dataset.description) live.textContent = step.dataset.description;
  };

  update(false);
  const scroller = scrollama();
  scroller.setup({ step: steps, offset: triggerFor(window.innerWidth) as 0.5 | 0.7 }).onStepEnter(() => update(true)).onStepExit(() => update(true));
  let pending = false;
  const later = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      update(true);
    });
  };
  window.addEventListener('scrollend', later, { passive: true });
  window.addEventListener('resize', later, { passive: true });
  window.addEventListener('hashchange', later);
  // Print the overview, whatever step the reader had reached; then put the step back.
  window.addEventListener('beforeprint', () => applyState(section, overview, false));
  window.addEventListener('afterprint', () => {
    current = Number.NaN;
    update(false);
  });
}

/** Starts every scrolly figure on the page; Scrolly.astro loads this once, whichever figures the page has. */
export function initAll(): void {
  selectAll<HTMLElement, unknown>('.scrolly[data-figure]').each(function () {
    initScrolly(this);
  });
}
