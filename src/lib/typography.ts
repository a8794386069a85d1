/** Curly apostrophes and single quotes, for text that does not pass through SmartyPants (attributes, data). */
export function curlyQuotes(text: string): string {
  return text
    .replace(/(\w)'(\w)/g, '$1’$2')
    .replace(/'(\w)/g, '‘$1')
    .replace(/(\w)'/g, '$1’');
}

/**
 * One full stop where a sentence ends on an abbreviation: a Russian date ends in "г." and the
 * author's sentence adds its own stop after the <Fact>, so the page read "8–9 июня 2023 г..".
 * Works on a rendered page, across the closing tags of the number's button or link.
 */
export function singleStops(html: string): string {
  return html.replace(/(\sг\.)((?:<\/(?:a|abbr|button|span|time)>)*)\.(?!\.)/g, '$1$2');
}
