/**
 * Ready-made citations in APA 7, MLA 9 and Chicago (17th, bibliography) for a
 * page of this site and for the original article. Each is a list of runs, so a
 * page can italicise titles while the copy button copies plain text.
 */
import { MONTHS } from './dates.ts';

export type Run = string | { italic: string };
export type Style = 'APA 7' | 'MLA 9' | 'Chicago' | 'ГОСТ Р 7.0.100–2018';
export const STYLES: Style[] = ['APA 7', 'MLA 9', 'Chicago'];
/** The styles each edition offers: Russian readers get ГОСТ beside APA. */
export const STYLES_BY_LOCALE: Record<string, Style[]> = {
  en: STYLES,
  ru: ['ГОСТ Р 7.0.100–2018', 'APA 7'],
};
export const GOST: Style = 'ГОСТ Р 7.0.100–2018';

/** "01.12.2026", the access date ГОСТ asks for. */
function gostDate(date: string): string {
  const [y, m, d] = date.split('-');
  return [d, m, y].filter(Boolean).join('.');
}

export interface PageWork {
  /** ГОСТ's "дата обращения" (YYYY-MM-DD); the work's own date when not given. */
  accessed?: string;
  /** The page's own title; for the home page, the site title. */
  title: string;
  siteTitle: string;
  /** A group author, e.g. "Kazakhstan’s Balancing Act editors". */
  author: string;
  /** YYYY-MM-DD: last reviewed (chapters) or first published (site). */
  date: string;
  url: string;
  /** True for the home page: the work is the site itself. */
  isSite: boolean;
}

export interface ArticleWork {
  title: string;
  titleSentenceCase: string;
  /** "Stefan Antić" */
  author: string;
  publisher: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date: string;
  url: string;
}

const MLA_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

function parts(date: string): { year: string; month?: number; day?: number } {
  const [year, month, day] = date.split('-');
  return { year: year!, ...(month && { month: Number(month) }), ...(day && { day: Number(day) }) };
}

/** Title case for MLA and Chicago: capitalise major words, keep short function words lower case. */
export function titleCase(title: string): string {
  const minor = new Set([
    'a',
    'an',
    'and',
    'as',
    'at',
    'but',
    'by',
    'for',
    'in',
    'nor',
    'of',
    'on',
    'or',
    'the',
    'to',
    'with',
  ]);
  return title
    .split(' ')
    .map((word, i) =>
      i > 0 && minor.has(word.toLowerCase())
        ? word.toLowerCase()
        : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ');
}

/** "Antić, Stefan" / "Antić, S." */
function invertName(name: string, initials = false): string {
  const words = name.trim().split(/\s+/);
  const last = words.pop()!;
  const given = initials ? words.map((w) => `${w.charAt(0)}.`).join(' ') : words.join(' ');
  return given ? `${last}, ${given}` : last;
}

/** A period after a title that already ends in ?, ! or . is dropped, as every style asks. */
function stop(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

export function citePage(work: PageWork, style: Style): Run[] {
  const { year, month, day } = parts(work.date);
  const siteTitle = titleCase(work.siteTitle);
  switch (style) {
    case 'ГОСТ Р 7.0.100–2018': {
      const accessed = gostDate(work.accessed ?? work.date);
      // ГОСТ Р 7.0.100–2018, 5.2 and 7.3: a site or a part of one, "Текст : электронный", the URL and the access date.
      return work.isSite
        ? [
            `${work.siteTitle} : [сайт] / ${work.author}. — ${year}. — URL: ${work.url} (дата обращения: ${accessed}). — Текст : электронный.`,
          ]
        : [
            `${work.title} // ${work.siteTitle} : [сайт] / ${work.author}. — ${year}. — URL: ${work.url} (дата обращения: ${accessed}). — Текст : электронный.`,
          ];
    }
    case 'APA 7': {
      const date = month ? `${year}, ${MONTHS[month - 1]}${day ? ` ${day}` : ''}` : year;
      return work.isSite
        ? [`${work.author}. (${date}). `, { italic: stop(work.siteTitle) }, ` ${work.url}`]
        : [
            `${work.author}. (${date}). `,
            { italic: stop(work.title) },
            ` ${work.siteTitle}. ${work.url}`,
          ];
    }
    case 'MLA 9': {
      // The group is both author and publisher, so MLA starts with the title.
      const date = [day, month ? MLA_MONTHS[month - 1] : undefined, year].filter(Boolean).join(' ');
      return work.isSite
        ? [{ italic: siteTitle }, `. ${date}, ${work.url}.`]
        : [`“${stop(titleCase(work.title))}” `, { italic: siteTitle }, `, ${date}, ${work.url}.`];
    }
    case 'Chicago': {
      const date = `${month ? `${MONTHS[month - 1]} ${day ? `${day}, ` : ''}` : ''}${year}`;
      // Chicago sets a website's name in roman type, unlike a book or journal.
      return work.isSite
        ? [`${work.author}. ${stop(siteTitle)} Last modified ${date}. ${work.url}.`]
        : [
            `${work.author}. “${stop(titleCase(work.title))}” ${stop(siteTitle)} Last modified ${date}. ${work.url}.`,
          ];
    }
  }
}

export function citeArticle(work: ArticleWork, style: Style, accessed?: string): Run[] {
  const { year } = parts(work.date);
  switch (style) {
    case 'ГОСТ Р 7.0.100–2018': {
      // A foreign-language source keeps its own language; only the furniture is Russian.
      const initials = work.author
        .split(/\s+/)
        .slice(0, -1)
        .map((w) => `${w.charAt(0)}.`)
        .join(' ');
      return [
        `${invertName(work.author, true)} ${work.title} / ${initials} ${work.author.split(/\s+/).at(-1)} // ${work.publisher} : [сайт]. — ${year}. — URL: ${work.url}${accessed ? ` (дата обращения: ${gostDate(accessed)})` : ''}. — Текст : электронный.`,
      ];
    }
    case 'APA 7':
      return [
        `${invertName(work.author, true)} (${year}). ${stop(work.titleSentenceCase)} `,
        { italic: work.publisher },
        `. ${work.url}`,
      ];
    case 'MLA 9':
      return [
        `${stop(invertName(work.author))} “${stop(titleCase(work.title))}” `,
        { italic: work.publisher },
        `, ${year}, ${work.url}.`,
      ];
    case 'Chicago':
      return [
        `${stop(invertName(work.author))} “${stop(titleCase(work.title))}” `,
        { italic: work.publisher },
        `, ${year}. ${work.url}.`,
      ];
  }
}

export function plainText(runs: Run[]): string {
  return runs.map((run) => (typeof run === 'string' ? run : run.italic)).join('');
}
