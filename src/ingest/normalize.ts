/**
 * Text-level repairs that hold for any source: line ends, Unicode form, and
 * invisible characters. Each returns the text and how many repairs it made.
 */
export interface Repaired {
  text: string;
  count: number;
}

export function normalizeLineEnds(text: string): Repaired {
  const count = (text.match(/\r\n?/g) ?? []).length;
  return { text: text.replace(/\r\n?/g, '\n'), count };
}

export function normalizeUnicode(text: string): Repaired {
  const nfc = text.normalize('NFC');
  return { text: nfc, count: nfc === text ? 0 : 1 };
}

/*
 * What is removed is invisible and means nothing in prose: the zero-width
 * space, the BOM, invisible operators, and bidi embeddings, overrides and
 * isolates (which can reorder what a reader sees). Kept, because they change
 * how letters join or read: the zero-width joiner and non-joiner (emoji
 * sequences, Persian and Indic spelling) and the left-to-right and
 * right-to-left marks.
 */
const INVISIBLE = /[\u200b\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// C0/C1 control bytes (but tab and newline) are damage where a character once
// stood; a space keeps the words on either side apart.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function removeInvisibleCharacters(text: string): Repaired {
  const count = (text.match(INVISIBLE) ?? []).length + (text.match(CONTROL) ?? []).length;
  // A no-break space is visible as a space; make it an ordinary one.
  const cleaned = text
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\t/g, ' ');
  return { text: cleaned, count };
}
