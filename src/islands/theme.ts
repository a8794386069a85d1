/** The theme control: auto follows the system; light or dark is remembered across pages. */
const KEY = 'theme';
type Choice = 'auto' | 'light' | 'dark';

export function enableThemeChoice(): void {
  const select = document.querySelector<HTMLSelectElement>('#theme-choice');
  if (!select) return;
  select.value = read();
  select.addEventListener('change', () => apply(select.value as Choice));
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
