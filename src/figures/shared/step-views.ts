/** A scrolly's steps as the chapter renders them: which state each shows, and what it announces. Build time only. */
import { selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { StepView } from './download-strings.ts';

export interface StepInfo {
  show: string;
  description: string;
}

/** The steps under a node, in reading order (attribute values come back decoded). */
export function stepsIn(node: AnyNode | AnyNode[]): StepInfo[] {
  return selectAll<AnyNode, Element>('.step[data-show]', node).map((s) => ({
    show: s.attribs['data-show']!,
    description: s.attribs['data-description'] ?? '',
  }));
}

/** For each state, the first step that shows it, numbered from one as the control bar counts. */
export function firstStepShowing(html: string): Record<string, StepView> {
  const views: Record<string, StepView> = {};
  for (const [i, step] of stepsIn(parseDocument(html).children).entries())
    views[step.show] ??= { number: i + 1, description: step.description };
  return views;
}
