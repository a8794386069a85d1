/** The oil-routes figure's own words per edition: route names, badges, the share line and the legend. */
import type { EditionWords } from '../shared/words.ts';

export interface OilWords {
  /** A route's name and its phone name, by leg id; a missing id keeps oil-routes.yaml's. */
  routes: Record<string, { name: string; short: string }>;
  /** The qualifiers a phone label drops, so it fits: "about", "около". */
  qualifiers: RegExp;
  halted: string;
  attacked: string;
  /** Before the competing shares: "share", or "CPC share" on a phone. */
  share: (route?: string) => string;
  or: string;
  legend: { viaRussia: string; avoidsRussia: string; tanker: string; schematic: string };
}

export const OIL_WORDS: EditionWords<OilWords> = {
  en: {
    routes: {},
    qualifiers: /^(about|around|more than|over|nearly|up to) /,
    halted: 'Halted',
    attacked: 'Attacked',
    share: (route) => (route ? `${route} share` : 'share'),
    or: 'or',
    legend: {
      viaRussia: 'via Russia',
      avoidsRussia: 'avoids Russia',
      tanker: 'tanker',
      schematic: 'schematic',
    },
  },
  ru: {
    routes: {
      cpc: { name: 'КТК', short: 'КТК' },
      'atyrau-samara': { name: 'Атырау — Самара', short: 'Самара' },
      druzhba: { name: '«Дружба» в Германию', short: '«Дружба»' },
      'aktau-makhachkala': { name: 'В Махачкалу', short: 'Махачкала' },
      'aktau-baku': { name: 'В Баку', short: 'Баку' },
      btc: { name: 'БТД до Джейхана', short: 'БТД' },
      'atasu-alashankou': { name: 'Атасу — Алашанькоу', short: 'Китай' },
    },
    qualifiers: /^(около|более|почти|до) /,
    halted: 'Остановлен',
    attacked: 'Атаки',
    share: (route) => (route ? `Доля ${route}` : 'доля'),
    or: 'или',
    legend: {
      viaRussia: 'через Россию',
      avoidsRussia: 'в обход России',
      tanker: 'танкер',
      schematic: 'схема',
    },
  },
};
