/**
 * Checks one link written in a chapter against the site's pages and anchors, so
 * a broken link fails as the chapter compiles (in dev too), with a suggestion.
 * Anything it cannot decide is left to the link check after the build.
 */
import type { Root } from 'mdast';
import { closest } from './errors.ts';
import { anchorsOf, chapterAnchors, sitePages } from './link-targets.ts';

export interface BrokenLink {
  problem: string;
  fix: string;
}

export const PAGE_FIX =
  'correct the address (chapter addresses are /<file name>/, e.g. /china/), or remove the link.';
export const ANCHOR_FIX =
  'link to a heading that exists (its id is its text in lower case with hyphens, e.g. #what-happened-next), or remove the #part.';

const didYouMean = (hint: string | undefined, fix: string) =>
  hint ? `Did you mean "${hint}"? Otherwise ${fix}` : fix.charAt(0).toUpperCase() + fix.slice(1);

export function checkLink(
  href: string,
  context: { chapter: string; tree: Root; base?: string },
): BrokenLink | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  const [rawPath = '', fragment] = href.split('#', 2) as [string, string | undefined];
  const pathOnly = rawPath.split('?')[0]!;
  const here = `/${context.chapter}/`;
  let path: string;
  if (pathOnly === '') path = here;
  else if (pathOnly.startsWith('/')) path = pathOnly;
  else path = new URL(pathOnly, `http://x${here}`).pathname;
  const base = (context.base ?? process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  if (base !== '/' && path.startsWith(base)) path = `/${path.slice(base.length)}`;
  const pages = sitePages();
  if (pages.open.some((prefix) => path.startsWith(prefix))) return undefined;
  // "/china" is served as "/china/".
  const target = pages.paths.has(path)
    ? path
    : pages.paths.has(`${path}/`)
      ? `${path}/`
      : undefined;
  if (!target) {
    const hint = closest(
      path,
      [...pages.paths].filter((p) => p.endsWith('/')),
    );
    return {
      problem: `there is no page or file ${path}`,
      fix: didYouMean(hint && `${hint}${fragment ? `#${fragment}` : ''}`, PAGE_FIX),
    };
  }
  if (fragment === undefined || fragment === '') return undefined;
  const chapter = target.replace(/^\/|\/$/g, '');
  if (!pages.chapters.has(chapter)) return undefined;
  const anchors =
    chapter === context.chapter
      ? anchorsOf(context.tree)
      : chapterAnchors(pages.chapters.get(chapter)!);
  if (!anchors || anchors.has(fragment) || pages.templateIds.has(fragment)) return undefined;
  const hint = closest(fragment, anchors);
  const prefix = chapter === context.chapter && !rawPath ? '#' : `${target}#`;
  return {
    problem: `${target} has no element with id "${fragment}"`,
    fix: didYouMean(hint && `${prefix}${hint}`, ANCHOR_FIX),
  };
}
