/**
 * Prepares a chapter's rendered HTML for the one-page print edition, where all
 * chapters share a page: ids get a per-chapter prefix (so none clash), every
 * reference follows them, site links become absolute (so paper shows a usable
 * address), and headings move one level down under the chapter's own heading.
 */

const ID_LISTS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers'];

export function prepareChapterHtml(html: string, opts: { prefix: string; origin: string }): string {
  const scope = (id: string) => `${opts.prefix}--${id}`;
  return html
    .replace(/(\s)id="([^"]+)"/g, (_, s: string, id: string) => `${s}id="${scope(id)}"`)
    .replace(
      new RegExp(`(\\s)(${ID_LISTS.join('|')})="([^"]+)"`, 'g'),
      (_, s: string, attr: string, ids: string) =>
        `${s}${attr}="${ids.trim().split(/\s+/).map(scope).join(' ')}"`,
    )
    .replace(
      /(\s(?:xlink:)?href)="#([^"]+)"/g,
      (_, attr: string, id: string) => `${attr}="#${scope(id)}"`,
    )
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${scope(id)})`)
    .replace(
      /(\shref)="(\/[^"]*)"/g,
      (_, attr: string, path: string) =>
        `${attr}="${new URL(path, opts.origin).href}" data-site-link`,
    )
    .replace(
      /<(\/?)h([2-5])(?=[\s>])/g,
      (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`,
    );
}
