/**
 * Real quotation marks and dashes for text that does not pass through the
 * Markdown processor (titles, deks, captions from frontmatter). Pure.
 */
export function smartQuotes(text: string): string {
  return text
    .replace(/(\p{L})'(\p{L})/gu, '$1’$2') // apostrophe inside a word: Iraq's
    .replace(/(^|[\s([{—–-])"/gu, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{—–-])'/gu, '$1‘')
    .replace(/'/g, '’')
    .replace(/\s--\s/g, ' – ')
    .replace(/---/g, '—');
}
