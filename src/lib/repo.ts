/**
 * Links to the site's repository: "Suggest a correction" on every page and
 * "Edit this page" on chapters. They come from REPO_URL (like SITE_URL, set when
 * building), and are left out when it is unset.
 */

export interface RepoSettings {
  /** e.g. https://github.com/owner/kazakhstan, without a trailing slash or .git */
  url: string;
  /** The branch authors edit, for "Edit this page". */
  branch: string;
}

/** Reads REPO_URL (and REPO_BRANCH, default main); undefined when REPO_URL is unset or empty. */
export function repoSettings(
  env: Record<string, string | undefined> = process.env,
): RepoSettings | undefined {
  const raw = env.REPO_URL?.trim();
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(
      `REPO_URL "${raw}" is not a web address. Set it to the repository's page, e.g. REPO_URL=https://github.com/owner/repo, or leave it unset to hide the correction and edit links.`,
    );
  }
  if (!/^https?:$/.test(parsed.protocol))
    throw new Error(`REPO_URL "${raw}" must start with https:// (or http://).`);
  const url = parsed.href.replace(/\/+$/, '').replace(/\.git$/, '');
  return { url, branch: env.REPO_BRANCH?.trim() || 'main' };
}

/** A new issue on the tracker, with the page's address and title filled in. */
export function suggestCorrectionUrl(
  repo: RepoSettings,
  page: { url: string; title: string },
): string {
  const title = `Correction: ${page.title}`;
  const body = `Page: ${page.url}\n\nWhat is wrong:\n\nWhat it should say, with a source:\n`;
  return `${repo.url}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}

/** The repository's editor for a file, e.g. content/chapters/china.mdx. */
export function editPageUrl(repo: RepoSettings, file: string): string {
  return `${repo.url}/edit/${encodeURIComponent(repo.branch)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
