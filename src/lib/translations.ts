/**
 * Checks every translated chapter against its English original: each must
 * have a counterpart (once its edition is published), and each pair must carry
 * the same components in the same order (see translation-parity.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, closest } from './errors.ts';
import {
  chapterSkeleton,
  compareSkeletons,
  parityError,
  translationIsBehind,
} from './translation-parity.ts';

export interface Edition {
  code: string;
  status: 'published' | 'draft';
}

export interface TranslationReport {
  /** Chapters whose English was reviewed after their translation, by edition: the page shows a notice. */
  behind: Map<string, Set<string>>;
}

const chapterFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.mdx'))
        .sort()
    : [];

/** Throws the first problem found, as a ContentError that names both files. */
export function checkTranslations(
  chaptersDir: string,
  editions: Edition[],
  options: { parity?: boolean } = {},
): TranslationReport {
  const show = (path: string) => relative(process.cwd(), path);
  const codes = editions.map((e) => e.code);
  for (const name of readdirSync(chaptersDir)) {
    const path = join(chaptersDir, name);
    if (!statSync(path).isDirectory() || codes.includes(name)) continue;
    const hint = closest(name, codes);
    throw new ContentError({
      file: show(path),
      field: 'edition folder',
      problem: `"${name}" is not an edition of the site`,
      fix: hint
        ? `Did you mean "${hint}"? Otherwise declare it in content/i18n/${name}/locale.yaml (name, lang, status).`
        : `Declare it in content/i18n/${name}/locale.yaml (name, lang, status), or move the folder out of content/chapters.`,
    });
  }
  const originals = chapterFiles(chaptersDir);
  const report: TranslationReport = { behind: new Map() };
  for (const edition of editions) {
    const dir = join(chaptersDir, edition.code);
    const translated = chapterFiles(dir);
    for (const name of translated) {
      if (originals.includes(name)) continue;
      const hint = closest(
        name.replace(/\.mdx$/, ''),
        originals.map((o) => o.replace(/\.mdx$/, '')),
      );
      throw new ContentError({
        file: show(join(dir, name)),
        field: 'translation',
        problem: `has no English original: there is no ${show(join(chaptersDir, name))}`,
        fix: hint
          ? `Did you mean ${hint}.mdx? A translation keeps the original's file name.`
          : 'Give the translation the same file name as the chapter it translates, or remove it.',
      });
    }
    if (edition.status === 'published') {
      const missing = originals.find((name) => !translated.includes(name));
      if (missing) {
        throw new ContentError({
          file: show(join(chaptersDir, missing)),
          field: 'translation',
          problem: `has no ${edition.code} translation: ${show(join(dir, missing))} is missing`,
          fix: `Translate the chapter into ${show(join(dir, missing))}, or set status: draft in the edition's content/i18n/<code>/locale.yaml until it is complete.`,
        });
      }
    }
    const behind = new Set<string>();
    // Which files exist can be checked at once; parity waits until the chapters' own checks have run.
    if (options.parity === false) continue;
    for (const name of translated) {
      const originalPath = join(chaptersDir, name);
      const translationPath = join(dir, name);
      const original = chapterSkeleton(readFileSync(originalPath, 'utf8'), show(originalPath));
      const translation = chapterSkeleton(
        readFileSync(translationPath, 'utf8'),
        show(translationPath),
      );
      const problems = compareSkeletons(original, translation);
      if (problems.length) throw parityError(show(originalPath), show(translationPath), problems);
      if (translationIsBehind(original, translation)) behind.add(name.replace(/\.mdx$/, ''));
    }
    report.behind.set(edition.code, behind);
  }
  return report;
}
