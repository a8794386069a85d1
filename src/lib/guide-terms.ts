/**
 * The teacher guide's vocabulary, with the line of each term, so the build can
 * insist that every term a chapter's guide entry lists is marked with <Term> in
 * that chapter.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { ContentError } from './errors.ts';
import { readDocument, type DataFile } from './yaml-list.ts';

export interface GuideTerm {
  chapter: string;
  term: string;
  line: number | undefined;
  /** Where it sits in the guide, e.g. chapters.2.vocabulary.3 */
  field: string;
}

/** Every vocabulary entry of the guide. A malformed guide gives what it can; its own parser reports the rest. */
export function guideVocabulary(file: DataFile): GuideTerm[] {
  const yaml = readDocument(file, { tolerant: true });
  if (!yaml) return [];
  const { doc, lineOf } = yaml;
  const chapters = doc.get('chapters', true);
  if (!isSeq(chapters)) return [];
  return chapters.items.flatMap((entry, i) => {
    if (!isMap(entry)) return [];
    const chapter = entry.get('chapter');
    const vocabulary = entry.get('vocabulary', true);
    if (typeof chapter !== 'string' || !isSeq(vocabulary)) return [];
    return vocabulary.items.flatMap((item, j) => {
      if (!isScalar(item) || typeof item.value !== 'string') return [];
      return [
        {
          chapter,
          term: item.value,
          line: lineOf(['chapters', i, 'vocabulary', j]),
          field: `chapters.${i}.vocabulary.${j}`,
        },
      ];
    });
  });
}

/** Fails on the first guide term for this chapter that the chapter never marks. */
export function checkGuideTerms(opts: {
  guideFile: string;
  vocabulary: GuideTerm[];
  chapter: string;
  chapterFile: string;
  marked: ReadonlySet<string>;
}): void {
  for (const entry of opts.vocabulary) {
    if (entry.chapter !== opts.chapter || opts.marked.has(entry.term)) continue;
    throw new ContentError({
      file: opts.guideFile,
      line: entry.line,
      field: entry.field,
      problem: `lists the term "${entry.term}" as vocabulary for ${opts.chapterFile}, but that chapter never marks it with <Term id="${entry.term}">`,
      fix: `Wrap the term's first mention in ${opts.chapterFile} in <Term id="${entry.term}">…</Term>, or remove "${entry.term}" from this chapter's vocabulary in ${opts.guideFile}.`,
    });
  }
}
