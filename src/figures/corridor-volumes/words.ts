/** The corridor-volumes figure's own words per edition: panel headings, limits, footnote and the SVG's description. */
import type { EditionWords } from '../shared/words.ts';
import type { CorridorVolumes } from './data.ts';

export interface VolumesWords {
  /** The yearly panel's heading, two lines. */
  annualUnit: [string, string];
  januaryOnly: string;
  januaryUnit: { thousands: string; millions: string };
  /** After a January tick: "274k", "2.7m". */
  tickSuffix: { thousands: string; millions: string };
  differentScale: string;
  capacity: string;
  target: (year: string) => string;
  /** One line, and the same in two lines for a narrow frame. */
  footnote: { line: string; lines: [string, string] };
  /** A January bar's name in the table: "Jan 2024". */
  january: (year: number) => string;
  desc: (data: CorridorVolumes) => string;
  table: {
    caption: string;
    capacity: string;
    target: (year: number) => string;
    derived: (derivations: string[]) => string;
    after: string;
    ministry: string;
  };
}

const derivedEn = (b: { derived: boolean }) => (b.derived ? ' (derived)' : '');
const derivedRu = (b: { derived: boolean }) => (b.derived ? ' (расчёт)' : '');

export const VOLUMES_WORDS: EditionWords<VolumesWords> = {
  en: {
    annualUnit: ['Million tonnes', 'a year'],
    januaryOnly: 'January only,',
    januaryUnit: { thousands: 'thousand tonnes', millions: 'million tonnes' },
    tickSuffix: { thousands: 'k', millions: 'm' },
    differentScale: 'different scale',
    capacity: 'Capacity',
    target: (year) => `${year} target`,
    footnote: {
      line: '* derived from a reported figure and its growth rate',
      lines: ['* derived from a reported figure', '  and its growth rate'],
    },
    january: (year) => `Jan ${year}`,
    table: {
      caption: 'Cargo on the Middle Corridor (Trans-Caspian International Transport Route)',
      capacity: 'Capacity (stated February 2024)',
      target: (year) => `Target for ${year}`,
      derived: (list) =>
        `Derived rows are computed from a reported total and its growth rate (${list.join('; ')}); they are not reported figures.`,
      after: ' after +',
      ministry:
        '2024 and 2025 are the Kazakh Transport Ministry’s figures from March 2026; other counts differ because they measure different things (see the chapter).',
    },
    desc: (d) =>
      `Bar chart of Middle Corridor cargo: ${d.annual.map((b) => `${b.label}, ${b.fact.display}${derivedEn(b)}`).join('; ')}. Stated capacity ${d.capacity.display}; target ${d.target.display} by ${d.targetYear.display}. In a separate panel on its own scale, January ${d.january.at(-1)!.year}, ${d.january.at(-1)!.fact.display}, against January ${d.january[0]!.year}, ${d.january[0]!.fact.display}${derivedEn(d.january[0]!)}.`,
  },
  ru: {
    annualUnit: ['Млн тонн', 'в год'],
    januaryOnly: 'Только январь,',
    januaryUnit: { thousands: 'тыс. тонн', millions: 'млн тонн' },
    tickSuffix: { thousands: '', millions: '' },
    differentScale: 'другой масштаб',
    capacity: 'Пропускная способность',
    target: (year) => `Цель на ${year} г.`,
    footnote: {
      line: '* расчёт по опубликованной цифре и темпу роста',
      lines: ['* расчёт по опубликованной цифре', '  и темпу роста'],
    },
    january: (year) => `Январь ${year}`,
    table: {
      caption:
        'Грузы по Среднему коридору (Транскаспийский международный транспортный маршрут, ТМТМ)',
      capacity: 'Пропускная способность (по данным на февраль 2024 г.)',
      target: (year) => `Цель на ${year} г.`,
      derived: (list) =>
        `Расчётные строки получены из опубликованного итога и темпа его роста (${list.join('; ')}); это не опубликованные цифры.`,
      after: ' при росте на ',
      ministry:
        'Цифры за 2024 и 2025 годы — данные Министерства транспорта Казахстана от марта 2026 года; другие подсчёты расходятся, потому что измеряют разное (см. главу).',
    },
    desc: (d) =>
      `Столбчатая диаграмма грузов по Среднему коридору: ${d.annual.map((b) => `${b.label} г. — ${b.fact.display}${derivedRu(b)}`).join('; ')}. Заявленная пропускная способность — ${d.capacity.display}; цель — ${d.target.display} к ${d.targetYear.display} г. На отдельной панели, в своём масштабе: январь ${d.january.at(-1)!.year} г. — ${d.january.at(-1)!.fact.display}, январь ${d.january[0]!.year} г. — ${d.january[0]!.fact.display}${derivedRu(d.january[0]!)}.`,
  },
};
