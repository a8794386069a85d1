/** Checks what satori laid out on a card: text inside the margins, not overlapping, clear of the still. */
import { CARD, LAYOUT } from './card.ts';
import type { Frame } from './still.ts';

/** A laid-out box as satori reports it (`onNodeDetected`). */
export interface LaidOutBox {
  left: number;
  top: number;
  width: number;
  height: number;
  textContent?: string | undefined;
}

/**
 * What satori actually laid out, checked: every run of text inside the margins and the card,
 * no two runs overlapping (so nothing runs into the footer or off the edge), nothing pushed
 * past the bottom, and no text over the still's frame when the card has one. Empty means fine.
 */
export function layoutProblems(boxes: LaidOutBox[], still?: Frame): string[] {
  const texts = boxes.filter((b) => b.textContent?.trim());
  const problems: string[] = [];
  const slack = 0.5;
  for (const b of texts) {
    if (b.left < LAYOUT.padX - slack || b.left + b.width > CARD.width - LAYOUT.padX + slack)
      problems.push(
        `"${b.textContent}" runs past the side margin (${Math.round(b.left)}–${Math.round(b.left + b.width)} px)`,
      );
    if (b.top < LAYOUT.band - slack || b.top + b.height > CARD.height - LAYOUT.padBottom + slack)
      problems.push(
        `"${b.textContent}" runs past the top or bottom (${Math.round(b.top)}–${Math.round(b.top + b.height)} px)`,
      );
  }
  // Text taller than the budget pushes the footer down, and the card's own box with it.
  const pushed = boxes.find((b) => b.top + b.height > CARD.height + slack);
  if (pushed)
    problems.push(
      `the text pushes the footer off the card (a box reaches ${Math.round(pushed.top + pushed.height)} px of ${CARD.height})`,
    );
  const frame = still && { ...still, left: still.x, top: still.y, textContent: 'the still' };
  for (let i = 0; i < texts.length; i++) {
    const others = frame ? [...texts.slice(i + 1), frame] : texts.slice(i + 1);
    for (const b of others) {
      const a = texts[i]!;
      const overlap =
        a.left < b.left + b.width - slack &&
        b.left < a.left + a.width - slack &&
        a.top < b.top + b.height - slack &&
        b.top < a.top + a.height - slack;
      if (overlap) problems.push(`"${a.textContent}" overlaps "${b.textContent}"`);
    }
  }
  return problems;
}
