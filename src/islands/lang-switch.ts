/**
 * The language switcher keeps the reader's place: it adds the other edition's
 * id of the section in view (or of the address's #fragment), paired by
 * position on the server (data-heading-map). Without JavaScript it goes to the
 * top of the same page.
 */
export function enableLanguageSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(
    'a[data-lang-switch][data-heading-map]',
  )) {
    const pairs = new Map<string, string>(
      JSON.parse(link.dataset.headingMap ?? '[]') as Array<[string, string]>,
    );
    const update = () => {
      const base = link.href.split('#')[0]!;
      const target = currentSection(pairs);
      link.href = target ? `${base}#${target}` : base;
    };
    link.addEventListener('pointerdown', update);
    link.addEventListener('focus', update);
    link.addEventListener('click', update);
  }
}

function currentSection(pairs: Map<string, string>): string | undefined {
  const hash = decodeURIComponent(location.hash.slice(1));
  let inView: string | undefined;
  for (const id of pairs.keys()) {
    const el = document.getElementById(id);
    if (el && el.getBoundingClientRect().top <= 120) inView = id;
  }
  // The address's #section first (the reader followed a contents or heading link), else the section on screen.
  const id = pairs.has(hash) ? hash : inView;
  return id ? pairs.get(id) : undefined;
}
