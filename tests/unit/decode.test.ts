import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/text/decode.ts';
import { normalizeLineEnds, normalizeUnicode, removeInvisibleCharacters, repairDoubleEncoding } from '../../src/ingest/normalize.ts';
import { CP1252_TEXT } from '../helpers/hostile.ts';

describe('decode', () => {
  it('takes UTF-8 as it is and drops a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Iraq’s second city')]);
    const result = decode(bytes);
    expect(result).toMatchObject({ ok: true, text: 'Iraq’s second city', encoding: 'utf-8', warnings: [] });
  });

  it('detects Windows-1252, decodes it, and warns', () => {
    const result = decode(iconv.encode(CP1252_TEXT, 'windows-1252'));
    if (!result.ok) throw new Error(result.error);
    expect(result.text).toBe(CP1252_TEXT);
    expect(result.encoding).toBe('windows-1252');
    expect(result.warnings[0]).toMatch(/not UTF-8: decoded as windows-1252/);
  });

  it('decodes UTF-16 in either byte order, with or without a byte-order mark', () => {
    const text = 'Iraq’s second city, Mosul: الموصل.\nA second line.';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), Buffer.concat([Buffer.from([0xfe, 0xff]), be]), le, be]) {
      expect(decode(bytes)).toMatchObject({ ok: true, text });
    }
  });

  it('keeps a stray NUL byte past the first 8 KB as damage to repair, not a reason to refuse the file', () => {
    const bytes = new TextEncoder().encode(`${'A long article. '.repeat(600)}two\u0000words`);
    const result = decode(bytes);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(removeInvisibleCharacters(result.text).text.endsWith('two words')).toBe(true);
  });

  it('refuses a binary file with a message that says what to do', () => {
    const result = decode(Uint8Array.from([0x01, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/binary.*Save it as \.txt or \.html/);
  });

  it('names what a file saved by mistake is, by its first bytes, and says what to save instead', () => {
    const error = (text: string) => {
      const result = decode(Uint8Array.from(text, (c) => c.charCodeAt(0)));
      return result.ok ? undefined : result.error;
    };
    // A PDF renamed .txt is mostly text at its start, and had been told to "re-save it as UTF-8".
    expect(error('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>\nendobj\n')).toMatch(
      /^is a PDF: copy its text into a \.txt file/,
    );
    expect(error('PK\x03\x04\x14\x00\x06\x00word/document.xml')).toMatch(/^is a zipped document \(a \.docx/);
    expect(error('{\\rtf1\\ansi\\deff0 {\\fonttbl}} Miners vote to strike')).toMatch(/^is a rich-text file/);
    expect(error('\x89PNG\r\n\x1a\n\x00\x00')).toBe('is a PNG image, not an article');
    // Text that opens with the same letters is text.
    expect(error('PDF files are not articles, the editor said.')).toBeUndefined();
  });
});

describe('normalize', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeLineEnds('a\r\nb\rc\n')).toEqual({ text: 'a\nb\nc\n', count: 2 });
  });

  it('composes Unicode to NFC', () => {
    expect(normalizeUnicode('cafe\u0301').text).toBe('café');
  });

  it('removes zero-width characters, and turns a control byte into a space so no two words join', () => {
    const result = removeInvisibleCharacters('Mo\u200bsul\u0007is\u00a0on the\ufeff Tigris\u0000river');
    expect(result.text).toBe('Mosul is on the Tigris river');
    expect(result.count).toBe(4);
  });

  it('keeps the joiners that spell words and emoji: ZWJ, ZWNJ, and the direction marks', () => {
    const family = '👨\u200d👩\u200d👧';
    const persian = 'می\u200cگویند';
    const marked = 'Mosul\u200e (الموصل\u200f)';
    for (const text of [family, persian, marked]) expect(removeInvisibleCharacters(text)).toEqual({ text, count: 0 });
    // Bidi overrides reorder what a reader sees: removed.
    expect(removeInvisibleCharacters('abc\u202edef\u202c').text).toBe('abcdef');
  });

  it('mends text encoded twice, as Windows-1252 or as Latin-1, and only where it surely was', () => {
    expect(repairDoubleEncoding('If Iâ€™d known, said the â€œharbour masterâ€\u009d')).toEqual({
      text: 'If I’d known, said the “harbour master”',
      count: 3,
    });
    // Latin-1: the quotation mark's last two bytes became C1 controls, which alone would become spaces.
    expect(repairDoubleEncoding('A Pilot\u00e2\u0080\u0099s Guide, in EspaÃ±ol').text).toBe('A Pilot’s Guide, in Español');
    // A closing ” whose last byte (0x9D) Windows-1252 has no character for, so the saving tool dropped it.
    expect(repairDoubleEncoding('would “only bring forward the inevitableâ€ and')).toEqual({
      text: 'would “only bring forward the inevitable” and',
      count: 1,
    });
    // Between two emoji the lost byte was a joiner's: the family stays one emoji.
    expect(repairDoubleEncoding('family ðŸ‘¨â€ðŸ‘© here').text).toBe('family 👨\u200d👩 here');
    // With no sure sign, "Ã¤" may be quoted on purpose, and "È—" is a capital and a dash.
    for (const text of ['I saw "Ã¤" instead of "ä"', 'È—the end', 'café — fine'])
      expect(repairDoubleEncoding(text)).toEqual({ text, count: 0 });
  });
});
