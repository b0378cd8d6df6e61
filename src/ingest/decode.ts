/**
 * Bytes → text. UTF-8 (with or without BOM) is taken as it is; anything else is
 * detected with chardet and decoded with iconv-lite, with a warning, so a
 * Windows-1252 export from an old CMS reads as it was written.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; error: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** A file with NUL bytes, or mostly control bytes, is not an article. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decode(bytes: Uint8Array): Decoded {
  if (looksBinary(bytes)) {
    return { ok: false, error: 'looks like a binary file, not text: is it a PDF, an image or a word-processor file? Save it as .txt or .html.' };
  }
  const hasBom = UTF8_BOM.every((byte, i) => bytes[i] === byte);
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (isValidUtf8(body)) {
    return { ok: true, text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', warnings: [] };
  }
  const guess = chardet.analyse(body).find((match) => iconv.encodingExists(match.name) && !/^UTF-(8|16|32)/i.test(match.name));
  // chardet calls Windows-1252 "ISO-8859-1" when no C1 punctuation is present; 1252 is a superset, so prefer it.
  const encoding = !guess || /^ISO-8859-1$/i.test(guess.name) ? 'windows-1252' : guess.name.toLowerCase();
  const text = iconv.decode(Buffer.from(body), encoding);
  if (text.includes('\uFFFD')) {
    return { ok: false, error: `could not be decoded: not UTF-8, and not cleanly ${encoding} either. Re-save it as UTF-8.` };
  }
  return {
    ok: true,
    text,
    encoding,
    warnings: [`not UTF-8: decoded as ${encoding}${guess ? ` (detected with ${guess.confidence}% confidence)` : ''}; check accented letters and quotation marks`],
  };
}
