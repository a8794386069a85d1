/**
 * Draws each chapter's opening still into its social card, once figure-downloads.ts has written
 * the stills (it calls this last). The /og/ routes drew the cards with the still's frame left
 * empty (src/lib/og/still.ts). Which still and which card are read from the built chapter page
 * itself, its opening image and its og:image, so the card shows what the page shows, in either edition, at the size a wide screen gets.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { faceFiles } from '../lib/og/fonts.ts';
import { compositeStill } from '../lib/og/still.ts';

/** A chapter page's opening still and card, as site paths without the base; undefined for other pages. */
export function chapterCardOf(
  html: string,
  base = '/',
): { still: string; card: string } | undefined {
  if (!/<meta property="og:type" content="article"/.test(html)) return undefined;
  // The opening's full drawing (its <source> for wide screens), not the phone's thumbnail: a card is large.
  const still = /<picture class="opening__picture"[^>]*>\s*<source [^>]*srcset="([^"]+)"/.exec(
    html,
  )?.[1];
  const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  if (!still || !image) return undefined;
  const bare = (path: string) => path.slice(base.replace(/\/$/, '').length);
  return { still: bare(still), card: bare(new URL(image).pathname) };
}

/**
 * Draws the stills into the chapter cards in dist; `pages` are the built pages' paths, as
 * astro:build:done gives them. Returns how many cards it drew.
 */
export function drawCardStills(dist: string, pages: Array<{ pathname: string }>, base: string) {
  let count = 0;
  for (const { pathname } of pages) {
    const page = join(dist, pathname, 'index.html');
    if (!existsSync(page)) continue;
    const found = chapterCardOf(readFileSync(page, 'utf8'), base);
    if (!found) continue;
    const still = join(dist, found.still);
    const card = join(dist, found.card);
    for (const [file, what] of [
      [still, 'its opening still'],
      [card, 'its social card'],
    ] as const)
      if (!existsSync(file))
        throw new Error(`/${pathname}: ${what} (dist${file.slice(dist.length)}) was not built.`);
    writeFileSync(
      card,
      compositeStill(readFileSync(card), readFileSync(still, 'utf8'), faceFiles()),
    );
    count++;
  }
  return count;
}
