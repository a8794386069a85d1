/**
 * Every string the figure downloads, embeds and storyboard draw or print, in one place,
 * so a second edition (Russian) can supply its own set.
 */
export interface DownloadStrings {
  /** Before the source list in a download. */
  source: string;
  /** The credit line drawn into every download; `url` is the figure's chapter address. */
  credit: (site: string, url: string) => string;
  /** The licence line: how to credit. */
  licence: (site: string) => string;
  /** The overview state's name, as shown beside the step text. */
  overview: string;
  /**
   * A state's name in the list of downloads, so a teacher knows which file is which: the overview,
   * or the first step that shows the state, with its one-line description. `i` counts the states
   * (the overview is 0), for a state no step shows.
   */
  viewName: (i: number, step?: StepView) => string;
  /** The list of downloads in the figure notes. */
  downloadHeading: string;
  /** The embed page and its snippet. */
  embedHeading: string;
  embedHelp: string;
  embedFrameTitle: (title: string) => string;
  embedOpen: string;
  /** The embed's credit line: "From “<chapter>”, <site>." */
  embedFrom: (chapter: string) => string;
}

/** The first step that shows a state: its number (from one, as the control bar counts) and description. */
export interface StepView {
  number: number;
  description: string;
}

export const DOWNLOAD_STRINGS_EN: DownloadStrings = {
  source: 'Source:',
  credit: (site, url) => `${site} · ${url}`,
  licence: (site) => `Licence: CC BY 4.0. Credit “${site}” and link to the page.`,
  overview: 'Overview',
  viewName: (i, step) =>
    i === 0 ? 'Overview' : step ? `Step ${step.number}: ${step.description}` : `View ${i}`,
  downloadHeading: 'Download the figure',
  embedHeading: 'Embed this figure',
  embedHelp: 'Paste this into your page to show the figure with its steps and credit:',
  embedFrameTitle: (title) => `Figure: ${title}`,
  embedOpen: 'Read the chapter',
  embedFrom: (chapter) => `From “${chapter}”`,
};

export const DOWNLOAD_STRINGS_RU: DownloadStrings = {
  source: 'Источник:',
  credit: (site, url) => `${site} · ${url}`,
  licence: (site) => `Лицензия: CC BY 4.0. Укажите «${site}» и дайте ссылку на страницу.`,
  overview: 'Обзор',
  viewName: (i, step) =>
    i === 0 ? 'Обзор' : step ? `Шаг ${step.number}: ${step.description}` : `Вид ${i}`,
  downloadHeading: 'Скачать рисунок',
  embedHeading: 'Встроить рисунок',
  embedHelp:
    'Вставьте этот код на свою страницу, чтобы показать рисунок с шагами и ссылкой на источник:',
  embedFrameTitle: (title) => `Рисунок: ${title}`,
  embedOpen: 'Читать главу',
  embedFrom: (chapter) => `Из главы «${chapter}»`,
};

/** The download and embed strings of an edition; English for any edition without its own. */
export const downloadStrings = (locale: string): DownloadStrings =>
  locale === 'ru' ? DOWNLOAD_STRINGS_RU : DOWNLOAD_STRINGS_EN;

/** Downloads are 1600 px wide, for a slide. */
export const DOWNLOAD_WIDTH = 1600;

/** The storyboard (/storyboard/), for authors and reviewers: English only, like AUTHORING.md. */
export const STORYBOARD_STRINGS = {
  pageTitle: 'Storyboard: every figure in every state',
  intro:
    'For authors and reviewers: each figure as its chapter draws it, in every state, the phone artwork beside the desktop one, with the text of the step that shows the state. Edit a step or a number, build, and look here.',
  built:
    'The drawings are the stills the build writes (/stills/); in npm run dev they are drawn from the chapter page as it is now.',
  contents: 'Figures',
  chapter: 'In the chapter',
  folder: 'Code and layout:',
  stateCount: (n: number) => `${n} states`,
  overviewNote: 'What the figure shows without JavaScript, in print and before the first step.',
  noStep: 'No step shows this state.',
  step: (n: number, of: number) => `Step ${n} of ${of}`,
  announced: 'Screen readers hear:',
  phone: 'Phone',
  desktop: 'Desktop',
  oneArtwork: 'Phone and desktop (one drawing)',
  alt: (description: string, artwork: string) => `${artwork}: ${description}`,
};
