/**
 * The interface words of the English edition. Every other edition's dictionary
 * is typed against this one (see ui/index.ts), so a key missing in a
 * translation fails `astro check`, and tests/unit/i18n-ui.test.ts guards the
 * same at run time.
 */
const COUNTS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
/** Small counts in words, as the prose style asks. */
export const countInWords = (n: number): string => COUNTS[n] ?? String(n);

export const en = {
  site: {
    title: 'Kazakhstan’s balancing act',
    tagline: 'How a country between Russia and China keeps every door open',
    description:
      'A long-form explainer on how Kazakhstan balances Russia, China and the West, retold and fact-checked from Stefan Antić’s spring 2024 article, with what happened next.',
    author: 'Kazakhstan’s Balancing Act editors',
    ogLocale: 'en_GB',
    ogImageAlt: (title: string, site: string) => `${title}: ${site}, an explainer`,
    feedTitle: (site: string) => `${site}: updates and corrections`,
  },
  header: {
    skip: 'Skip to content',
    searchLandmark: 'Site search',
    searchLabel: 'Search the explainer',
    searchPlaceholder: 'Search',
    searchButton: 'Search',
    themeLabel: 'Colour theme',
    themeAuto: 'Theme: auto',
    themeLight: 'Theme: light',
    themeDark: 'Theme: dark',
    themeAutoShort: 'Auto',
    themeLightShort: 'Light',
    themeDarkShort: 'Dark',
    siteNav: 'Site',
    contents: 'Contents',
    languages: 'Language',
    sectionLink: (text: string) => `Link to the section “${text}”`,
    /** The switcher's link text, in the other edition's own language. */
    readIn: 'Read in English',
  },
  pages: {
    home: 'All chapters',
    teachers: 'Teacher guide',
    glossary: 'Glossary',
    print: 'Print edition',
    sources: 'Sources',
    facts: 'Facts ledger',
    updates: 'Updates and corrections',
    about: 'About this explainer',
    search: 'Search',
  },
  footer: {
    feed: 'Feed (RSS)',
    suggestCorrection: 'Suggest a correction',
    editPage: 'Edit this page',
    licenceLead: 'Text, figures and data:',
    licenceRest: ', except quotations, which remain their authors’. Code: MIT.',
    howToCredit: 'How to credit this site',
  },
  credit: {
    byline: (author: string) => `Retold from an article by ${author}`,
    bylineLink: 'Credit',
    lead: 'Retold and fact-checked from',
    by: 'by',
    spring: 'spring',
    rest: 'The argument is Antić’s; the words, checks and updates are ours',
    howMade: 'how we made this',
  },
  chapter: {
    kicker: (order: number, total: number) => `Chapter ${order} of ${total}`,
    minutes: (n: number) => `${n} min read`,
    coversUpTo: 'Covers events up to',
    lastReviewed: 'Last reviewed',
    toc: 'In this chapter',
    tocCount: (n: number) => `(${n} sections)`,
    selfCheck: 'Check your understanding',
    selfCheckIntro:
      'Try to answer each question in a sentence or two, then open the answer to compare.',
    showAnswer: 'Show the answer',
    citeThis: 'Cite this',
    pagerLabel: 'Chapters',
    previous: (n: number) => `Previous · Chapter ${n}`,
    next: (n: number) => `Next · Chapter ${n}`,
    backTo: 'Back to',
    nextPlain: 'Next',
    allChapters: 'All chapters',
    allSources: 'All sources',
    /** The notice on a translation whose English original was reviewed since. */
    behind: (date: string) =>
      `The English version has been updated since this translation (${date}).`,
    behindLink: 'Read the English page',
  },
  callout: {
    next: 'What happened next',
    asOf: 'as of',
    differ: 'Sources differ',
    view: 'Whose view?',
    views: {
      antic: 'Antić’s argument',
      astana: 'Astana’s official line',
      moscow: 'Moscow’s view',
      beijing: 'Beijing’s view',
      west: 'Brussels’ and Washington’s view',
      analysts: 'Outside analysts’ view',
    },
  },
  fact: {
    derived: 'derived',
    derivedFrom: 'derived from ',
    source: 'source: ',
    asOf: 'As of',
    computedAs: 'Computed as',
    inputsFrom: 'Inputs from',
    sourceOne: 'Source',
    sourceMany: 'Sources',
    note: 'Note',
    /** "{formula}, from: {inputs}", the inputs joined by `and`. */
    from: 'from:',
    and: '; and ',
    seeInLedger: 'See it in the facts ledger',
    noDate: 'n.d.',
  },
  notes: {
    heading: 'Notes',
    note: (n: number) => `Note ${n}`,
    openSource: 'Open the source',
    allNotes: 'All notes',
    back: (n: number) => `Back to note ${n} in the text`,
    source: 'source:',
    noDate: 'no date',
  },
  cite: {
    thisChapter: 'This chapter',
    thisSite: 'This explainer',
    original: 'The original article',
    copy: 'Copy',
    copied: 'Citation copied.',
    copyFailed: 'Could not copy; the citation is selected, so press Ctrl+C or ⌘C.',
    in: 'in',
  },
  figure: {
    dataTable: 'Data table',
    tableLabel: (caption: string) => `${caption}, data table`,
    allInLedger: 'All figures in the facts ledger',
    downloadCsv: 'Download the data (CSV)',
    source: 'Source',
    sources: 'Sources',
    note: 'Note',
    figure: 'Figure',
    step: (n: number, total: number) => `Step ${n} of ${total}`,
    /** Data-table and CSV column names, by the English name the figure code uses; English keeps its own. */
    columns: {} as Record<string, string>,
    /** Short data-table and CSV cells (statuses, units, yes and no), by the English word; English keeps its own. */
    cells: {} as Record<string, string>,
  },
  /** The figures' step controls; {n} and {total} are filled in by the island (src/islands/scrolly.ts). */
  steps: {
    controls: 'Step controls',
    previous: 'Previous step',
    next: 'Next step',
    stepOf: 'Step {n} of {total}',
    overview: '{total} steps',
    copy: 'Copy link to this step',
    copied: 'Link copied',
    copyFailed: 'Could not copy; the link is now in the address bar',
    showAll: 'Show all steps',
    stillOf: 'Step {n} of {total}',
  },
  homeMap: {
    title: 'Map of Eurasia with Kazakhstan at its centre',
    desc: 'Kazakhstan lies in the middle of the Eurasian landmass, with Russia along its long northern border, China to the east, and Europe far to the west.',
    caption:
      'Kazakhstan (blue) between Russia (violet) and China (red). Map: Natural Earth via world-atlas; conic equal-area projection.',
    kazakhstan: 'KAZAKHSTAN',
    russia: 'Russia',
    china: 'China',
    europe: 'Europe',
  },
  home: {
    kicker: (n: number) => `An explainer in ${n} chapters`,
    dek: 'Kazakhstan sits on the land routes between China and Europe, next to two great powers, and courted by a third. This is how it tries to stay friends with all of them, and what has happened since spring 2024.',
    chapters: 'Chapters',
    inAll: (n: number) => `· about ${n} minutes in all`,
    teachTitle: 'Teaching with this explainer',
    /** Markup: {teachers}, {glossary} and {print} are the pages' addresses. */
    teach:
      'A <a href="{teachers}">teacher guide</a> gives objectives, discussion questions, an activity for each chapter and plans for a 45- or 90-minute lesson. Every chapter ends with a short self-check. The <a href="{glossary}">glossary</a> explains the terms, and the <a href="{print}">print edition</a> puts the whole explainer on paper.',
  },
  aboutPage: {
    description:
      'Who wrote the original article, what this site changed, and how every fact is checked.',
  },
  glossaryPage: {
    description:
      'Short definitions of the terms used in the explainer, from Belt and Road to break of gauge.',
    dek: (n: number) => `${n} terms used in the chapters, each explained in a sentence or two.`,
    intro:
      'In the chapters, a term with a dotted underline opens its definition in place. Each entry here has its own address, so you can link to it directly.',
    letters: 'Glossary letters',
    linkTo: (term: string) => `Link to “${term}”`,
    also: (names: string) => `Also called ${names}.`,
    seeAlso: 'See also:',
    in: 'In:',
  },
  factsPage: {
    description: 'Every number and dated claim in the explainer, with its date, source and notes.',
    dek: (n: number) =>
      `Every number and dated claim the explainer states: ${n} entries, each with its date and sources.`,
    intro:
      'Numbers in the chapters link here. Entries marked <strong>derived</strong> are not reported anywhere: we computed them from reported figures, and say how. Where sources disagree, each figure has its own entry, so you can compare them.',
    byChapter: 'Facts by chapter',
    group: (order: number, title: string) => `Chapter ${order}: ${title}`,
    elsewhere: 'In figures and notes, or kept for reference',
    asOf: 'As of',
    computedAs: 'Computed as',
    from: 'from',
    and: 'and',
    inputsFrom: 'Inputs from',
    source: 'Source',
    note: 'Note',
    inText: 'In the text',
    formula: {
      priorFromGrowth: '{a} divided by (1 + {b})',
      growth: 'the change from {b} to {a}',
      difference: '{a} minus {b}',
    },
  },
  sourcesPage: {
    description: 'Every source this explainer relies on, grouped and linked.',
    dek: (n: number) =>
      `Every source behind the chapters, ${n} in all, with the chapters that rely on each.`,
    /** Markup: {facts} is the facts ledger's address. */
    intro:
      'Each number in the text links to its entry in the <a href="{facts}">facts ledger</a>, which shows its date and sources. Titles in [square brackets] describe a page whose headline we did not record. Reposts are copies of another outlet’s report on a third-party site; we name the original outlet and link the copy we checked.',
    groupsLabel: 'Source groups',
    groups: {
      original: 'The original article',
      official: 'Governments and international organisations',
      news: 'News reports',
      repost: 'Reposts and mirrors of other outlets’ reports',
      reference: 'Reference works',
    },
    noDate: 'n.d.',
    usedIn: 'Used in:',
    everyChapter: ' every chapter',
  },
  updatesPage: {
    description:
      'Every dated update since the article, newest first, and every correction we have made.',
    dek: 'What happened after the article, as the chapters report it, and what we have put right.',
    /** Markup: {feed} is the feed's address. */
    intro:
      'The article describes spring 2024. Each chapter follows its story forward in dated “What happened next” boxes; this page lists them all, newest first, with a link to each box. Below them is the log of our corrections. To follow both, subscribe to the <a href="{feed}">feed (RSS)</a> in any feed reader.',
    onThisPage: 'On this page',
    corrections: 'Corrections',
    boxDates:
      'A box’s date is that of the newest news in it; where the sources give only a month or a year, so do we.',
    readUpdate: (title: string) => `Read the update in “${title}”`,
    correctionsIntro:
      'When we find a mistake, we fix it in place and record it here: when, where, what was wrong and what the page says now. Numbers are corrected once, in the facts ledger, and change everywhere they are used.',
    none: 'No corrections yet.',
    wrong: 'What was wrong',
    now: 'What it says now',
  },
  /** The social cards (/og/<page>.png): the prose style wants small counts in words and no other digits. */
  card: {
    home: (chapters: number) => `An explainer in ${countInWords(chapters)} chapters`,
    chapter: (order: number, total: number) => `Chapter ${order} of ${total}`,
    credit: (author: string | undefined, year: string | undefined) =>
      `Retold from ${author ?? 'the original author'}’s ${year ? `spring ${year} ` : ''}article`,
    pages: {
      sources: {
        kicker: 'Reference',
        title: 'Sources',
        dek: 'Every report, statement and study the explainer relies on, grouped and linked.',
      },
      facts: {
        kicker: 'Reference',
        title: 'Facts ledger',
        dek: 'Every number and dated claim in the explainer, with its date, its sources and notes.',
      },
      about: {
        kicker: 'About',
        title: 'About this explainer',
        dek: 'Who wrote the original article, what this site changed, and how every fact is checked.',
      },
      glossary: {
        kicker: 'Reference',
        title: 'Glossary',
        dek: 'Plain explanations of the places, groups and terms the chapters use.',
      },
      teachers: {
        kicker: 'For the classroom',
        title: 'Teacher guide',
        dek: 'Lesson plans, questions, activities and a student handout for teaching the explainer.',
      },
      print: {
        kicker: 'Read offline',
        title: 'Print edition',
        dek: 'The whole explainer on one page, laid out for paper or a PDF.',
      },
      updates: {
        kicker: 'Follow the story',
        title: 'Updates and corrections',
        dek: 'Every dated update since the article, newest first, and every correction we have made.',
      },
      search: {
        kicker: 'Find',
        title: 'Search',
        dek: 'Look up any chapter, fact, source or term in the explainer.',
      },
    },
  },
  /** The feed of updates and corrections (/updates.xml). */
  feed: {
    description:
      'Each dated “What happened next” in the chapters, and each correction, newest first.',
    update: (chapter: string, date: string) => `What happened next: ${chapter} (as of ${date})`,
    /** `pages` are the titles of the pages it changed, joined with semicolons. */
    correction: (pages: string) => `Correction to ${pages}`,
    correctionText: (wrong: string, now: string) =>
      `What was wrong: ${wrong} What it says now: ${now}`,
    updateCategory: 'What happened next',
    correctionCategory: 'Correction',
  },
  printPage: {
    description:
      'The whole explainer on one page, laid out for printing: every chapter, figure and source.',
    meta: (chapters: number, minutes: number) =>
      `${chapters} chapters · about ${minutes} minutes of reading`,
    lastReviewed: 'last reviewed',
    onlineAt: 'online at',
    citeAs: 'Cite as:',
    printButton: 'Print or save as PDF',
    contents: 'Contents',
    chapter: (n: number) => `Chapter ${n}`,
    notesTo: (n: number) => `Notes to chapter ${n}`,
    sourcesIntro:
      'Every source behind the chapters, with its address. The facts ledger shows which source backs each number:',
  },
  teachersPage: {
    title: 'Teacher guide',
    description:
      'Objectives, vocabulary, discussion questions, activities and lesson plans for teaching Kazakhstan’s balancing act.',
    kicker: 'For teachers',
    glanceChapters: (n: number) => `${n} chapters`,
    glanceMinutes: (n: number) => `, about ${n} minutes of reading in all.`,
    glanceLevel: 'Reading level:',
    level: (low: number, high: number) =>
      `Flesch–Kincaid grade ${low} to ${high}, computed from each chapter’s text.`,
    glanceEvery: 'Every chapter',
    glanceEveryRest: ' ends with a self-check, and every figure has a data table and a CSV file.',
    handout: 'Student handout (printable)',
    answers: 'Answer key and marking rubric',
    printEdition: 'Print edition of the whole explainer',
    printGuide: 'Print this guide',
    inThisGuide: 'In this guide',
    aboutSource: 'About the source, and reading it critically',
    lessonPlans: 'Lesson plans',
    byChapter: 'Chapter by chapter',
    assessment: 'Assessment ideas',
    questionsToAsk: 'Questions to ask of it:',
    planTitle: (minutes: number, title: string) => `${minutes} minutes: ${title}`,
    before: 'Before the lesson:',
    planSteps: (minutes: number) => `Steps of the ${minutes}-minute lesson`,
    minutes: 'Minutes',
    whatHappens: 'What happens',
    chaptersLabel: 'Chapters:',
    readChapter: 'Read the chapter',
    words: (n: number) => `${n.toLocaleString('en-GB')} words`,
    levelOne: (value: number) => `Flesch–Kincaid grade ${value}`,
    figureData: 'Figure data:',
    objectives: 'Learning objectives',
    vocabulary: 'Key vocabulary',
    discussion: 'Discussion questions',
    activity: (title: string) => `Activity: ${title}`,
    activityMinutes: (n: number) => `(${n} minutes)`,
    answersNote:
      'The answers to each chapter’s self-check sit under its questions at the end of the chapter, behind “Show the answer”.',
  },
  handoutPage: {
    title: 'Student handout',
    heading: (site: string) => `${site}: student handout`,
    description:
      'A printable student handout: each chapter’s address, key terms, discussion questions and self-check.',
    dek: 'Read each chapter online, then use this sheet to note the key terms and answer the questions. Name: ____________________',
    print: 'Print the handout',
    keyTerms: 'Key terms',
    definedOn: (n: number) => `Defined on the sheet for chapter ${n}.`,
    discuss: 'Discuss',
  },
  answersPage: {
    title: 'Answer key',
    description:
      'Answers to every chapter’s self-check, with a short marking rubric, for teachers.',
    dek: 'The answers to each chapter’s self-check, for marking. Students see the same answers on the chapter pages behind “Show the answer”, but not on the handout or in print.',
    print: 'Print the answer key',
    rubric: 'Marking rubric',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Here are the chapters.',
    heading: 'We could not find that page',
    dek: 'The link may be mistyped, or the page may have moved. Chapter addresses use the chapter’s name, such as',
    start: 'Start reading',
    or: 'Or go to the',
    homePage: 'home page',
    sources: 'sources',
    about: 'about page',
    and: 'or the',
  },
  search: {
    title: 'Search',
    description: 'Search every chapter, figure table and glossary entry.',
    label: 'Search the chapters, figure tables and glossary',
    noScript:
      'Search runs in your browser and needs JavaScript. Everything is also reachable from these pages:',
    /** Strings the search island prints, handed to it as JSON in the page. */
    island: {
      searching: 'Searching…',
      none: 'No results for “{q}”.',
      one: '1 page matches “{q}”.',
      many: '{n} pages match “{q}”.',
      capped: '{n} pages match “{q}”; showing the first {max}.',
      failed: 'Search could not load. Try reloading the page.',
    },
  },
  term: {
    more: 'See it in the glossary',
  },
  teachers: {
    readingTime: 'Reading time',
    readability: 'Flesch–Kincaid grade',
    readabilityNote: 'Flesch–Kincaid grade computed from the chapter text',
  },
} as const;
