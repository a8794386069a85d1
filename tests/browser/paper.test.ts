/**
 * Classroom paper, measured from what Chromium prints: the handout's length and
 * first page, the print edition's page size and hidden answers, and the answer key.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { readChapters } from '../support/chapters.ts';

const site = useBuiltSite();
const chapters = readChapters().filter(
  (chapter) => !(chapter.frontmatter as { draft?: boolean } | undefined)?.draft,
);
const pageCount = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
/** Whether the first page's MediaBox is A4 (595 × 842 points), to within a point or two of rounding. */
const isA4 = (pdf: Buffer) => {
  const [width, height] =
    /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\]/
      .exec(pdf.toString('latin1'))
      ?.slice(1)
      .map(Number) ?? [];
  return Math.abs(width! - 595.3) < 2 && Math.abs(height! - 841.9) < 2;
};

async function printed(path: string) {
  const page = await (await site.browser.newContext()).newPage();
  await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  await page.emulateMedia({ media: 'print' });
  return page;
}

describe('paper', () => {
  it('the student handout fits two A4 pages a chapter, starts on its first page and defines each term once', async () => {
    const page = await printed('/teachers/handout/');
    const firstSheetBreak = await page
      .locator('.sheet')
      .first()
      .evaluate((el) => getComputedStyle(el).breakBefore);
    expect(firstSheetBreak).not.toBe('page');
    const definitions = await page.locator('.sheet dd').allInnerTexts();
    const terms = await page.locator('.sheet dt').allInnerTexts();
    const defined = terms.filter((_, i) => !definitions[i]!.startsWith('Defined on the sheet'));
    expect(new Set(defined).size).toBe(defined.length);
    const pdf = await page.pdf({ path: 'test-results/handout.pdf', preferCSSPageSize: true });
    expect(isA4(pdf)).toBe(true);
    expect(pageCount(pdf)).toBeLessThanOrEqual(2 * chapters.length);
    await page.context().close();
  });

  it('a printed chapter hides the self-check answers but keeps the questions', async () => {
    const page = await printed('/china/');
    expect(await page.locator('.self-check .question').first().isVisible()).toBe(true);
    expect(await page.locator('.self-check details').first().isVisible()).toBe(false);
    await page.context().close();
  });

  it('the print edition is A4 and hides every answer', async () => {
    const page = await printed('/print/');
    expect(await page.locator('.self-check details:visible').count()).toBe(0);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(isA4(pdf)).toBe(true);
    await page.context().close();
  });

  it('the answer key holds every self-check answer and a rubric', async () => {
    const page = await printed('/teachers/answers/');
    const answers = await page.locator('.answer').allInnerTexts();
    const expected = chapters.flatMap((chapter) =>
      ((chapter.frontmatter as { selfCheck?: Array<{ answer: string }> }).selfCheck ?? []).map(
        (q) => q.answer,
      ),
    );
    expect(answers.length).toBe(expected.length);
    expect(await page.locator('.rubric dt').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.answer').first().isVisible()).toBe(true);
    await page.context().close();
  });
});
