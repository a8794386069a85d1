import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/**
 * A content mistake an author can fix. The message always names the file,
 * the field (or line) and the fix, because authors read it in a build log.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string;
  readonly fix: string;
  readonly line: number | undefined;

  constructor(opts: {
    file: string;
    field: string;
    problem: string;
    fix: string;
    line?: number | undefined;
  }) {
    const where = opts.line ? `${opts.file}:${opts.line}` : opts.file;
    super(`${where} — ${opts.field}: ${opts.problem}\n  Fix: ${opts.fix}`);
    this.name = 'ContentError';
    this.file = opts.file;
    this.field = opts.field;
    this.fix = opts.fix;
    this.line = opts.line;
  }
}

/**
 * The "not found" message for an id that names something in another file: what it names, where it
 * should be, and the nearest real id. Callers put it in a ContentError with their own file, line and field:
 *   throw new ContentError({ file, line, field: 'fact "x" → sources', ...unknownId('source', id, ledger.sources.keys(), 'content/data/sources.yaml') });
 */
export function unknownId(
  kind: string,
  id: string,
  known: Iterable<string>,
  file: string,
): { problem: string; fix: string; hint: string | undefined } {
  const hint = closest(id, known);
  return {
    problem: `names the ${kind} "${id}", which is not in ${file}`,
    fix: hint
      ? `Did you mean "${hint}"? Otherwise add the ${kind} to ${file}.`
      : `Add the ${kind} to ${file}, or correct the id.`,
    hint,
  };
}

/** Suggests the closest known id, so a typo's fix is one glance away. */
export function closest(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of known) {
    const score = editDistance(id, candidate);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best !== undefined && bestScore <= Math.max(3, Math.floor(id.length / 3))
    ? best
    : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Our schema messages read "problem. Fix…"; split them so the error can show both. */
export function splitMessage(message: string): [string, string] {
  const cut = message.search(/\. (?=[A-Z])/);
  return cut > 0
    ? [message.slice(0, cut), message.slice(cut + 2)]
    : [message, 'See AUTHORING.md for the format.'];
}

/** The 1-based line of a frontmatter field (`selfCheck.0.answer`), or of the nearest field above it that exists. */
export function frontmatterLine(text: string, path: readonly PropertyKey[]): number | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) return undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter });
  let node: unknown = doc.contents;
  let line: number | undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
      if (!pair) break;
      if (isScalar(pair.key) && pair.key.range) line = lineCounter.linePos(pair.key.range[0]).line;
      node = pair.value;
    } else if (
      (isSeq(node) && typeof part === 'number') ||
      (isSeq(node) && /^\d+$/.test(String(part)))
    ) {
      const item = (node as { items: unknown[] }).items[Number(part)] as
        { range?: [number, number, number] } | undefined;
      if (!item) break;
      if (item.range) line = lineCounter.linePos(item.range[0]).line;
      node = item;
    } else break;
  }
  // +1 for the opening "---".
  return line === undefined ? undefined : line + 1;
}

/** The components chapters use that hold no text, so they end in "/>". */
const SELF_CLOSING = new Set(['Fact', 'Cite']);

/**
 * Turns a message from the MDX parser (micromark, acorn, mdast-util-mdx-jsx) into
 * our form: the file, the line and what to do about it.
 */
export function fromMdxParseError(error: unknown, file: string): ContentError | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as {
    source?: string;
    ruleId?: string;
    reason?: string;
    message?: string;
    line?: number;
    place?: { line?: number; start?: { line?: number } };
  };
  if (
    !e.source ||
    !/^(micromark-extension-mdx|mdast-util-mdx|micromark-extension-mdxjs)/.test(e.source)
  )
    return undefined;
  const reason = (e.reason ?? e.message ?? '').replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '');
  const line =
    e.line ??
    e.place?.start?.line ??
    e.place?.line ??
    (Number(/\((\d+):\d+/.exec(e.reason ?? e.message ?? '')?.[1]) || undefined);
  const tag = /`<\/?([A-Za-z][\w.]*)>?`/.exec(reason)?.[1];
  const make = (field: string, problem: string, fix: string) =>
    new ContentError({ file, line, field, problem, fix });

  if (/Expected a closing tag for/.test(reason) && tag) {
    return SELF_CLOSING.has(tag)
      ? make(
          `<${tag}>`,
          'is not closed: it ends in ">" instead of "/>"',
          `A <${tag}> holds no text, so end it with "/>": <${tag} id="…"/>.`,
        )
      : make(
          `<${tag}>`,
          `is opened here but never closed`,
          `Add </${tag}> after its last paragraph, on a line of its own with a blank line before it (see AUTHORING.md).`,
        );
  }
  if (/Unexpected closing tag/.test(reason) && tag) {
    return make(
      `</${tag}>`,
      'closes a component that is not open here (the tags are crossed or one is missing)',
      `Check that each <${tag}> has one </${tag}>, and that a component opened inside another is closed before it.`,
    );
  }
  if (/closing slash/.test(reason) || /Unexpected character `\/`/.test(reason)) {
    return make(
      'component tag',
      `has a "/" in the wrong place (${reason})`,
      'A tag that holds no text ends in "/>", e.g. <Fact id="…"/>; a closing tag is </Name>.',
    );
  }
  if (e.source.includes('expression') || /expression|acorn|brace/.test(reason)) {
    return make(
      'prose',
      'has a "{" or "}", which MDX reads as the start of code',
      'Rephrase without braces, or put a backslash before each one: \\{ and \\}.',
    );
  }
  if (
    /before name, expected a character that can start a name|Unexpected character .* before name/.test(
      reason,
    )
  ) {
    return make(
      'prose',
      'has a bare "<", which MDX reads as the start of a component',
      'Write "less than" in words, or put a backslash before it: \\<.',
    );
  }
  if (/Unexpected end of file/.test(reason)) {
    return make(
      tag ? `<${tag}>` : 'component tag',
      `is cut off: ${reason}`,
      'Finish the tag: attributes in quotes, id="…", and end it with "/>" or ">".',
    );
  }
  return make(
    'MDX',
    reason || 'cannot be read',
    'Check the component tags and braces on that line: every <Name …> needs "/>" or a matching </Name>, and prose may not contain {, } or a bare <.',
  );
}

/**
 * Strips what Astro's CLI would print around an author's error (a stack trace into
 * our own code, a "Location" line that repeats the message's file:line), so the
 * problem prints once, as file, line and fix.
 */
export function forAuthors<E extends Error>(
  error: E,
  options: { dev: boolean; file?: string | undefined; line?: number | undefined },
): E {
  const e = error as E & {
    loc?: unknown;
    id?: unknown;
    frame?: unknown;
    plugin?: unknown;
    pluginCode?: unknown;
  };
  e.stack = '';
  delete e.frame;
  delete e.pluginCode;
  if (options.dev && options.file)
    e.loc = { file: options.file, line: options.line ?? 1, column: 1 };
  else delete e.loc;
  return e;
}
