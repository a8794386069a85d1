/**
 * The search page: reads ?q=, asks the Pagefind index built with the site, and
 * lists each matching page with links to the sections that matched.
 */
interface SubResult {
  url: string;
  title: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: SubResult[];
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  search(q: string): Promise<{ results: Array<{ data(): Promise<ResultData> }> }>;
}

const MAX_PAGES = 12;
const MAX_SECTIONS = 3;
let engine: Promise<Pagefind> | undefined;

function load(): Promise<Pagefind> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  engine ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(
    async (pf) => {
      await pf.options({ baseUrl: base });
      return pf;
    },
  );
  return engine;
}

/** Decodes entities such as &amp; without running or keeping any markup, and keeps the spaces around hits. */
function decode(escaped: string): string {
  const box = document.createElement('textarea');
  box.innerHTML = escaped;
  return box.value;
}

/** Pagefind's excerpts are escaped text with <mark> around hits; rebuild them as nodes rather than trusting HTML. */
function excerpt(html: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'excerpt';
  html.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
    const hit = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = decode(hit ? hit[1]! : part);
    span.append(hit ? Object.assign(document.createElement('mark'), { textContent: text }) : text);
  });
  return span;
}

function link(url: string, text: string): HTMLAnchorElement {
  return Object.assign(document.createElement('a'), { href: url, textContent: text });
}

function render(data: ResultData): HTMLLIElement {
  const item = Object.assign(document.createElement('li'), { className: 'result' });
  const heading = document.createElement('h2');
  heading.append(link(data.url, data.meta.title ?? data.url));
  item.append(heading);
  const sections = (data.sub_results ?? [])
    .filter((s) => s.url.includes('#') && s.title !== data.meta.title)
    .slice(0, MAX_SECTIONS);
  if (sections.length === 0) {
    item.append(excerpt(data.excerpt));
    return item;
  }
  const list = document.createElement('ul');
  for (const section of sections) {
    const li = document.createElement('li');
    li.append(
      Object.assign(link(section.url, section.title), { className: 'section' }),
      excerpt(section.excerpt),
    );
    list.append(li);
  }
  item.append(list);
  return item;
}

export function startSearchPage(): void {
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const status = document.querySelector<HTMLElement>('#search-status');
  const results = document.querySelector<HTMLOListElement>('#search-results');
  const form = input?.form;
  if (!input || !status || !results || !form) return;
  let latest = 0;
  // The page's own words (its edition's dictionary), handed over as JSON: {q}, {n} and {max} are filled in here.
  const words = JSON.parse(form.dataset.strings ?? '{}') as Record<
    'searching' | 'none' | 'one' | 'many' | 'capped' | 'failed',
    string
  >;
  const say = (key: keyof typeof words, values: Record<string, string | number> = {}) =>
    (words[key] ?? '').replace(/\{(\w+)\}/g, (all, k: string) =>
      k in values ? String(values[k]) : all,
    );
  const run = async (query: string) => {
    const ticket = ++latest;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query.trim()) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = say('searching');
    try {
      const found = await (await load()).search(query);
      const pages = await Promise.all(found.results.slice(0, MAX_PAGES).map((r) => r.data()));
      if (ticket !== latest) return; // A newer query has started.
      results.replaceChildren(...pages.map(render));
      const n = found.results.length;
      status.textContent = say(
        n === 0 ? 'none' : n === 1 ? 'one' : n > MAX_PAGES ? 'capped' : 'many',
        { q: query, n, max: MAX_PAGES },
      );
      document.body.dataset.searchSettled = query;
    } catch (error) {
      status.textContent = say('failed');
      console.error('Search failed:', error);
    }
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void run(input.value);
  });
  input.value = new URL(location.href).searchParams.get('q') ?? '';
  // No autofocus: it would skip the header for keyboard and screen-reader users.
  if (input.value) void run(input.value);
}
