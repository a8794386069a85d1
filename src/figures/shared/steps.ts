/** Where a step becomes active: half-way down the visible viewport on wide screens. */
export const TRIGGER = 0.5;
/** On phones the figure fills the top of the screen, so a step takes over lower down, below it. */
export const PHONE_TRIGGER = 0.7;
/** Below this width (CSS px) the figure sits above the steps instead of beside them. */
export const PHONE_WIDTH = 1024;

export function triggerFor(viewportWidth: number): number {
  return viewportWidth < PHONE_WIDTH ? PHONE_TRIGGER : TRIGGER;
}

/**
 * The active step is the last one whose top has passed the trigger line, or -1
 * before the first. It depends only on where the steps are now, never on the
 * order in which scroll events arrived.
 */
export function activeIndex(stepTops: number[], viewportHeight: number, trigger = TRIGGER): number {
  let index = -1;
  for (const [i, top] of stepTops.entries()) if (top <= viewportHeight * trigger) index = i;
  return index;
}

/** The figure state for a step index: the step's own state, or the overview before the first step. */
export function stateForIndex(index: number, stepStates: string[], overview: string): string {
  return stepStates[index] ?? overview;
}

/** Whether an element tagged data-on="a b" is highlighted in a state, and whether it fades back. */
export function highlight(
  onStates: string,
  state: string,
  overview: string,
): { on: boolean; off: boolean } {
  const on = onStates.split(/\s+/).includes(state);
  return { on, off: !on && state !== overview };
}

export interface StepBox {
  top: number;
  bottom: number;
}

/**
 * On phones the chart is pinned at the top and the steps pass in the reading area below it,
 * from `regionTop` (the chart's bottom edge) to `regionBottom` (the screen's). A step counts
 * once its top has reached the upper half of that area; of those, the one with most of itself
 * in the area is active, so the active card is the one being read, below the chart. When no
 * card is in the area (a gap between cards) the last card that has passed stays active; -1
 * before the first. Pure: it depends only on where the steps are now.
 */
export function activeIndexBelow(
  steps: StepBox[],
  regionTop: number,
  regionBottom: number,
): number {
  const line = regionTop + (regionBottom - regionTop) / 2;
  let best = -1;
  let bestVisible = 0;
  let passed = -1;
  for (const [i, step] of steps.entries()) {
    if (step.top > line) continue;
    passed = i;
    const visible = Math.min(step.bottom, regionBottom) - Math.max(step.top, regionTop);
    if (visible > bestVisible) {
      best = i;
      bestVisible = visible;
    }
  }
  return best >= 0 ? best : passed;
}

/** `#fig-<figure>-step-<n>`, one-based, as the step ids Scrolly renders; null for any other hash. */
export function stepFromHash(hash: string, stepIds: string[]): number | null {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  if (!id) return null;
  const index = stepIds.indexOf(id);
  return index >= 0 ? index : null;
}
