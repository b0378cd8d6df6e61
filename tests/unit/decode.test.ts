import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/ingest/decode.ts';
import { normalizeLineEnds, normalizeUnicode, removeInvisibleCharacters } from '../../src/ingest/normalize.ts';
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

  it('refuses a binary file with a message that says what to do', () => {
    const result = decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/binary.*Save it as \.txt or \.html/);
  });
});

describe('normalize', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeLineEnds('a\r\nb\rc\n')).toEqual({ text: 'a\nb\nc\n', count: 2 });
  });

  it('composes Unicode to NFC', () => {
    expect(normalizeUnicode('cafe\u0301').text).toBe('café');
  });

  it('removes control and zero-width characters but keeps the words', () => {
    const result = removeInvisibleCharacters('Mo\u200bsul\u0007 is\u00a0on the\ufeff Tigris');
    expect(result.text).toBe('Mosul is on the Tigris');
    expect(result.count).toBe(3);
  });
});
