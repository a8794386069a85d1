/** Site-wide settings in one place. */
export const SITE = {
  title: 'Kazakhstan’s balancing act',
  tagline: 'How a country between Russia and China keeps every door open',
  description:
    'A long-form explainer on how Kazakhstan balances Russia, China and the West, retold and fact-checked from Stefan Antić’s spring 2024 article, with what happened next.',
  lang: 'en-GB',
  /** The article this site retells; its entry in content/data/sources.yaml. */
  originalSourceId: 'antic-2024',
  /** The original's title in sentence case, as APA wants it; proper nouns keep their capitals. */
  originalTitleSentenceCase: 'Kazakhstan’s balancing act with Russia, China, and the West',
  /** Who is cited as the author of this site: a group, since no one person wrote it. */
  author: 'Kazakhstan’s Balancing Act editors',
  /** The year the site first went up, for citations of the whole site. */
  firstPublished: '2026-11-29',
} as const;

/** Prefixes a site path with the configured base, so forks can deploy under a sub-path. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
