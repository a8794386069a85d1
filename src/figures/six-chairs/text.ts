/** The six-chairs figure's words: each key's lines and swatches, and the SVG's description for screen readers. */
import { COUNTRY } from '../shared/map.ts';
import type { SixChairsData } from './data.ts';
import type { Organisation } from './organisations.ts';

const KZ = COUNTRY.kazakhstan;

/** "10 members, 2 observers"; competing counts are joined with "or". */
function counts(o: Organisation): string {
  const [main, ...other] = o.memberCounts;
  const members = `${main!.display}${other.length ? ` or ${other.map((f) => f.display).join(' or ')}` : ''} members`;
  const observers = o.observers.length
    ? `, ${o.observers.length} observer${o.observers.length > 1 ? 's' : ''}`
    : '';
  return members + observers;
}

/** The lines under an organisation's acronym in its key. */
export const keyLines = (o: Organisation): string[] =>
  o.membersComplete ? [counts(o)] : [counts(o), 'no full list published'];

/** The swatches in an organisation's key: cls is the swatch's class, shared with the map's fills. */
export const legendFor = (o: Organisation): Array<{ cls: string; label: string }> => [
  {
    cls: 'kz',
    label: o.membersComplete
      ? 'Kazakhstan'
      : `Kazakhstan${o.members.find((c) => c.code === KZ)?.note ? ` (${o.members.find((c) => c.code === KZ)!.note})` : ''}`,
  },
  ...(o.membersComplete ? [{ cls: 'member', label: 'Member' }] : []),
  ...(o.observers.some((c) => c.code) ? [{ cls: 'observer', label: 'Observer' }] : []),
  ...(o.members.some((c) => c.frozen) ? [{ cls: 'frozen', label: 'Participation frozen' }] : []),
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
  return `Map of Asia from Egypt and Türkiye to Korea and Vietnam, with Kazakhstan highlighted, above a timeline of Kazakhstan's six chairs from ${first} to ${last}. ${data.organisations.map((o) => `${o.acronym}: ${termText(o)}; ${memberText(o)}.`).join(' ')}`;
}
