/** The six-chairs figure's words: each key's lines and swatches, and the SVG's description for screen readers. */
import { COUNTRY } from '../shared/map.ts';
import type { SixChairsData } from './data.ts';
import type { Organisation } from './organisations.ts';
import type { SixWords } from './words.ts';

const KZ = COUNTRY.kazakhstan;

/** "10 members, 2 observers"; competing counts are joined with "or". */
function counts(o: Organisation, w: SixWords): string {
  const members = w.members(o.memberCounts.map((f) => f.display));
  return o.observers.length ? `${members}, ${w.observers(o.observers.length)}` : members;
}

/** The lines under an organisation's acronym in its key. */
export const keyLines = (o: Organisation, w: SixWords): string[] =>
  o.membersComplete ? [counts(o, w)] : [counts(o, w), w.noFullList];

/** The swatches in an organisation's key: cls is the swatch's class, shared with the map's fills. */
export const legendFor = (o: Organisation, w: SixWords): Array<{ cls: string; label: string }> => [
  {
    cls: 'kz',
    label: o.membersComplete
      ? w.kazakhstan
      : `${w.kazakhstan}${o.members.find((c) => c.code === KZ)?.note ? ` (${o.members.find((c) => c.code === KZ)!.note})` : ''}`,
  },
  ...(o.membersComplete ? [{ cls: 'member', label: w.member }] : []),
  ...(o.observers.some((c) => c.code) ? [{ cls: 'observer', label: w.observer }] : []),
  ...(o.members.some((c) => c.frozen) ? [{ cls: 'frozen', label: w.frozen }] : []),
];

const termText = (o: Organisation) =>
  o.chair.status === 'unconfirmed'
    ? `chair unconfirmed, drawn dashed over ${o.chair.fromLabel} to ${o.chair.untilLabel}${o.chair.note ? ` (${o.chair.note.replace(/\.$/, '')})` : ''}`
    : `chair from ${o.chair.fromLabel} to ${o.chair.untilLabel}${o.chair.handedTo ? `, then ${o.chair.handedTo}` : ''}${o.chair.status === 'ongoing' ? ', still running' : ''}`;

const memberText = (o: Organisation) => {
  const [main, ...other] = o.memberCounts;
  if (!o.membersComplete) {
    return `${main!.display} members${other.length ? ` (other counts: ${other.map((f) => f.display).join(', ')})` : ''}; no full list is published, so only Kazakhstan, the host of its headquarters, is shown`;
  }
  const members = `${main!.display} members (${o.members.map((c) => c.name + (c.frozen ? ', participation frozen' : '')).join('; ')})`;
  return o.observers.length
    ? `${members} and ${o.observers.length} observer${o.observers.length > 1 ? 's' : ''} (${o.observers.map((c) => c.name).join('; ')})`
    : members;
};

/** The SVG's <desc>: what the map and timeline show, organisation by organisation. */
export function sixChairsDescription(data: SixChairsData): string {
  const first = data.years[0]!;
  const last = data.years.at(-1)!;
  if (data.locale === 'ru') return russianDescription(data, first, last);
  return `Map of Asia from Egypt and Türkiye to Korea and Vietnam, with Kazakhstan highlighted, above a timeline of Kazakhstan's six chairs from ${first} to ${last}. ${data.organisations.map((o) => `${o.acronym}: ${termText(o)}; ${memberText(o)}.`).join(' ')}`;
}

const ruTerm = (o: Organisation) =>
  o.chair.status === 'unconfirmed'
    ? `председательство не подтверждено, пунктир с ${o.chair.fromLabel} по ${o.chair.untilLabel}`
    : `председатель с ${o.chair.fromLabel} по ${o.chair.untilLabel}${o.chair.handedTo ? `, затем ${o.chair.handedTo}` : ''}${o.chair.status === 'ongoing' ? ', срок ещё идёт' : ''}`;

const ruMembers = (o: Organisation, w: SixWords) => {
  const members = w.members(o.memberCounts.map((f) => f.display));
  if (!o.membersComplete)
    return `${members}; полный список не опубликован, поэтому показан только Казахстан, где находится штаб-квартира`;
  const list = `${members} (${o.members.map((c) => c.name).join('; ')})`;
  return o.observers.length
    ? `${list} и ${w.observers(o.observers.length)} (${o.observers.map((c) => c.name).join('; ')})`
    : list;
};

function russianDescription(data: SixChairsData, first: number, last: number): string {
  return `Карта Азии от Египта и Турции до Кореи и Вьетнама, Казахстан выделен; под ней — шкала шести председательств Казахстана с ${first} по ${last} год. ${data.organisations.map((o) => `${o.acronym}: ${ruTerm(o)}; ${ruMembers(o, data.words)}.`).join(' ')}`;
}
