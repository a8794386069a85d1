import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ChapterFile {
  id: string;
  path: string;
  source: string;
  frontmatter: unknown;
  body: string;
}

/** The chapters as authors wrote them, read straight from content/chapters. */
export function readChapters(dir = 'content/chapters'): ChapterFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const source = readFileSync(path, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
      return {
        id: name.replace(/\.mdx$/, ''),
        path,
        source,
        frontmatter: match ? parse(match[1]!) : undefined,
        body: match ? source.slice(match[0].length) : source,
      };
    });
}
