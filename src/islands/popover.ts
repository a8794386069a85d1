/**
 * Popovers beside words in the text: glossary terms, numbers and note markers. Each is a
 * link (a.has-pop) followed, in the same parent, by a <template> holding the popover's
 * content (or, for a repeat on the page, naming the template that does: data-pop), so the
 * page needs no fetch and, without JavaScript, the link still leads to the glossary, the
 * facts ledger or the chapter's notes. Here the link becomes a button that
 * opens the content beside the word: click, tap, Enter or Space open it; Escape or a click
 * elsewhere closes it, and focus returns to the button; one is open at a time.
 */
let count = 0;
let open: { pop: HTMLElement; button: HTMLElement } | undefined;

export function enhancePopovers(root: ParentNode = document): void {
  if (!('popover' in HTMLElement.prototype)) return; // Older browsers keep the plain links.
  // A button is one box and cannot break across lines: a link that does (a long term at a line's
  // end) stays a link to its entry, or the text would jump when it was swapped. All the lines are
  // read before any link is swapped: reading after a swap lays the page out again, once per link,
  // which on a slow phone was most of a chapter's blocking time.
  const oneLine = [...root.querySelectorAll<HTMLAnchorElement>('a.has-pop')].filter(
    (link) => link.getClientRects().length <= 1,
  );
  for (const link of oneLine) {
    let next = link.nextElementSibling;
    while (next && !(next instanceof HTMLTemplateElement)) next = next.nextElementSibling;
    const template = next as HTMLTemplateElement | null;
    if (!template) continue;
    // A repeat of a popover shown earlier on the page names the template that holds it (src/lib/pop-templates.ts).
    const shared = template.dataset.pop ? document.getElementById(template.dataset.pop) : template;
    if (shared instanceof HTMLTemplateElement) enhance(link, template, shared);
  }
}

function enhance(
  link: HTMLAnchorElement,
  own: HTMLTemplateElement,
  template: HTMLTemplateElement,
): void {
  const id = `${template.className || 'pop'}-${++count}`;
  const button = document.createElement('button');
  // The link's class, id (a note's first marker is the notes list's back-link target) and scoped-style attributes.
  for (const { name, value } of link.attributes)
    if (name !== 'href') button.setAttribute(name, value);
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', id);
  button.append(...link.childNodes);

  const pop = document.createElement('div');
  pop.id = id;
  pop.className = `pop ${template.className}`;
  pop.popover = 'auto';
  pop.setAttribute('role', 'dialog');
  pop.append(template.content.cloneNode(true));
  const name = pop.querySelector('.pop__name');
  if (name) {
    name.id = `${id}-name`;
    pop.setAttribute('aria-labelledby', name.id);
  }
  // The button is the popover's invoker: it toggles it, and Tab from the button moves into it.
  button.popoverTargetElement = pop;

  // beforetoggle fires at once (toggle comes a task later), so aria-expanded is never stale;
  // the popover is placed in the next frame, once it is shown and has a size, before it is painted.
  pop.addEventListener('beforetoggle', (event) => {
    const isOpen = (event as ToggleEvent).newState === 'open';
    button.setAttribute('aria-expanded', String(isOpen));
    open = isOpen ? { pop, button } : open?.pop === pop ? undefined : open;
    if (isOpen) requestAnimationFrame(() => place(pop, button));
  });
  pop.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    pop.hidePopover();
    button.focus();
  });
  // A link to a place on this page (the notes list) closes the popover on the way.
  pop.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a[href^="#"]')) pop.hidePopover();
  });
  link.replaceWith(button);
  // A shared template (it has an id) stays for the later links that name it.
  if (!own.id) own.remove();
  document.body.append(pop);
}

/** Keeps the open popover beside its word as the page scrolls or the window changes size; closes it once the word has left the screen. */
const follow = () => {
  if (!open) return;
  const { top, bottom } = open.button.getBoundingClientRect();
  if (bottom < 0 || top > document.documentElement.clientHeight) open.pop.hidePopover();
  else place(open.pop, open.button);
};
addEventListener('scroll', follow, { passive: true });
addEventListener('resize', follow, { passive: true });

/** Sets the popover just below its word (above it if there is no room), always inside the viewport. */
function place(pop: HTMLElement, button: HTMLElement): void {
  const anchor = button.getBoundingClientRect();
  const margin = 8;
  // clientWidth, not innerWidth: on phones innerWidth can include a zoomed-out layout viewport.
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = document.documentElement.clientHeight;
  const width = Math.min(pop.offsetWidth, viewportWidth - 2 * margin);
  const left = Math.min(Math.max(margin, anchor.left), viewportWidth - width - margin);
  const below = anchor.bottom + margin;
  const above = anchor.top - pop.offsetHeight - margin;
  const top = below + pop.offsetHeight > viewportHeight && above > 0 ? above : below;
  pop.style.left = `${left}px`;
  // A box too tall for either side stays on screen (it scrolls inside, up to the viewport's height).
  pop.style.top = `${Math.max(margin, Math.min(top, viewportHeight - pop.offsetHeight - margin))}px`;
}
