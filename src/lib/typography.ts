/** Curly apostrophes and single quotes, for text that does not pass through SmartyPants (attributes, data). */
export function curlyQuotes(text: string): string {
  return text
    .replace(/(\w)'(\w)/g, '$1’$2')
    .replace(/'(\w)/g, '‘$1')
    .replace(/(\w)'/g, '$1’');
}
