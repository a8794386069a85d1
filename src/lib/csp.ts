/** Content-Security-Policy strings: read from pages' <meta>, merged for a site-wide header. */
import { createHash } from 'node:crypto';

export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), values);
  }
  return policy;
}

/** The policy in each page's <meta http-equiv="content-security-policy">. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\b[^>]*http-equiv=["']content-security-policy["'][^>]*>/i.exec(html)?.[0];
  return tag ? /\bcontent="([^"]*)"/i.exec(tag)?.[1]?.replace(/&#39;|&apos;/g, "'") : undefined;
}

/** Every page's sources together, so one header allows what each page's own policy allows. */
export function mergePolicies(policies: Policy[], extra: Policy = new Map()): Policy {
  const merged: Policy = new Map();
  for (const policy of [...policies, extra]) {
    for (const [name, values] of policy) {
      const into = merged.get(name) ?? [];
      for (const value of values) if (!into.includes(value)) into.push(value);
      merged.set(name, into);
    }
  }
  return merged;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

const HASHED = ['script-src', 'style-src'] as const;

/** The hashes of a page's inline scripts and style blocks, as a policy names them. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, tag, attributes, body] of html.matchAll(
    /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi,
  )) {
    if (tag!.toLowerCase() === 'script' && /\bsrc=/i.test(attributes!)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
  }
  return hashes;
}

/**
 * Astro's <meta> policy names the hash of every inline script and style its route can write, so
 * each chapter carried every other chapter's too (33 hashes, about 1.5 KB that gzip cannot
 * shrink, where a text chapter has six inline blocks). This keeps the hashes of the blocks on
 * the page and every other source as it was: the page allows exactly what it runs.
 */
export function narrowMetaPolicy(html: string): string {
  const policy = metaPolicy(html);
  if (!policy) return html;
  const present = inlineHashes(html);
  const parsed = parsePolicy(policy);
  for (const name of HASHED) {
    const values = parsed.get(name);
    if (values)
      parsed.set(
        name,
        values.filter((v) => !/^'sha\d+-/.test(v) || present.has(v)),
      );
  }
  return html.replace(
    /(<meta\b[^>]*http-equiv=["']content-security-policy["'][^>]*\bcontent=")[^"]*(")/i,
    (_, head: string, tail: string) =>
      `${head}${[...parsed].map(([name, values]) => [name, ...values].join(' ')).join(';')};${tail}`,
  );
}
