/**
 * The build-time twin of the island's applyState (src/islands/scrolly.ts): puts a figure's
 * server-rendered SVG into one state by reading the same data-on and data-frames attributes.
 * Works on an htmlparser2 DOM, so downloads, stills and the storyboard can draw every state
 * without a browser. The island animates; this sets the final values.
 */
import type { Element } from 'domhandler';
import { selectAll } from 'css-select';
import { highlight } from './steps.ts';

type Frames = Record<string, Record<string, string | number>>;

function setClass(el: Element, name: string, on: boolean): void {
  const classes = new Set((el.attribs.class ?? '').split(/\s+/).filter(Boolean));
  if (on) classes.add(name);
  else classes.delete(name);
  el.attribs.class = [...classes].join(' ');
}

/** Highlights and moves the elements of `svg` (or any root) for `state`, as the island would after its transition. */
export function applyStateToDom(root: Element, state: string, overview: string): void {
  for (const el of selectAll('[data-on]', root)) {
    const { on, off } = highlight(el.attribs['data-on'] ?? '', state, overview);
    setClass(el, 'is-on', on);
    setClass(el, 'is-off', off);
  }
  for (const el of selectAll('[data-frames]', root)) {
    const frames = JSON.parse(el.attribs['data-frames'] ?? '{}') as Frames;
    const target = frames[state] ?? frames['*'];
    if (!target) continue;
    for (const [name, value] of Object.entries(target)) el.attribs[name] = String(value);
  }
}
