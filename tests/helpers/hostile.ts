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
  '~~not struck~~, ~nor this~, <https://example.org/> and https://example.org/x are text, not links.',
  'www.example.org, name@example.org, [^1] and | a | b | are text too.',
  'Compare x<y and a <b> tag, and the <title>Page</title> element.',
  'A family 👨\u200d👩\u200d👧 stays one family, and Persian می\u200cگویند keeps its spelling.',
  'The front -- as it stood... moved east by the end of the day.',
  'The last paragraph ends properly.',
];

/** The manifest for the hostile set: an editor's note whose phrase has `--` and `...`. */
export const HOSTILE_MANIFEST = `sources:
  injection.txt:
    slug: injection
    notes:
      - at: "front -- as it stood..."
        text: A note on a phrase typed with ASCII dashes and dots.
  injection.html:
    slug: injection-html
  windows-1252.txt:
    slug: windows
  utf-16.txt:
    slug: utf-16
  saved-page.html:
    slug: saved-page
`;

/** A saved page whose article carries attacks of its own, inside the page around it. */
export const SAVED_PAGE_INJECTION = `<!DOCTYPE html><html><head><title>A hostile saved page | Example</title>
<script>alert("head")</script><meta property="og:site_name" content="Example"></head>
<body onload="alert('body')"><nav><a href="/">Home</a> <a href="javascript:alert('nav')">Menu</a></nav>
<article><h1>A hostile saved page</h1>
<p>The first paragraph of the article is long enough to be found as the article by the extractor, and it goes on for a while so that it is.</p>
<p>A <a href="javascript:alert('article')">javascript link</a> and <a href="https://example.org/fine">a fine link</a>, <img src=x onerror="alert('img')"> and <iframe src="https://evil.example"></iframe> inside the article.</p>
<p onclick="alert('p')">{process.exit(1)} and <script>alert("inline")</script> stay out, and the last paragraph of the article ends here.</p>
</article><footer>Footer text</footer></body></html>`;

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
    'saved-page.html': new TextEncoder().encode(SAVED_PAGE_INJECTION),
    // As Windows' Notepad saves "Unicode": UTF-16, little-endian, with a byte-order mark.
    'utf-16.txt': Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Saved as “Unicode” by Notepad: الموصل.\r\nA second paragraph.\r\n', 'utf16le'),
    ]),
  };
}
