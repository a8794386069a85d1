/** The theme control: auto follows the system; light or dark is remembered across pages. */
const KEY = 'theme';
type Choice = 'auto' | 'light' | 'dark';

/** Every theme select on the page (the header's and the phone menu's) shows and sets one choice. */
export function enableThemeChoice(): void {
  const selects = [...document.querySelectorAll<HTMLSelectElement>('select[data-theme-choice]')];
  const current = read();
  for (const select of selects) {
    select.value = current;
    select.addEventListener('change', () => {
      apply(select.value as Choice);
      for (const other of selects) other.value = select.value;
    });
  }
}

function read(): Choice {
  try {
    const stored = localStorage.getItem(KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'auto';
  } catch {
    return 'auto'; // Storage can be blocked; the choice then lasts for this page only.
  }
}

function apply(choice: Choice): void {
  const root = document.documentElement;
  if (choice === 'auto') delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === 'auto') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    /* see read() */
  }
}
