/** Reading statistics computed from a chapter's MDX source. */

/** Reduces MDX to the words a reader reads: no frontmatter, tags, expressions or Markdown marks. */
export function proseText(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?\n---/, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<(Fact)\b[^>]*\/>/g, ' NUMBER ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>`|~]/g, ' ');
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-.,]*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Minutes at an adult's pace for explanatory prose; never less than one. */
export function readingMinutes(words: number, wordsPerMinute = 220): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

export function readingTime(mdx: string): { words: number; minutes: number } {
  const words = countWords(proseText(mdx));
  return { words, minutes: readingMinutes(words) };
}
