/**
 * One interface dictionary per edition. `Ui` is the English dictionary's
 * shape with its strings widened, so each translation must give every key,
 * and the same function signatures, or `astro check` fails.
 */
import type { Locale } from '../locales.ts';
import { en } from './en.ts';
import { ru } from './ru.ts';

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };
export type Ui = Widen<typeof en>;

export const DICTIONARIES: Record<Locale, Ui> = { en, ru };

export function ui(locale: Locale): Ui {
  return DICTIONARIES[locale];
}

/** Fills {name} slots in a dictionary string: fill('A <a href="{teachers}">guide</a>', { teachers: '/teachers/' }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
