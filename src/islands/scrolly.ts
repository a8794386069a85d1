/**
 * The browser side of every scrolly figure. The figure's state is a pure function
 * of the active step's index, recomputed from the page's geometry on every scroll
 * event, and on load, resize and anchor jumps, so a fast fling or a reload halfway
 * down can never leave the figure in the wrong state.
 *
 * The reader's controls never set the state directly: Previous, Next, the arrow keys,
 * Tab to a step and a link to a step (#fig-<figure>-step-<n>) all scroll that step into
 * its reading place, and the state follows from the geometry as it does for scrolling.
 * "Show all steps" unrolls the figure into one still per step, and is remembered.
 * The interface strings are data attributes rendered by Scrolly.astro, for translation.
 */
import { select, selectAll } from 'd3-selection';
import 'd3-transition';
import {
  activeIndex,
  activeIndexBelow,
  highlight,
  PHONE_WIDTH,
  stateForIndex,
  stepFromHash,
  TRIGGER,
} from '../figures/shared/steps.ts';

const DURATION = 500;
/** Where the reader's choice of view is kept, like the theme. */
const VIEW_KEY = 'scrolly-view';

type Frames = Record<string, Record<string, string | number>>;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const isPhone = () => window.innerWidth < PHONE_WIDTH;

/** Sets `state` on every figure drawing inside `root` (a figure may carry a phone and a desktop svg). */
function paint(
  root: Element,
  state: string,
  overview: string,
  animate: boolean,
): Array<Promise<void>> {
  const running: Array<Promise<void>> = [];
  // Every drawing of the figure (its phone and its desktop artwork), so the one shown is always in step.
  const svgs = selectAll<SVGSVGElement, unknown>(
    Array.from(root.querySelectorAll<SVGSVGElement>('svg.figure__svg')),
  );
  svgs.selectAll<SVGElement, unknown>('[data-on]').each(function () {
    const { on, off } = highlight(this.dataset.on ?? '', state, overview);
    select(this).classed('is-on', on).classed('is-off', off);
  });
  svgs.selectAll<SVGElement, unknown>('[data-frames]').each(function () {
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
  return running;
}

function applyState(section: HTMLElement, state: string, animate: boolean): void {
  section.dataset.state = state;
  delete section.dataset.settled;
  const graphic = section.querySelector('.scrolly__graphic') ?? section;
  const running = paint(graphic, state, section.dataset.overview ?? '', animate);
  // Marks the moment the figure has finished moving, for print and for tests.
  void Promise.all(running)
    .then(() =>
      Promise.all(
        graphic
          .getAnimations({ subtree: true })
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
    )
    .then(() => {
      if (section.dataset.state === state) section.dataset.settled = state;
    });
}

const PAINTS = [
  'fill',
  'stroke',
  'clip-path',
  'mask',
  'filter',
  'marker-start',
  'marker-mid',
  'marker-end',
] as const;

/**
 * A copy of a drawing for a still: its ids suffixed, so the page keeps unique ids, and whatever
 * pointed at them (attributes, and the figures' CSS, as `fill: url(#hatch)`) pointed at the copies.
 */
function still(svg: SVGSVGElement, suffix: string): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const ids = new Map<string, string>();
  const originals = [svg, ...svg.querySelectorAll('*')];
  const all = [copy, ...copy.querySelectorAll('*')];
  for (const el of all) {
    if (el.id) {
      ids.set(el.id, `${el.id}-${suffix}`);
      el.id = `${el.id}-${suffix}`;
    }
  }
  if (ids.size === 0) return copy;
  const swap = (value: string) =>
    value.replace(/url\((["']?)[^#)"']*#([^)"']+)\1\)/g, (m, _q: string, id: string) =>
      ids.has(id) ? `url(#${ids.get(id)})` : m,
    );
  all.forEach((el, i) => {
    for (const attr of Array.from(el.attributes)) {
      let value = attr.value;
      if (value.includes('url(')) value = swap(value);
      else if (/href$/.test(attr.name) && value.startsWith('#'))
        value = `#${ids.get(value.slice(1)) ?? value.slice(1)}`;
      else if (/^aria-(labelledby|describedby)$/.test(attr.name))
        value = value
          .split(/\s+/)
          .map((id) => ids.get(id) ?? id)
          .join(' ');
      if (value !== attr.value) el.setAttribute(attr.name, value);
    }
    // References made in the stylesheets: the copy gets them inline, pointing at its own patterns.
    const computed = getComputedStyle(originals[i]!);
    for (const name of PAINTS) {
      const value = computed.getPropertyValue(name);
      if (value.includes('url(')) (el as SVGElement).style.setProperty(name, swap(value));
    }
  });
  return copy;
}

function storedView(): string | null {
  try {
    return localStorage.getItem(VIEW_KEY);
  } catch {
    return null;
  }
}

function storeView(all: boolean): void {
  try {
    if (all) localStorage.setItem(VIEW_KEY, 'all');
    else localStorage.removeItem(VIEW_KEY);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

const fill = (template: string, n: number, total: number) =>
  template.replace('{n}', String(n)).replace('{total}', String(total));

interface Scrolly {
  section: HTMLElement;
  setAll: (all: boolean) => void;
}

const scrollies: Scrolly[] = [];

function initScrolly(section: HTMLElement): void {
  const steps = Array.from(section.querySelectorAll<HTMLElement>('.step'));
  const live = section.querySelector<HTMLElement>('.scrolly__live');
  const graphic = section.querySelector<HTMLElement>('.scrolly__graphic')!;
  const bar = section.querySelector<HTMLElement>('.scrolly__bar');
  const count = bar?.querySelector<HTMLElement>('.scrolly__count');
  const [previous, next] = Array.from(bar?.querySelectorAll<HTMLButtonElement>('[data-go]') ?? []);
  const copyButton = bar?.querySelector<HTMLButtonElement>('[data-copy-step]');
  const allButton = bar?.querySelector<HTMLButtonElement>('[data-show-all]');
  const text = bar?.dataset ?? {};
  const overview = section.dataset.overview ?? 'overview';
  const states = steps.map((s) => s.dataset.show ?? overview);
  const total = steps.length;
  let current = Number.NaN;
  let all = false;
  let stills: HTMLElement[] = [];

  for (const step of steps) step.tabIndex = 0;

  /** The chart's bottom edge on a phone, where the reading area for the cards begins. */
  const chartBottom = () => graphic.getBoundingClientRect().bottom;
  // Twice: on a desktop the pin that centres the chart depends on its height, which the pin's
  // max-height may have capped on the first pass.
  const measure = () => {
    for (let pass = 0; pass < 2; pass++)
      section.style.setProperty('--scrolly-top', `${Math.round(graphic.offsetHeight)}px`);
  };

  const indexNow = () => {
    if (isPhone())
      return activeIndexBelow(
        steps.map((s) => s.getBoundingClientRect()),
        chartBottom(),
        window.innerHeight,
      );
    return activeIndex(
      steps.map((s) => s.getBoundingClientRect().top),
      window.innerHeight,
      TRIGGER,
    );
  };

  const setBar = (index: number) => {
    if (count)
      count.textContent =
        index < 0
          ? fill(text.overviewLabel ?? '', 0, total)
          : fill(text.stepOf ?? '', index + 1, total);
    previous?.setAttribute('aria-disabled', String(index < 0));
    next?.setAttribute('aria-disabled', String(index >= total - 1));
  };

  const update = (announce: boolean) => {
    if (all) return;
    const index = indexNow();
    if (index === current) return;
    const first = Number.isNaN(current);
    current = index;
    const step = steps[index];
    section.dataset.step = String(index);
    steps.forEach((s, i) => s.classList.toggle('is-active', i === index));
    setBar(index);
    applyState(section, stateForIndex(index, states, overview), !first && !reducedMotion());
    if (announce && live && step?.dataset.description) live.textContent = step.dataset.description;
  };

  /** Scrolls so that step `index` (or the figure's top, for -1) is where the reader reads it; the state follows. */
  let steering = false;
  const goTo = (index: number, smooth = !reducedMotion()) => {
    const behavior: ScrollBehavior = smooth ? 'smooth' : 'instant';
    const first = steps[0];
    if (!first) return;
    if (all) {
      // Show all steps: the still of that step at the top of the screen.
      const target = index < 0 ? section : (stills[index] ?? steps[index]!);
      window.scrollTo({ top: target.getBoundingClientRect().top + window.scrollY - 16, behavior });
      return;
    }
    steering = true;
    requestAnimationFrame(() => (steering = false));
    if (index < 0) {
      // Before the first step: its card low on the screen, the figure in its overview.
      window.scrollTo({
        top: first.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.85,
        behavior,
      });
    } else {
      const step = steps[index]!;
      const top = step.getBoundingClientRect().top + window.scrollY;
      // Phone: just below the pinned chart. Desktop: a little above the trigger line.
      const line = isPhone()
        ? graphic.offsetHeight + 8
        : window.innerHeight * TRIGGER - Math.min(step.offsetHeight / 2, window.innerHeight * 0.2);
      window.scrollTo({ top: top - line, behavior });
    }
    if (!smooth) update(true);
  };

  const go = (delta: number) => {
    const base = Number.isNaN(current) ? -1 : current;
    const target = Math.max(-1, Math.min(total - 1, base + delta));
    if (target !== base) goTo(target);
    return target;
  };

  previous?.addEventListener(
    'click',
    () => previous.getAttribute('aria-disabled') !== 'true' && go(-1),
  );
  next?.addEventListener('click', () => next.getAttribute('aria-disabled') !== 'true' && go(1));

  // Arrow keys while focus is in the figure: on a step, focus moves with the step.
  section.querySelector('.scrolly__stage')?.addEventListener('keydown', (event) => {
    const e = event as KeyboardEvent;
    if (all || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const delta = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[e.key];
    if (!delta) return;
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select, [role="dialog"], [popover]')) return;
    e.preventDefault();
    const onStep = target.classList.contains('step');
    const base = onStep ? steps.indexOf(target) : Number.isNaN(current) ? -1 : current;
    const to = Math.max(onStep ? 0 : -1, Math.min(total - 1, base + delta));
    if (to === base) return;
    goTo(to);
    if (onStep) steps[to]!.focus({ preventScroll: true });
  });

  // Tab to a step (or a link inside one): that step takes its reading place.
  section.addEventListener('focusin', (event) => {
    if (all) return;
    const target = event.target as HTMLElement;
    const step = target.closest<HTMLElement>('.step');
    // Only a keyboard's focus moves the page: a tap on a number in a card leaves it where it is.
    if (!step || steering || !target.matches(':focus-visible')) return;
    const index = steps.indexOf(step);
    if (index !== current) goTo(index, false);
  });

  copyButton?.addEventListener('click', async () => {
    const index = Math.max(0, Number.isNaN(current) ? 0 : current);
    const url = `${location.origin}${location.pathname}${location.search}#${steps[index]!.id}`;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // No clipboard (an insecure origin, or permission refused): the old way, then the address bar.
      const area = document.createElement('textarea');
      area.value = url;
      area.setAttribute('readonly', '');
      area.style.cssText = 'position:fixed;opacity:0;inset:0 auto auto 0';
      document.body.append(area);
      area.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      area.remove();
      copyButton.focus({ preventScroll: true });
    }
    history.replaceState(history.state, '', `#${steps[index]!.id}`);
    if (live) live.textContent = copied ? (text.copied ?? '') : (text.copyFailed ?? '');
  });

  const setAll = (on: boolean) => {
    if (on === all) return;
    all = on;
    allButton?.setAttribute('aria-pressed', String(on));
    stills.forEach((s) => s.remove());
    stills = [];
    if (!on) section.classList.remove('is-all');
    if (on) {
      const drawings = Array.from(graphic.querySelectorAll<SVGSVGElement>('svg.figure__svg'));
      steps.forEach((step, i) => {
        const box = document.createElement('div');
        box.className = 'scrolly__still';
        const label = document.createElement('p');
        label.className = 'scrolly__still-label';
        label.textContent = fill(text.stillOf ?? '', i + 1, total);
        box.append(label);
        for (const svg of drawings) {
          const copy = still(svg, `s${i + 1}`);
          copy.removeAttribute('aria-labelledby');
          copy.setAttribute('aria-label', step.dataset.description ?? '');
          box.append(copy);
        }
        paint(box, states[i]!, overview, false);
        step.before(box);
        stills.push(box);
      });
      section.classList.add('is-all');
      steps.forEach((s) => s.classList.remove('is-active'));
      applyState(section, overview, false);
    } else {
      current = Number.NaN;
      measure();
      update(false);
    }
  };
  scrollies.push({ section, setAll });

  allButton?.addEventListener('click', () => {
    const on = !all;
    const before = allButton.getBoundingClientRect().top;
    storeView(on);
    for (const s of scrollies) s.setAll(on);
    // Keep the button where the reader's finger or pointer is, however much the page above changed.
    window.scrollBy({ top: allButton.getBoundingClientRect().top - before, behavior: 'instant' });
  });

  const fromHash = (smooth: boolean) => {
    const index = stepFromHash(
      location.hash,
      steps.map((s) => s.id),
    );
    if (index === null) return false;
    goTo(index, smooth);
    return true;
  };

  measure();
  if (storedView() === 'all') setAll(true);
  if (!fromHash(false)) update(false);
  // After the page's layout settles (fonts, a late anchor jump), put a linked step back in place.
  if (location.hash) requestAnimationFrame(() => fromHash(false));

  let pending = false;
  const later = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      update(true);
    });
  };
  window.addEventListener('scroll', later, { passive: true });
  window.addEventListener('scrollend', later, { passive: true });
  window.addEventListener(
    'resize',
    () => {
      measure();
      later();
    },
    { passive: true },
  );
  window.addEventListener('hashchange', () => {
    if (!fromHash(!reducedMotion())) later();
  });
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
