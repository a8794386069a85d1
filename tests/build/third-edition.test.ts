/**
 * "A third language needs only a dictionary and a content folder": a copy of the project gets an
 * edition "xx" made of nothing but the Russian files under new names (its declaration and words in
 * content/i18n/xx/, its chapters in content/chapters/xx/, its dictionary src/i18n/ui/xx.ts and its
 * about text src/views/about/xx.astro), with no other file touched, and must build as a full edition.
 * One build, so the suite pays for it once.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProjectCopy, type FixtureResult } from '../support/fixture-build.ts';

const CODE = 'xx';

/** Copies a Russian file or folder to the new edition, pointing its own links at /xx/. */
function copyEdition(from: string, to: string, rewrite: (text: string) => string = (t) => t) {
  cpSync(from, to, { recursive: true });
  const files =
    existsSync(to) && !to.match(/\.\w+$/) ? readdirSync(to).map((f) => join(to, f)) : [to];
  for (const file of files)
    writeFileSync(file, rewrite(readFileSync(file, 'utf8').replaceAll('/ru/', `/${CODE}/`)));
}

function addEdition(root: string) {
  copyEdition(join(root, 'content/i18n/ru'), join(root, 'content/i18n', CODE));
  writeFileSync(
    join(root, 'content/i18n', CODE, 'locale.yaml'),
    `name: "Test edition"\nlang: ${CODE}\nstatus: published\nscript: cyrillic\n`,
  );
  copyEdition(join(root, 'content/chapters/ru'), join(root, 'content/chapters', CODE));
  copyEdition(join(root, 'src/i18n/ui/ru.ts'), join(root, 'src/i18n/ui', `${CODE}.ts`), (t) =>
    t.replace('export const ru: Ui', `export const ${CODE}: Ui`),
  );
  copyEdition(
    join(root, 'src/views/about/ru.astro'),
    join(root, 'src/views/about', `${CODE}.astro`),
    (t) => t.replace("const locale: Locale = 'ru';", `const locale: Locale = '${CODE}';`),
  );
}

const PAGES = ['', 'china/', 'glossary/', 'teachers/', 'updates/', 'about/', 'facts/', 'sources/'];

const read = (dist: string) => (result: FixtureResult) => ({
  result,
  pages: Object.fromEntries(
    PAGES.map((page) => {
      const file = join(dist, CODE, page, 'index.html');
      return [page, existsSync(file) ? readFileSync(file, 'utf8') : undefined];
    }),
  ),
  notFound:
    existsSync(join(dist, CODE, '404.html')) || existsSync(join(dist, CODE, '404/index.html')),
  feed: existsSync(join(dist, CODE, 'updates.xml')),
  englishHome: existsSync(join(dist, 'index.html'))
    ? readFileSync(join(dist, 'index.html'), 'utf8')
    : '',
});

describe('a third edition', () => {
  let site: ReturnType<ReturnType<typeof read>>;
  beforeAll(() => {
    site = buildProjectCopy(addEdition, (dist, result) => read(dist)(result));
  }, 900_000);

  it('builds from a dictionary and a content folder alone', () => {
    expect(site.result.ok, site.result.output.slice(-3000)).toBe(true);
  });

  it.each(PAGES)('has /xx/%s, marked lang="xx"', (page) => {
    const html = site.pages[page];
    expect(html, `/${CODE}/${page}`).toBeDefined();
    expect(html).toMatch(new RegExp(`<html[^>]* lang="${CODE}"`));
  });

  it('has its own 404 page and feed', () => {
    expect(site.notFound).toBe(true);
    expect(site.feed).toBe(true);
  });

  it('is listed beside the others: hreflang alternates and the switcher', () => {
    expect(site.englishHome).toMatch(
      new RegExp(`<link rel="alternate" hreflang="${CODE}" href="[^"]*/${CODE}/"`),
    );
    expect(site.englishHome).toMatch(
      new RegExp(`hreflang="${CODE}" lang="${CODE}" data-lang-switch`),
    );
  });
});
