import { describe, expect, it } from 'vitest';
import { editPageUrl, repoSettings, suggestCorrectionUrl } from '../../src/lib/repo.ts';

describe('repository links (REPO_URL)', () => {
  it('are left out when REPO_URL is unset or empty', () => {
    expect(repoSettings({})).toBeUndefined();
    expect(repoSettings({ REPO_URL: '  ' })).toBeUndefined();
  });

  it('tidy the address and default to the main branch', () => {
    expect(repoSettings({ REPO_URL: 'https://github.com/owner/kz.git' })).toEqual({
      url: 'https://github.com/owner/kz',
      branch: 'main',
    });
    expect(
      repoSettings({ REPO_URL: 'https://github.com/owner/kz/', REPO_BRANCH: 'trunk' }),
    ).toEqual({ url: 'https://github.com/owner/kz', branch: 'trunk' });
  });

  it('refuse an address that is not one, naming the fix', () => {
    expect(() => repoSettings({ REPO_URL: 'owner/kz' })).toThrow(
      /REPO_URL "owner\/kz" is not a web address.*REPO_URL=https:\/\/github\.com\/owner\/repo/,
    );
    expect(() => repoSettings({ REPO_URL: 'ftp://example.org/kz' })).toThrow(
      /must start with https:\/\//,
    );
  });

  it('fill the page’s address and title into a new issue', () => {
    const repo = repoSettings({ REPO_URL: 'https://github.com/owner/kz' })!;
    const link = new URL(
      suggestCorrectionUrl(repo, {
        url: 'https://example.org/china/',
        title: 'China and the Belt and Road',
      }),
    );
    expect(`${link.origin}${link.pathname}`).toBe('https://github.com/owner/kz/issues/new');
    expect(link.searchParams.get('title')).toBe('Correction: China and the Belt and Road');
    expect(link.searchParams.get('body')).toMatch(/^Page: https:\/\/example\.org\/china\/\n/);
  });

  it('open a chapter’s file in the editor on the branch', () => {
    const repo = repoSettings({ REPO_URL: 'https://github.com/owner/kz' })!;
    expect(editPageUrl(repo, 'content/chapters/china.mdx')).toBe(
      'https://github.com/owner/kz/edit/main/content/chapters/china.mdx',
    );
  });
});
