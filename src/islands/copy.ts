/** Copy buttons: shown only when JavaScript runs; each copies its citation's plain text and says so. */
export function enableCopyButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    if (!navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const status = button.closest('section')?.querySelector<HTMLElement>('[role="status"]');
      try {
        await navigator.clipboard.writeText(button.dataset.text ?? '');
        if (status) status.textContent = status.dataset.copied ?? '';
      } catch {
        // Clipboard permission refused: select the text so the reader can copy it by hand.
        const target = document.getElementById(button.dataset.copy ?? '');
        if (target) window.getSelection()?.selectAllChildren(target);
        if (status) status.textContent = status.dataset.copyFailed ?? '';
      }
    });
  }
}
