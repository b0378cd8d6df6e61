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

/**
 * Pieces of one text that the page sets apart (a name marked in its sentence), each given real quotation marks as
 * the whole text would be: the apostrophe after a marked name is one ("Cal Fire</mark>’s"), not an opening quote.
 */
export function smartQuotesInPieces(pieces: readonly string[]): string[] {
  let before = '';
  return pieces.map((piece) => {
    const quoted = before ? smartQuotes(before + piece).slice(1) : smartQuotes(piece);
    before = piece.slice(-1) || before;
    return quoted;
  });
}
