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

// Windows-1252's characters for the bytes 0x80–0x9F, which Latin-1 gives to the C1 controls.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const byteOf = (char: string) => {
  const at = CP1252_HIGH.indexOf(char);
  return at >= 0 ? 0x80 + at : char.charCodeAt(0);
};
// A UTF-8 lead byte read as one character (Â…ô), then one to three continuation bytes read as characters.
const DOUBLE_ENCODED = new RegExp(`[\\u00c2-\\u00f4][\\u0080-\\u00bf${CP1252_HIGH.replace(/[\u0080-\u009f]/g, '')}]{1,3}`, 'g');
// What only text encoded twice holds: a C1 control, or "â€" (the first two bytes of ’ “ ” – — …).
const SURELY_DOUBLE_ENCODED = /[\u0080-\u009f]|â€/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const EMOJI_END = /\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0F]?$/u;
const EMOJI_START = /^\p{Extended_Pictographic}/u;

/**
 * Text that was UTF-8, read as Windows-1252 or Latin-1 and saved again: "Iâ€™d", "Investorâ\u0080\u0099s", "EspaÃ±ol".
 * Repaired only in a text that shows it surely (a C1 control or "â€"), since "Ã¤" may be quoted on purpose; each run
 * is repaired only when its bytes are one whole UTF-8 character.
 */
export function repairDoubleEncoding(text: string): Repaired {
  if (!SURELY_DOUBLE_ENCODED.test(text)) return { text, count: 0 };
  let count = 0;
  const repaired = text
    .replace(DOUBLE_ENCODED, (run) => {
      try {
        const char = strictUtf8.decode(Uint8Array.from([...run], byteOf));
        if ([...char].length !== 1) return run;
        count++;
        return char;
      } catch {
        return run;
      }
    })
    // "the inevitableâ€ and": a closing ” (E2 80 9D) whose last byte Windows-1252 has no character for, so the
    // saving tool dropped it. Of the characters that begin E2 80, only ” is common and loses its byte so.
    // Between two emoji ("👨â€👩" once their own bytes are mended) the lost byte was the joiner's, U+200D.
    .replace(/â€/g, (_, at: number, whole: string) => {
      count++;
      return EMOJI_END.test(whole.slice(Math.max(0, at - 3), at)) && EMOJI_START.test(whole.slice(at + 2)) ? '\u200d' : '”';
    });
  return { text: repaired, count };
}
