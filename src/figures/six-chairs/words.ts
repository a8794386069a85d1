/** The six-chairs figure's own words per edition, besides the names (names.yaml) and the ledger's dates. */
import type { EditionWords } from '../shared/words.ts';
import { NOTES_RU } from './notes-ru.ts';

export interface SixWords {
  /** "10 members", "41 or 42 members": `counts` are the displayed counts, main first. */
  members: (counts: string[]) => string;
  observers: (n: number) => string;
  noFullList: string;
  kazakhstan: string;
  member: string;
  observer: string;
  frozen: string;
  /** A frozen member's callout on the map. */
  frozenLabel: (name: string) => string;
  termKey: string;
  unconfirmed: string;
  stillRunning: string;
  /** After a bar: "to China". */
  handedTo: (name: string) => string;
  /** A country's own note (organisations.yaml), by its English text; a missing one keeps the English. */
  notes: Record<string, string>;
  table: { caption: string; noFullList: string; frozen: string; dates: string; map: string };
  /** An organisation's own notes (organisations.yaml `note`, `notes`), by their English text. */
  orgNotes: Record<string, string>;
  summit: (date: string) => string;
  /** When no member list is published: each count with who gives it, and the countries shown. */
  noListNote: (counts: Array<{ count: string; by: string }>, shown: string) => string;
}

const RU_PLURAL = new Intl.PluralRules('ru');
const ru = (n: number, one: string, few: string, many: string) =>
  ({ one, few, many })[RU_PLURAL.select(n) as 'one' | 'few' | 'many'] ?? few;
/** The plural of the last count printed: "41 или 42 члена". */
const lastNumber = (counts: string[]) => Number((counts.at(-1) ?? '').replace(/[^\d]/g, '')) || 0;

export const SIX_WORDS: EditionWords<SixWords> = {
  en: {
    members: ([main, ...other]) =>
      `${main}${other.length ? ` or ${other.join(' or ')}` : ''} members`,
    observers: (n) => `${n} observer${n > 1 ? 's' : ''}`,
    noFullList: 'no full list published',
    kazakhstan: 'Kazakhstan',
    member: 'Member',
    observer: 'Observer',
    frozen: 'Participation frozen',
    // The key beside the map says what the cross-hatching means.
    frozenLabel: (name) => name,
    termKey: 'Kazakhstan’s term in each chair',
    unconfirmed: 'unconfirmed',
    stillRunning: 'still running',
    handedTo: (name) => `to ${name}`,
    notes: {},
    orgNotes: {},
    summit: (date) => `Summit on ${date}.`,
    noListNote: ([first, ...others], shown) =>
      `No full member list is published: ${first!.count} members per ${first!.by}${others.map((f) => `, ${f.count} per ${f.by}`).join('')}. The map shows only ${shown}.`,
    table: {
      caption:
        'The six organisations Kazakhstan chaired in 2024: its term as chair, and their members',
      noFullList: 'no full list published',
      frozen: 'participation frozen',
      dates:
        'Dates come from the facts ledger; the CSTO chair runs by calendar year and the IFAS term to the end of 2026. The IOFS chair is drawn dashed because we could not confirm it.',
      map: 'On the map, observers are hatched and members whose participation is frozen are cross-hatched. States too small to see at this scale are marked with a dot.',
    },
  },
  ru: {
    members: (counts) =>
      `${counts.join(' или ')} ${ru(lastNumber(counts), 'член', 'члена', 'членов')}`,
    observers: (n) => `${n} ${ru(n, 'наблюдатель', 'наблюдателя', 'наблюдателей')}`,
    noFullList: 'полный список не опубликован',
    kazakhstan: 'Казахстан',
    member: 'Член',
    observer: 'Наблюдатель',
    frozen: 'Участие заморожено',
    // "Армения: заморожено" runs off the phone's map; the key beside it says "Участие заморожено".
    frozenLabel: (name) => name,
    termKey: 'Срок председательства Казахстана',
    unconfirmed: 'не подтверждено',
    stillRunning: 'продолжается',
    // A dash, not an arrow: Golos has no "→", so downloads drew it as a box and browsers took
    // it from another face; "к …" would need each name's dative.
    handedTo: (name) => `— ${name}`,
    notes: {
      'hosts the headquarters, in Astana': 'штаб-квартира в Астане',
      'joined at the Astana summit in July 2024': 'вступила на саммите в Астане в июле 2024 года',
      'participation frozen in 2024': 'участие заморожено в 2024 году',
      'joined in October 2022': 'вступил в октябре 2022 года',
      'froze its participation in 2016; attended the 2024 board meeting':
        'заморозил участие в 2016 году; был на заседании правления в 2024 году',
      'self-declared, recognised only by Türkiye; not drawn on the map':
        'самопровозглашённая, признана только Турцией; на карте не показана',
    },
    orgNotes: NOTES_RU,
    summit: (date) => `Саммит — ${date.replace(/\.$/, '')}.`,
    noListNote: (counts, shown) =>
      `Полный список членов не опубликован: ${counts.map((f) => `${f.count} по данным ${f.by}`).join(', ')}. На карте показан только ${shown}.`,
    table: {
      caption:
        'Шесть организаций, которыми Казахстан руководил в 2024 году: срок его председательства и их члены',
      noFullList: 'полный список не опубликован',
      frozen: 'участие заморожено',
      dates:
        'Даты взяты из реестра фактов; председательство в ОДКБ идёт по календарному году, срок в МФСА — до конца 2026 года. Председательство в ИОПБ нарисовано пунктиром, потому что подтвердить его мы не смогли.',
      map: 'На карте наблюдатели заштрихованы, а члены с замороженным участием — перекрёстной штриховкой. Государства, слишком маленькие для этого масштаба, отмечены точкой.',
    },
  },
};
