/**
 * Turns each glossary link (a.term) into a button that opens its definition in a
 * popover: click, tap, Enter or Space open it; Escape or a click elsewhere closes it.
 */
let count = 0;

export function enhanceTerms(root: ParentNode = document): void {
  if (!('popover' in HTMLElement.prototype)) return; // Older browsers keep the plain link.
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a.term')) enhance(link);
}

function enhance(link: HTMLAnchorElement): void {
  const id = `term-pop-${++count}`;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'term term--button';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', id);
  button.append(...link.childNodes);

  const pop = document.createElement('div');
  pop.id = id;
  pop.className = 'term-pop';
  pop.popover = 'auto';
  pop.setAttribute('role', 'dialog');
  pop.setAttribute('aria-labelledby', `${id}-name`);
  const name = Object.assign(document.createElement('p'), { id: `${id}-name`, className: 'term-pop__name', textContent: link.dataset.term ?? '' });
  const definition = Object.assign(document.createElement('p'), { className: 'term-pop__definition', textContent: link.dataset.definition ?? '' });
  const more = Object.assign(document.createElement('a'), { href: link.href, className: 'term-pop__more', textContent: link.dataset.more ?? '' });
  pop.append(name, definition, more);

  button.addEventListener('click', () => pop.togglePopover());
  pop.addEventListener('toggle', (event) => {
    const open = (event as ToggleEvent).newState === 'open';
    button.setAttribute('aria-expanded', String(open));
    if (open) place(pop, button);
  });
  pop.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    pop.hidePopover();
    button.focus();
  });
  link.replaceWith(button);
  document.body.append(pop);
}

/** Sets the popover just below its term (above it if there is no room), inside the viewport. */
function place(pop: HTMLElement, button: HTMLElement): void {
  const anchor = button.getBoundingClientRect();
  const margin = 8;
  // clientWidth, not innerWidth: on phones innerWidth can include a zoomed-out layout viewport.
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = document.documentElement.clientHeight;
  const width = Math.min(pop.offsetWidth, viewportWidth - 2 * margin);
  const left = Math.min(Math.max(margin, anchor.left), viewportWidth - width - margin);
  const below = anchor.bottom + margin;
  const top = below + pop.offsetHeight > viewportHeight && anchor.top - pop.offsetHeight - margin > 0 ? anchor.top - pop.offsetHeight - margin : below;
  pop.style.left = `${left}px`;
  pop.style.top = `${top}px`;
}
