/**
 * One content-layer loader for every data file in content/ (facts, sources, glossary, places…).
 *
 * It reads the file and hands it to OUR parse function, the same one the remark plugins, the
 * figures' prepare() and the tests call (through the once/cached memo in content-dir.ts), so a
 * mistake fails `astro build` with the same file, line, field and "Did you mean" as everywhere
 * else. In `astro dev` it watches the file (and the files it is checked against) and loads again
 * when one changes; the changed store makes Astro reload the page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir, read } from './content-dir.ts';
import { ContentError, forAuthors } from './errors.ts';
import type { DataFile } from './yaml-list.ts';

export interface DataLoaderOptions<T extends { id: string }> {
  /** The data file, relative to the content folder, e.g. data/facts.yaml. */
  file: string;
  /** Other files its entries are checked against (e.g. data/sources.yaml); a change to one loads again too. */
  watch?: string[];
  /** A missing file is an empty collection (e.g. no corrections yet), not an error. */
  optional?: boolean;
  /**
   * Our parse and check of the file: it throws ContentError naming the file, line and field.
   * `file` is the file as read; `dir` the content folder, for parses that also read other files.
   */
  parse: (input: { file: DataFile; dir: string }) => Iterable<T>;
}

const lastReported = { message: '', at: 0 };

/** The minimal part of Astro's LoaderContext the loader uses, so tests can call load() with a fake. */
type Context = Pick<
  Parameters<Loader['load']>[0],
  'store' | 'parseData' | 'generateDigest' | 'watcher' | 'logger'
>;

/** A content-layer loader for one data file of content/, run through our own parse. */
export function yamlListLoader<T extends { id: string }>(
  opts: DataLoaderOptions<T>,
): Loader & { schema: z.ZodType<T>; load(context: Context): Promise<void> } {
  return {
    name: `kz-data:${opts.file}`,
    // Our parse has checked every entry already; this only carries its type to getCollection.
    schema: z.custom<T>(),
    async load({ store, parseData, generateDigest, watcher, logger }: Context) {
      const dir = contentDir();
      const path = join(dir, opts.file);
      const watched = [path, ...(opts.watch ?? []).map((f) => join(dir, f))];

      const sync = async () => {
        let entries: T[] = [];
        if (existsSync(path)) entries = [...opts.parse({ file: read(path), dir })];
        else if (!opts.optional)
          throw new ContentError({
            file: path,
            field: 'file',
            problem: 'does not exist',
            fix: `Restore ${opts.file} in the content folder (see AUTHORING.md).`,
          });
        const ids = new Set<string>();
        for (const entry of entries) {
          ids.add(entry.id);
          const data = await parseData({
            id: entry.id,
            data: entry as unknown as Record<string, unknown>,
          });
          store.set({ id: entry.id, data, digest: generateDigest(data) });
        }
        // Only what changed is written, so an edit that changes nothing reloads nothing.
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      };

      // In a build a mistake stops here, with our message alone (no stack trace into our code).
      try {
        await sync();
      } catch (error) {
        throw error instanceof ContentError ? forAuthors(error, { dev: false }) : error;
      }
      if (!watcher) return;
      watcher.add(watched);
      watcher.on('change', async (changed) => {
        if (!watched.includes(resolve(changed))) return;
        try {
          await sync();
          logger.info(`Reloaded ${opts.file}`);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          // Collections checked against the same file fail with the same message: print it once.
          if (lastReported.message !== message || Date.now() - lastReported.at > 2000)
            logger.error(message);
          Object.assign(lastReported, { message, at: Date.now() });
          // Empty the collection so the page reloads; its own read of the file then shows the error in the overlay.
          store.clear();
        }
      });
    },
  };
}

/** The chapter ids (file names in content/chapters), without drafts unless asked. */
export function chapterIds(dir = contentDir(), opts: { drafts?: boolean } = {}): string[] {
  const chapters = join(dir, 'chapters');
  return readdirSync(chapters)
    .filter((name) => name.endsWith('.mdx'))
    .filter(
      (name) =>
        opts.drafts ||
        !/^draft:\s*true\s*$/m.test(frontmatter(readFileSync(join(chapters, name), 'utf8'))),
    )
    .map((name) => name.replace(/\.mdx$/, ''))
    .sort();
}

const frontmatter = (text: string) => /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
