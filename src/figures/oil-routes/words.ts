/** The oil-routes figure's own words per edition: route names, badges, the share line and the legend. */
import type { EditionWords } from '../shared/words.ts';
import type { OilLeg } from './data.ts';

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
  table: {
    caption: string;
    germany: string;
    share: (route: string, shares: string) => string;
    volumes: (route: string, volumes: string[]) => string;
    incident: (route: string, at: string, halt: boolean, years: string) => string;
    straight: string;
    schematic: (route: string) => string;
    hollow: (places: string) => string;
  };
  /** One route in the SVG's description, and the description around them. */
  sentence: (leg: OilLeg) => string;
  desc: (
    sentences: string[],
    cpc?: { name: string; shares: string; halted: string; attacked: string },
  ) => string;
}

const lower = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;

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
    table: {
      caption: 'Kazakhstan’s oil export routes and the oil each carried',
      germany: 'Germany (off the map)',
      share: (route, shares) =>
        `Share of Kazakhstan’s oil exports through the ${route}: sources differ. ${shares}.`,
      volumes: (route, volumes) => `${route}: ${volumes.join(' and ')}. The map prints the first.`,
      incident: (route, at, halt, years) =>
        `${route} at ${at}: ${halt ? 'halted or suspended' : 'attacked'} in ${years}.`,
      straight:
        'Legs are drawn as straight lines between the places listed: they show where the oil goes, not the path of the pipe or the tanker.',
      schematic: (route) =>
        `${route} is drawn schematically, as an arrow toward Germany beyond the map’s edge: we have no coordinates for its track.`,
      hollow: (places) =>
        `Hollow markers are approximate positions (${places}), well-known rather than taken from a cited source.`,
    },
    sentence: (l) => {
      const to = l.onward ? 'on toward Germany' : `to ${l.points.at(-1)!.name}`;
      const via = l.points.slice(1, -1).map((p) => p.name);
      return `${l.name}: ${l.mode === 'tanker' ? 'by tanker' : 'by pipeline'} from ${l.points[0]!.name}${via.length ? ` via ${via.join(', ')}` : ''} ${to}, ${l.volumes.map((v) => `${v.display} (${lower(v.label)})`).join(' and ')}${l.russia ? '; crosses Russia or ends in a Russian port' : '; avoids Russia'}${l.schematic ? '; drawn schematically' : ''}`;
    },
    desc: (sentences, cpc) =>
      `Map of Kazakhstan’s oil export routes. ${sentences.join('. ')}.${cpc ? ` Sources differ on the ${cpc.name}’s share of exports: ${cpc.shares}. The ${cpc.name} was halted in ${cpc.halted} and attacked in ${cpc.attacked}.` : ''} Lines are straight between the places named, not the pipes’ tracks.`,
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
    table: {
      caption: 'Маршруты экспорта казахстанской нефти и объёмы по каждому',
      germany: 'Германия (за краем карты)',
      share: (route, shares) =>
        `Доля ${route} в экспорте казахстанской нефти: источники расходятся. ${shares}.`,
      volumes: (route, volumes) => `${route}: ${volumes.join(' и ')}. На карте — первая цифра.`,
      incident: (route, at, halt, years) =>
        `${route}, ${at}: ${halt ? 'остановка или приостановка' : 'атаки'} в ${years} гг.`,
      straight:
        'Участки нарисованы прямыми линиями между перечисленными пунктами: они показывают, куда идёт нефть, а не путь трубы или танкера.',
      schematic: (route) =>
        `${route} нарисован схематично, стрелкой к Германии за краем карты: координат его трассы у нас нет.`,
      hollow: (places) =>
        `Полые маркеры — приблизительные положения (${places}), общеизвестные, а не взятые из источника.`,
    },
    sentence: (l) => {
      const to = l.onward ? 'дальше в Германию' : `до пункта ${l.points.at(-1)!.name}`;
      const via = l.points.slice(1, -1).map((p) => p.name);
      return `${l.name}: ${l.mode === 'tanker' ? 'танкером' : 'по трубопроводу'} из пункта ${l.points[0]!.name}${via.length ? ` через ${via.join(', ')}` : ''} ${to}, ${l.volumes.map((v) => `${v.display} (${lower(v.label)})`).join(' и ')}${l.russia ? '; через Россию или до российского порта' : '; в обход России'}${l.schematic ? '; схематично' : ''}`;
    },
    desc: (sentences, cpc) =>
      `Карта маршрутов экспорта казахстанской нефти. ${sentences.join('. ')}.${cpc ? ` Источники расходятся в доле ${cpc.name} в экспорте: ${cpc.shares}. ${cpc.name} останавливался в ${cpc.halted} г. и подвергался атакам в ${cpc.attacked} гг.` : ''} Линии — прямые между названными пунктами, а не трассы труб.`,
  },
};
