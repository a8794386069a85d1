import { builtPages, isEmbed, readPage } from './dist.ts';

export interface BuiltFigure {
  id: string;
  page: string;
  steps: string[];
  overview: string;
}

/**
 * Every scrolly figure in the built site, with its page and its steps' states in order. Embeds
 * repeat their chapter's figure byte for byte, so the browser suites read them only on request
 * (tests/browser/embed.test.ts loads each one).
 */
export function builtFigures(options: { embeds?: boolean } = {}): BuiltFigure[] {
  const found: BuiltFigure[] = [];
  for (const page of builtPages()) {
    if (!options.embeds && isEmbed(page)) continue;
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
