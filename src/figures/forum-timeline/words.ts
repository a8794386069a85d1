/** The forum-timeline figure's own words per edition: labels, legend, dates, table and the SVG's description. */
import { formatDateRange, formatPartialDate } from '../../lib/dates.ts';
import { formatDateIn, formatDateRangeIn } from '../../i18n/format.ts';
import type { EditionWords } from '../shared/words.ts';

export interface ForumWords {
  articleWritten: string;
  ourInference: string;
  cancelled: string;
  second: string;
  planned: string;
  neverHeld: string;
  first: string;
  heldAgain: string;
  delegates: (n: string) => string;
  /** "nothing found", in one line and in two. */
  nothingFound: { line: string; lines: [string, string] };
  legend: { held: string; planned: string; cancelled: string };
  /** A month's short name in a date: "Jun", "июня". */
  month: (month: number) => string;
  /** A date or range as the rest of the edition prints it. */
  long: (value: string) => string;
  caption: string;
  rows: {
    first: (y: number) => string;
    announced: (y: number) => string;
    calledOff: (y: number) => string;
  };
  cancelledOn: (planned: string, on: string) => string;
  notes: {
    delegates: (year: number, delegates: string, by: string) => string;
    window: (from: string, to: string, by: string, year: number) => string;
    none: (year: number) => string;
  };
  desc: (d: {
    from: number;
    to: number;
    first: string;
    planned: string;
    cancelled: string;
    windowFrom: string;
    windowTo: string;
    comeback: string;
    delegates: string;
  }) => string;
}

const EN_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const RU_MONTH = new Intl.DateTimeFormat('ru', { day: 'numeric', month: 'short', timeZone: 'UTC' });

export const FORUM_WORDS: EditionWords<ForumWords> = {
  en: {
    articleWritten: 'Article written',
    ourInference: '(our inference)',
    cancelled: 'Cancelled: floods',
    second: 'Second forum',
    planned: 'planned',
    neverHeld: 'never held',
    first: 'First forum',
    heldAgain: 'Held again',
    delegates: (n) => `${n} delegates`,
    nothingFound: { line: 'nothing found', lines: ['nothing', 'found'] },
    legend: { held: 'held', planned: 'planned', cancelled: 'cancelled' },
    month: (m) => EN_MONTHS[m - 1]!,
    long: (v) => (v.includes('/') ? formatDateRange(v) : formatPartialDate(v)),
    caption: 'Editions of the Astana International Forum',
    rows: {
      first: (y) => `${y}, first forum`,
      announced: (y) => `${y}, as announced`,
      calledOff: (y) => `${y}, called off`,
    },
    cancelledOn: (planned, on) => `${planned} (cancelled on ${on})`,
    notes: {
      delegates: (year, n, by) => `The ${year} forum had ${n} delegates (${by}).`,
      window: (from, to, by, year) =>
        `The shaded window, ${from} to ${to}, is our inference of when Antić wrote: his article quotes Middle Corridor figures first published on ${from} (${by}) and still treats the June ${year} forum as ahead. It is not a reported date.`,
      none: (year) => `We found no report of a forum in ${year}.`,
    },
    desc: (d) =>
      `Timeline of the Astana International Forum from ${d.from} to ${d.to}. The first forum was held on ${d.first}. The second was planned for ${d.planned}, but was cancelled on ${d.cancelled} because of the spring floods. A shaded window from ${d.windowFrom} to ${d.windowTo} marks when Antić most likely wrote his article, our inference from the figures he quotes and from his treating the June forum as still to come. The forum was held again on ${d.comeback}, with ${d.delegates} delegates. We found nothing for ${d.to}.`,
  },
  ru: {
    articleWritten: 'Статья написана',
    ourInference: '(наша оценка)',
    cancelled: 'Отменён: паводки',
    second: 'Второй форум',
    planned: 'запланирован',
    neverHeld: 'не состоялся',
    first: 'Первый форум',
    heldAgain: 'Прошёл снова',
    delegates: (n) => `${n} делегатов`,
    // "ничего не найдено" ran off the desktop drawing's right edge; the phone's two lines say the same.
    nothingFound: { line: 'данных нет', lines: ['данных', 'нет'] },
    legend: { held: 'прошёл', planned: 'в планах', cancelled: 'отменён' },
    month: (m) =>
      RU_MONTH.formatToParts(new Date(Date.UTC(2024, m - 1, 15))).find((p) => p.type === 'month')!
        .value,
    long: (v) => (v.includes('/') ? formatDateRangeIn('ru', v) : formatDateIn('ru', v)),
    caption: 'Астанинский международный форум по годам',
    rows: {
      first: (y) => `${y}, первый форум`,
      announced: (y) => `${y}, как объявлялось`,
      calledOff: (y) => `${y}, отменён`,
    },
    cancelledOn: (planned, on) => `${planned} (отменён ${on})`,
    notes: {
      delegates: (year, n, by) => `На форуме ${year} года было ${n} делегатов (${by}).`,
      window: (from, to, by, year) =>
        `Затенённый интервал, с ${from} по ${to}, — наша оценка того, когда Антич писал статью: он приводит цифры по Среднему коридору, впервые опубликованные ${from} (${by}), и говорит о июньском форуме ${year} года как о предстоящем. Это не опубликованная дата.`,
      none: (year) => `Сообщений о форуме в ${year} году мы не нашли.`,
    },
    desc: (d) =>
      `Шкала времени Астанинского международного форума с ${d.from} по ${d.to} год. Первый форум прошёл ${d.first}. Второй был назначен на ${d.planned}, но ${d.cancelled} его отменили из-за весенних паводков. Затенённый интервал с ${d.windowFrom} по ${d.windowTo} показывает, когда Антич, вероятнее всего, писал статью: это наша оценка по цифрам, которые он приводит, и по тому, что июньский форум для него ещё впереди. Снова форум прошёл ${d.comeback}, на нём было ${d.delegates} делегатов. Сведений о форуме в ${d.to} году мы не нашли.`,
  },
};
