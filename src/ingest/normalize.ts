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

// C0/C1 controls except tab and newline; zero-width and bidi marks; the BOM.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function removeInvisibleCharacters(text: string): Repaired {
  const count = (text.match(INVISIBLE) ?? []).length;
  // A no-break space is visible as a space; make it an ordinary one.
  const cleaned = text.replace(INVISIBLE, '').replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/\t/g, ' ');
  return { text: cleaned, count };
}
