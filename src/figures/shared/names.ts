/** The places a map draws, named for the edition (content/i18n/<code>/names.yaml). */
import { loadPlaces, type Place } from '../../lib/places.ts';
import { ENGLISH_EDITION, type FigureEdition } from '../define.ts';

export function editionPlaces(edition: FigureEdition = ENGLISH_EDITION, dir?: string): Place[] {
  const places = loadPlaces(dir);
  return edition.locale === 'en'
    ? places
    : places.map((p) => ({ ...p, name: edition.name(p.id, p.name) }));
}
