/**
 * Bytes → text. UTF-8 (with or without BOM) is taken as it is; UTF-16 (either
 * byte order, as Windows' Notepad saves "Unicode") is decoded; anything else is
 * detected with chardet and decoded with iconv-lite, with a warning, so a
 * Windows-1252 export from an old CMS reads as it was written.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded = { ok: true; text: string; encoding: string; warnings: string[] } | { ok: false; error: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * A file whose first 8 KB hold a NUL byte, or mostly control bytes, is not an
 * article. A stray control byte later on is text damage, repaired by normalize.
 */
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

/** UTF-16 by its byte-order mark, or (no mark) by the NUL byte beside every ASCII letter. */
export function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  if (sample.length < 16) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = sample.length / 2;
  if (oddZero > pairs * 0.6 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero === 0) return 'utf-16be';
  return undefined;
}

// What a file is by its first bytes, for the ones editors save by mistake: a PDF, a Word or Pages file, an image.
const FORMATS: ReadonlyArray<[prefix: string, what: string]> = [
  ['%PDF-', 'a PDF: copy its text into a .txt file, or save the web page it came from as .html'],
  ['PK\x03\x04', 'a zipped document (a .docx, .odt or .pages file): save it as plain text (.txt) or as a web page (.html)'],
  ['\xd0\xcf\x11\xe0', 'an old Word or Excel file (.doc, .xls): save it as plain text (.txt) or as a web page (.html)'],
  ['{\\rtf', 'a rich-text file (.rtf): save it as plain text (.txt) or as a web page (.html)'],
  ['\x89PNG', 'a PNG image, not an article'],
  ['\xff\xd8\xff', 'a JPEG image, not an article'],
  ['GIF8', 'a GIF image, not an article'],
];

/** "is a PDF: …" for a file whose first bytes say what it is; undefined for the rest. */
export function knownBinaryFormat(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  return FORMATS.find(([prefix]) => head.startsWith(prefix))?.[1];
}

export function decode(bytes: Uint8Array): Decoded {
  const format = knownBinaryFormat(bytes);
  if (format) return { ok: false, error: `is ${format}` };
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) {
    const text = iconv.decode(Buffer.from(bytes), utf16).replace(/^\uFEFF/, '');
    if (text.includes('\uFFFD'))
      return {
        ok: false,
        error: `could not be decoded: it looks like ${utf16.toUpperCase()}, but holds invalid sequences. Re-save it as UTF-8.`,
      };
    return { ok: true, text, encoding: utf16, warnings: [] };
  }
  if (looksBinary(bytes)) {
    return {
      ok: false,
      error: 'looks like a binary file, not text: is it a PDF, an image or a word-processor file? Save it as .txt or .html.',
    };
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
    warnings: [
      `not UTF-8: decoded as ${encoding}${guess ? ` (detected with ${guess.confidence}% confidence)` : ''}; check accented letters and quotation marks`,
    ],
  };
}

/**
 * An editor's own file (sources.yaml, site.yaml, a topic, the intro) as text.
 * Saved in another encoding it is still read (with a warning to re-save it),
 * never silently turned into "Caf�"; a binary file is refused by name.
 */
export function decodeEditorFile(
  bytes: Uint8Array,
  path: string,
): { ok: true; text: string; warning?: string } | { ok: false; error: string } {
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, error: `${path} ${decoded.error}` };
  const warning =
    decoded.encoding === 'utf-8' || decoded.encoding.startsWith('utf-16')
      ? undefined
      : `${path} is not UTF-8: read as ${decoded.encoding}; re-save it as UTF-8`;
  return { ok: true, text: decoded.text, ...(warning && { warning }) };
}
