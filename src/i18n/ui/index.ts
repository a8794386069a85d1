/**
 * One interface dictionary per edition. `Ui` is the English dictionary's
 * shape with its strings widened, so each translation must give every key,
 * and the same function signatures, or `astro check` fails.
 */
import { TRANSLATIONS, type Locale } from '../locales.ts';
import { en } from './en.ts';

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };
export type Ui = Widen<typeof en>;

/** Each translated edition's dictionary is src/i18n/ui/<code>.ts, exporting `<code>` typed as Ui. */
async function dictionary(code: Locale): Promise<Ui> {
  let module: Record<string, Ui | undefined>;
  try {
    module = (await import(`./${code}.ts`)) as Record<string, Ui | undefined>;
  } catch (error) {
    throw new Error(
      `content/i18n/${code}/locale.yaml declares an edition "${code}", but its interface dictionary src/i18n/ui/${code}.ts cannot be loaded (${String(error)}).\n  Fix: Copy src/i18n/ui/en.ts to src/i18n/ui/${code}.ts, export it as \`export const ${code}: Ui = { … }\`, and translate it.`,
    );
  }
  const words = module[code];
  if (!words)
    throw new Error(
      `src/i18n/ui/${code}.ts — export: has no \`${code}\`\n  Fix: Export the dictionary as \`export const ${code}: Ui = { … }\`.`,
    );
  return words;
}

export const DICTIONARIES: Readonly<Record<Locale, Ui>> = Object.fromEntries([
  ['en', en],
  ...(await Promise.all(TRANSLATIONS.map(async (code) => [code, await dictionary(code)]))),
]);

export function ui(locale: Locale): Ui {
  const words = DICTIONARIES[locale];
  if (!words) throw new Error(`"${locale}" is not an edition; it has no interface dictionary.`);
  return words;
}

/** Fills {name} slots in a dictionary string: fill('A <a href="{teachers}">guide</a>', { teachers: '/teachers/' }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
