import { ContentError } from './errors.ts';

export interface ChapterLike {
  id: string;
  filePath?: string | undefined;
  data: { order: number; draft?: boolean | undefined };
}

/** Chapters in reading order; two chapters claiming one place is an author error. */
export function orderChapters<T extends ChapterLike>(chapters: T[]): T[] {
  const byOrder = new Map<number, T>();
  for (const chapter of chapters) {
    const other = byOrder.get(chapter.data.order);
    if (other) {
      const used = [...byOrder.keys(), chapter.data.order].sort((a, b) => a - b);
      const free = Math.max(...used) + 1;
      throw new ContentError({
        file: chapter.filePath ?? chapter.id,
        field: 'order',
        problem: `${chapter.data.order} is also the order of ${other.filePath ?? other.id}`,
        fix: `Give each chapter its own number; for example, order: ${free} is free.`,
      });
    }
    byOrder.set(chapter.data.order, chapter);
  }
  return [...chapters].filter((c) => !c.data.draft).sort((a, b) => a.data.order - b.data.order);
}

export function neighbours<T>(
  ordered: T[],
  index: number,
): { previous: T | undefined; next: T | undefined } {
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

/** Stable chapter URLs come from the file name, so reordering chapters never breaks links. */
export function chapterPath(id: string, base = '/'): string {
  return `${base.replace(/\/?$/, '/')}${id}/`;
}

/** A chapter's figures come only through <Scrolly>, so a body without one needs no figure styles. */
export const hasFigures = (body: string | undefined): boolean => /<Scrolly\b/.test(body ?? '');
