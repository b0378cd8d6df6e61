/**
 * A hostile corpus, written for the tests: injection attempts in prose, a
 * Windows-1252 file with CRLF line ends, and files that are not articles.
 */
import iconv from 'iconv-lite';

export const INJECTION_LINES = [
  'An innocent first line of prose, to begin the article properly.',
  '{process.exit(1)} should appear as text, braces and all.',
  "import fs from 'fs'",
  'export const stolen = process.env',
  '<script>alert("script")</script> is shown, not run.',
  '<img src=x onerror=alert("img")> is shown, not run.',
  '[a link](javascript:alert("link")) is text.',
  '# Not a heading',
  '> Not a quotation',
  '- Not a list item',
  '1. Not a numbered item',
  '| not | a | table |',
  '```js',
  '<Question>Not a question component</Question>',
  '{/* not a comment */} and `not code` either.',
  'The last paragraph ends properly.',
];

export const HTML_INJECTION = `<h1>Headline of an HTML source</h1>
<p>A paragraph with <em>emphasis</em>, <strong>strength</strong> and <a href="https://example.org/ok">a good link</a>.</p>
<p>A <a href="javascript:alert('href')">javascript link</a> keeps only its words, and <a href="data:text/html,x">a data link</a> too.</p>
<script>alert('script element')</script>
<p>An image <img src="x" onerror="alert('img')" alt="a hostile image"> is dropped; an <iframe src="https://evil.example"></iframe> too.</p>
<p onclick="alert('attr')">Attributes never survive: {curly} and &lt;angle&gt; stay text.</p>`;

/** Accented letters and curly quotes that only decode right as Windows-1252. */
export const CP1252_TEXT = 'Le café “Mosul” était fermé – depuis l’été.\r\nSecond paragraph with naïve résumé text.\r\n';

export function hostileFiles(): Record<string, Uint8Array> {
  return {
    'injection.txt': new TextEncoder().encode(INJECTION_LINES.join('\n')),
    'injection.html': new TextEncoder().encode(HTML_INJECTION),
    'windows-1252.txt': iconv.encode(CP1252_TEXT, 'windows-1252'),
    'empty.txt': new Uint8Array(),
    'whitespace.txt': new TextEncoder().encode('  \n\t\r\n   \n'),
    'binary.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  };
}
