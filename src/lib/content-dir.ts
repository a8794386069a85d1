import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseCorrections, type Correction } from './corrections.ts';
import { guideVocabulary, type GuideTerm } from './guide-terms.ts';
import { readChapterUpdates, todayUtc, type ChapterUpdate } from './updates.ts';
import { parseGlossary, type Glossary } from './glossary.ts';
import { parseLedger, type Ledger } from './ledger.ts';
import { parseTeacherGuide, type TeacherGuide } from './teacher-guide.ts';
import type { DataFile } from './yaml-list.ts';

/** Where authors' content lives. Tests point CONTENT_DIR at a fixture. */
export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR ?? 'content');
}

export const read = (path: string): DataFile => ({
  path: relative(process.cwd(), path) || path,
  text: readFileSync(path, 'utf8'),
});

/** Caches a parse until one of its files changes on disk (the dev server edits them live). */
function cached<T>(paths: string[], parse: () => T): () => T {
  let memo: { key: string; value: T } | undefined;
  return () => {
    const key = paths.map((p) => `${p}|${statSync(p).mtimeMs}`).join(';');
    if (memo?.key !== key) memo = { key, value: parse() };
    return memo.value;
  };
}

const loaders = new Map<string, () => unknown>();
/** Parses once per set of files, and again only when one of them changes. */
export function once<T>(name: string, paths: string[], parse: () => T): T {
  const key = `${name}|${paths.join('|')}`;
  if (!loaders.has(key)) loaders.set(key, cached(paths, parse));
  return loaders.get(key)!() as T;
}

/** Reads the facts ledger and the sources list. */
export function loadLedger(dir = contentDir()): Ledger {
  const facts = join(dir, 'data/facts.yaml');
  const sources = join(dir, 'data/sources.yaml');
  return once('ledger', [facts, sources], () =>
    parseLedger({ facts: read(facts), sources: read(sources) }),
  );
}

/** Reads the glossary, checking its sources against the ledger. */
export function loadGlossary(dir = contentDir()): Glossary {
  const file = join(dir, 'data/glossary.yaml');
  return once('glossary', [file, join(dir, 'data/sources.yaml')], () =>
    parseGlossary(read(file), loadLedger(dir)),
  );
}

/** Reads the teacher guide, checking it against the chapters and the glossary. */
export function loadTeacherGuide(chapterIds: string[], dir = contentDir()): TeacherGuide {
  const file = join(dir, 'teaching/guide.yaml');
  const terms = [...loadGlossary(dir).keys()];
  return once(`guide:${chapterIds.join(',')}`, [file, join(dir, 'data/glossary.yaml')], () =>
    parseTeacherGuide(read(file), { chapters: chapterIds, terms }),
  );
}

/** An edition's teacher guide: content/i18n/<code>/guide.yaml, checked like the English (same chapter and term ids). */
export function loadEditionGuide(
  locale: string,
  chapterIds: string[],
  dir = contentDir(),
): TeacherGuide {
  if (locale === 'en') return loadTeacherGuide(chapterIds, dir);
  const file = join(dir, 'i18n', locale, 'guide.yaml');
  const terms = [...loadGlossary(dir).keys()];
  return once(
    `guide:${locale}:${chapterIds.join(',')}`,
    [file, join(dir, 'data/glossary.yaml')],
    () => parseTeacherGuide(read(file), { chapters: chapterIds, terms }),
  );
}

/** The teacher guide's vocabulary with the line of each term (for the check that chapters mark them). */
export function loadGuideVocabulary(dir = contentDir()): GuideTerm[] {
  const file = join(dir, 'teaching/guide.yaml');
  return once('guide-vocabulary', [file], () => guideVocabulary(read(file)));
}

/**
 * Every dated "What happened next" box in every chapter (drafts included), in file and reading order.
 * `factText` prints a fact in the summaries; an edition passes its own ledger's, so its numbers read in its language.
 */
export function loadUpdates(
  dir = contentDir(),
  locale = 'en',
  factText?: (id: string) => string | undefined,
): ChapterUpdate[] {
  const chapters = locale === 'en' ? join(dir, 'chapters') : join(dir, 'chapters', locale);
  if (!existsSync(chapters)) return [];
  const files = readdirSync(chapters)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => join(chapters, name));
  return once(
    // Summaries differ with the fact printer, so an edition's own is cached apart from the English one.
    `updates:${locale}:${factText ? 'own-facts' : 'english-facts'}`,
    [...files, join(dir, 'data/facts.yaml'), join(dir, 'data/sources.yaml')],
    () => {
      const ledger = loadLedger(dir);
      const display = factText ?? ((id: string) => ledger.facts.get(id)?.display);
      return files.flatMap((path) => {
        const { path: file, text } = read(path);
        const chapter = path.slice(chapters.length + 1).replace(/\.mdx$/, '');
        return readChapterUpdates(text, { chapter, file, factText: display });
      });
    },
  );
}

/** The corrections log, newest first; `pages` are the ids a correction may name. */
export function loadCorrections(pages: string[], dir = contentDir()): Correction[] {
  const file = join(dir, 'data/corrections.yaml');
  if (!existsSync(file)) return [];
  return once(`corrections:${pages.join(',')}`, [file], () =>
    parseCorrections(read(file), { pages, today: todayUtc() }),
  );
}
