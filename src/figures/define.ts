/**
 * The contract every scrollytelling figure meets. A figure is one folder under src/figures/:
 * its definition (figure.ts, made with defineFigure), its data and layout modules, and its
 * component (Figure.astro). src/figures/index.ts lists the definitions; Scrolly.astro runs
 * `prepare` once, draws the notes (table, sources) and hands the same data to the component.
 */
import type { Ledger } from '../lib/ledger.ts';
import type { DataTable } from './shared/table.ts';

/** What every figure's prepared data carries for its notes: the data table (and CSV) and the source ids. */
export interface FigureNotesData {
  table: DataTable;
  sources: string[];
}

/**
 * The edition a figure is drawn for: its locale, and the names its maps and tables print
 * (content/i18n/<code>/names.yaml, by data id; the English name when there is none).
 */
export interface FigureEdition {
  locale: string;
  name: (id: string, english: string) => string;
}
export const ENGLISH_EDITION: FigureEdition = { locale: 'en', name: (_id, english) => english };

/** A figure's states, overview first: a literal tuple, so a misspelt state is a type error. */
export type States = readonly [string, ...string[]];

/** SVG attribute values for one state. */
export type Attrs = Record<string, string | number>;
/** Attribute values per state; "*" is the overview's, which is also what the server renders. Other states appear only where they differ. */
export type Frames = Record<string, Attrs>;

export interface FigureDefinition<Id extends string, S extends States, D extends FigureNotesData> {
  id: Id;
  /** The chapter (its file name in content/chapters) whose <Scrolly> shows the figure. */
  chapter: string;
  /** Every state a <Step show="…"> may name; the first is the overview (no JavaScript, print). */
  states: S;
  /**
   * Reads what the figure draws from the ledger (and content/data); run once per page by Scrolly,
   * with the page's edition: the ledger's labels are already the edition's, and `edition.name`
   * gives the edition's name for a place, country or organisation.
   */
  prepare: (ledger: Ledger, edition?: FigureEdition) => D;
}

export interface Figure<
  Id extends string = string,
  S extends States = States,
  D extends FigureNotesData = FigureNotesData,
> extends FigureDefinition<Id, S, D> {
  /** The first state: what the figure shows without JavaScript and in print. */
  overview: S[0];
  /** The value of a data-on attribute: the element is highlighted in these states and fades back in the others. */
  on: (...states: Array<S[number]>) => string;
  /** Attribute values per state, from a function of the state (see framesOf). */
  framesOf: (of: (state: S[number]) => Attrs) => Frames;
  /** The value of a data-frames attribute, from a function of the state. */
  frames: (of: (state: S[number]) => Attrs) => string;
}

export type StateOf<F> = F extends { states: infer S extends States } ? S[number] : never;
export type DataOf<F> = F extends { prepare: (ledger: Ledger) => infer D } ? D : never;

/** The props Scrolly passes to every figure component. */
export interface FigureProps<F> {
  /** The takeaway title, for the SVG's <title>. */
  title: string;
  /** What the figure's prepare returned. */
  data: DataOf<F>;
}

/**
 * The one frames encoder. "*" holds the overview's values; any other state is listed only where
 * its values differ, and the island falls back to "*" for the rest.
 */
export function framesOf<S extends States>(states: S, of: (state: S[number]) => Attrs): Frames {
  const [overview, ...rest] = states;
  const base = of(overview);
  const frames: Frames = { '*': base };
  for (const state of rest) {
    const value = of(state);
    const keys = new Set([...Object.keys(base), ...Object.keys(value)]);
    if ([...keys].some((key) => value[key] !== base[key])) frames[state] = value;
  }
  return frames;
}

/** Serialises frames for a data-frames attribute. */
export const encodeFrames = (frames: Frames): string => JSON.stringify(frames);

/** Checks the definition and gives it its typed helpers (overview, data-on, data-frames). */
export function defineFigure<
  const Id extends string,
  const S extends States,
  D extends FigureNotesData,
>(definition: FigureDefinition<Id, S, D>): Figure<Id, S, D> {
  const { states } = definition;
  if (new Set(states).size !== states.length)
    throw new Error(`Figure "${definition.id}" lists a state twice: ${states.join(', ')}.`);
  return {
    ...definition,
    overview: states[0],
    on: (...on) => on.join(' '),
    framesOf: (of) => framesOf(states, of),
    frames: (of) => encodeFrames(framesOf(states, of)),
  };
}
