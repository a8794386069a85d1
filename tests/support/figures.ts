import { builtPages, readPage } from './dist.ts';

export interface BuiltFigure {
  id: string;
  page: string;
  steps: string[];
  overview: string;
}

/** Every scrolly figure in the built site, with its page and its steps' states in order. */
export function builtFigures(): BuiltFigure[] {
  const found: BuiltFigure[] = [];
  for (const page of builtPages()) {
    const html = readPage(page);
    for (const match of html.matchAll(
      /<figure class="scrolly[^"]*" id="fig-([a-z0-9-]+)"[^>]*data-overview="([^"]+)"[\s\S]*?<\/figure>/g,
    )) {
      const steps = [...match[0].matchAll(/class="step" data-show="([^"]+)"/g)].map((m) => m[1]!);
      found.push({ id: match[1]!, page, overview: match[2]!, steps });
    }
  }
  return found;
}
