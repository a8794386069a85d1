/**
 * The still each chapter opens with: the figure and state its frontmatter names (`opening:`),
 * else its first figure's overview, else the locator map. The build draws the stills
 * (src/integrations/figure-downloads.ts); a translation opens with the same still in its words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIGURES } from '../figures/index.ts';
import { contentDir } from './content-dir.ts';
import { closest } from './errors.ts';
import type { ChapterData } from './schema.ts';

export interface Opening {
  figure: string;
  state: string;
}

/** The box every still is drawn into; the stills differ a little in shape and are contained in it. */
export const OPENING_BOX = { width: 520, height: 340 } as const;

const LOCATOR = FIGURES[0];

/** Where the opening field sits in the chapter file, for the error message. */
function lineOf(file: string, field: string): number {
  try {
    const lines = readFileSync(join(contentDir(), 'chapters', file), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.trimStart().startsWith(`${field}:`));
    return (at >= 0 ? at : lines.findIndex((l) => l.startsWith('opening:'))) + 1;
  } catch {
    return 0;
  }
}

/** The chapter's opening still; `file` is its path under content/chapters, e.g. "russia.mdx". */
export function openingFor(
  slug: string,
  data: Pick<ChapterData, 'opening'>,
  file: string,
): Opening {
  const chosen = data.opening;
  if (!chosen) {
    const own = FIGURES.find((f) => f.chapter === slug) ?? LOCATOR;
    return { figure: own.id, state: own.overview };
  }
  const where = (field: string) =>
    `content/chapters/${file}:${lineOf(file, field)}: opening.${field}`;
  const figure = FIGURES.find((f) => f.id === chosen.figure);
  if (!figure) {
    const hint = closest(
      chosen.figure,
      FIGURES.map((f) => f.id),
    );
    throw new Error(
      `${where('figure')} "${chosen.figure}" is not a figure. ${hint ? `Did you mean "${hint}"? ` : ''}Write one of: ${FIGURES.map((f) => f.id).join(', ')}`,
    );
  }
  const states: readonly string[] = figure.states;
  if (!states.includes(chosen.state)) {
    const hint = closest(chosen.state, states);
    throw new Error(
      `${where('state')} "${chosen.state}" is not a state of ${figure.id}. ${hint ? `Did you mean "${hint}"? ` : ''}Write one of: ${states.join(', ')}`,
    );
  }
  return { figure: figure.id, state: chosen.state };
}
