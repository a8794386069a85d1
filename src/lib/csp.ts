/** Content-Security-Policy strings: read from pages' <meta>, merged for a site-wide header. */

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
