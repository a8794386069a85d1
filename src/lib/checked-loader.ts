/**
 * Astro's glob() loader, with the chapter frontmatter checked by us first, so a bad
 * value reads "content/chapters/china.mdx:6 — lastReviewed: … Fix: …" (the line of
 * the field) instead of Astro's "data does not match collection schema" at :0:0.
 * In dev, the error also goes to the browser's overlay (src/integrations/author-errors.ts).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { ContentError, forAuthors, frontmatterLine, splitMessage } from './errors.ts';
import { reportContentError } from './author-report.ts';

interface Schema {
  safeParse(value: unknown):
    | { success: true }
    | {
        success: false;
        error: {
          issues: Array<{ path: PropertyKey[]; message: string; code?: string; keys?: string[] }>;
        };
      };
}

/** The first schema problem in a chapter's frontmatter, as a ContentError with the field's line. */
export function frontmatterError(
  filePath: string,
  data: unknown,
  schema: Schema,
): ContentError | undefined {
  const parsed = schema.safeParse(data);
  if (parsed.success) return undefined;
  // A misspelt field first: the "missing" field it stands for is the symptom, not the mistake.
  const issue =
    parsed.error.issues.find((i) => i.code === 'unrecognized_keys') ?? parsed.error.issues[0]!;
  const file = relative(process.cwd(), filePath) || filePath;
  let text = '';
  try {
    text = readFileSync(filePath, 'utf8');
  } catch {
    // The line is a help, not a requirement.
  }
  const path =
    issue.code === 'unrecognized_keys' && issue.keys?.[0]
      ? [...issue.path, issue.keys[0]]
      : issue.path;
  const field = issue.path.length ? issue.path.map(String).join('.') : 'frontmatter';
  const [problem, fix] = splitMessage(issue.message);
  return new ContentError({ file, line: frontmatterLine(text, path) ?? 1, field, problem, fix });
}

export function checkedGlob(options: Parameters<typeof glob>[0], schema: Schema): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'kz-checked-glob',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const filePath = props.filePath ?? '';
          const error = filePath ? frontmatterError(filePath, props.data, schema) : undefined;
          reportContentError(filePath, error);
          // Without its stack, Astro prints the message alone: file, line, field and fix.
          if (error) throw forAuthors(error, { dev: false });
          return context.parseData(props);
        },
      }),
  };
}
