/**
 * A number, term or note cited twice on a page would carry its popover's <template> twice
 * (Fact, Term and Cite each write one after their link). Once the page is rendered, the first
 * copy of each distinct template keeps the content and gets an id; every later copy becomes an
 * empty <template data-pop="…"> naming it, still right after its own link, which the popover
 * island (src/islands/popover.ts) follows. The links themselves, and so the page without
 * JavaScript, are untouched.
 */

const TEMPLATE = /<template\b[^>]*>[\s\S]*?<\/template>/g;
/** The ids given to shared templates; no heading slug or popover id (`term-pop-3`) starts so. */
export const SHARED_PREFIX = 'pop-t';

export function shareRepeatedTemplates(html: string): string {
  const counts = new Map<string, number>();
  for (const [template] of html.matchAll(TEMPLATE))
    counts.set(template, (counts.get(template) ?? 0) + 1);
  if ([...counts.values()].every((n) => n === 1)) return html;
  const ids = new Map<string, string>();
  return html.replace(TEMPLATE, (template) => {
    if (counts.get(template) === 1) return template;
    const id = ids.get(template);
    if (id) return `<template data-pop="${id}"></template>`;
    const own = `${SHARED_PREFIX}${ids.size + 1}`;
    ids.set(template, own);
    return template.replace(/^<template\b/, `<template id="${own}"`);
  });
}
