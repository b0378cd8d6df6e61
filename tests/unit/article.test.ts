import { describe, expect, it } from 'vitest';
import { ingestSource, type IngestResult } from '../../src/ingest/article.ts';
import { plainText } from '../../src/ingest/inline.ts';
import { placeArticles, slugFor } from '../../src/ingest/place.ts';
import { SEED, seedBytes } from '../helpers/seeds.ts';

const encode = (text: string) => new TextEncoder().encode(text);
function ok(result: IngestResult) {
  if (result.status !== 'ok') throw new Error(`not ingested: ${JSON.stringify(result)}`);
  return result.article;
}
const paragraphs = (result: IngestResult) => ok(result).body.map((p) => plainText(p.inline));

describe('paragraphs', () => {
  it('joins hard-wrapped paragraphs again', () => {
    const wrapped =
      'The first paragraph was wrapped by an old mail client at\nseventy characters, so its lines break in the middle of it.\n\nThe second paragraph was wrapped the same way by the very\nsame client, and it too must read as one paragraph again.\n';
    expect(paragraphs(ingestSource('w.txt', encode(wrapped)))).toHaveLength(2);
  });

  it('keeps one paragraph per line when there are no blank lines', () => {
    const lines = 'First short paragraph here.\nSecond short paragraph here.\nThird short paragraph here.\nFourth one.';
    expect(paragraphs(ingestSource('l.txt', encode(lines)))).toHaveLength(4);
  });

  it('splits the one-line seeds into paragraphs and keeps the line-per-paragraph seeds as they are', () => {
    expect(paragraphs(ingestSource(SEED.reuters, seedBytes(SEED.reuters))).length).toBeGreaterThanOrEqual(5);
    expect(paragraphs(ingestSource(SEED.national, seedBytes(SEED.national))).length).toBeGreaterThanOrEqual(8);
    const duranLines = seedBytes(SEED.duran).toString('utf8').split('\n').length;
    expect(paragraphs(ingestSource(SEED.duran, seedBytes(SEED.duran)))).toHaveLength(duranLines - 1); // less the footer
  });
});

describe('metadata', () => {
  it('infers what the manifest does not give, and says so', () => {
    const duran = ok(ingestSource(SEED.duran, seedBytes(SEED.duran)));
    expect(duran.fields).toMatchObject({
      title: 'ISIS fighters trapped in one square mile of Mosul',
      publication: 'The Duran',
      inferred: ['title', 'publication'],
    });
    const reuters = ok(ingestSource(SEED.reuters, seedBytes(SEED.reuters)));
    expect(reuters.fields.title).toBe('It was an awkward coalition riven by political and sectarian…');
    expect(reuters.fields.inferred).toEqual(['title']);
  });

  it('lets the manifest win, and lists nothing confirmed as inferred', () => {
    const time = ok(
      ingestSource(SEED.time, seedBytes(SEED.time), {
        publication: 'TIME',
        title: 'The Beginning of the End in Mosul',
        dek: 'In Mosul, the Islamic State is about to lose the crown jewel of its self-styled caliphate',
        section: 'Iraq',
        date: '2017-04',
        notes: [],
      }),
    );
    expect(time.fields.inferred).toEqual([]);
    expect(time.fields.date).toBe('2017-04');
  });

  it('takes a title the editor corrects to a line the source prints as the headline, not as one the editor supplied', () => {
    // A copied page whose menu ingest read as the headline: the editor names the real one, which the page prints.
    const page =
      'Home | News | Sport\nDeals of the week\n\nHundreds march through Aberdare\n\nBy Ana Brel\n\nShopkeepers closed early on Saturday as the march passed through the town centre.\n';
    const entry = (title: string) => ({ title, notes: [] });
    const corrected = ok(ingestSource('march.txt', new TextEncoder().encode(page), entry('Hundreds march through Aberdare')));
    expect(corrected.fields.title).toBe('Hundreds march through Aberdare');
    expect(corrected.fields.titleSupplied).toBe(false);
    const html =
      '<p>Deals of the week</p><h1 class="headline">Hundreds march <em>through</em> Aberdare</h1><p>Shopkeepers closed early on Saturday.</p>';
    expect(
      ok(ingestSource('march.html', new TextEncoder().encode(html), entry('Hundreds march through Aberdare'))).fields.titleSupplied,
    ).toBe(false);
    // A title the source prints nowhere is the editor's own; so is one it prints only as a subhead in the body.
    expect(ok(ingestSource('march.txt', new TextEncoder().encode(page), entry('The march on Aberdare'))).fields.titleSupplied).toBe(true);
    const withSubhead = `${page}\nWhat happens next\n\nThe union meets again on Monday to decide.\n`;
    expect(ok(ingestSource('march.txt', new TextEncoder().encode(withSubhead), entry('What happens next'))).fields.titleSupplied).toBe(
      true,
    );
  });

  it('takes an interview’s Q: and A: off its questions and answers, which the page marks, and counts it', () => {
    const text = [
      'Ferry plan splits the island',
      '',
      'Carys Lloyd has run the island shop for twenty years. We spoke to her on the quay.',
      '',
      'Q: How did you hear the ferry was coming back?',
      '',
      'A: The same way everybody did, on the radio.',
      '',
      'Q. What will it change?',
      '',
      'A. Everything, if it runs in winter.',
    ].join('\n');
    const article = ok(ingestSource('interview.txt', new TextEncoder().encode(text)));
    expect(article.body.map((p) => `${p.role}: ${plainText(p.inline)}`)).toEqual([
      'text: Carys Lloyd has run the island shop for twenty years. We spoke to her on the quay.',
      'question: How did you hear the ferry was coming back?',
      'answer: The same way everybody did, on the radio.',
      'question: What will it change?',
      'answer: Everything, if it runs in winter.',
    ]);
    expect(article.fields.repairs).toContainEqual({ rule: expect.stringMatching(/Q: and A:/), count: 4 });
    // An article with questions but no Q: keeps an answer's initials whole.
    const essay = [
      'Why read Cronin now?',
      '',
      'A. J. Cronin wrote about the valleys before anyone else did, and his novels still sell.',
      '',
      'What did he see?',
      '',
      'A. J. Cronin saw the pits from a doctor’s surgery.',
    ].join('\n');
    const kept = ok(ingestSource('essay.txt', new TextEncoder().encode(essay)));
    expect(kept.body.map((p) => plainText(p.inline)).filter((t) => t.startsWith('A. J. Cronin'))).toHaveLength(2);
  });

  it('counts words and reading time from the body only', () => {
    const article = ok(ingestSource('a.txt', encode('One two three four five.\nSix seven eight nine ten.')));
    expect(article.fields.wordCount).toBe(10);
    expect(article.fields.readingMinutes).toBe(1);
  });

  it('mends a text encoded twice and says how many characters it mended', () => {
    const article = ok(
      ingestSource('a.txt', encode('Harbour reopens\n\nThe ferryâ€™s first crossing, â€œat lastâ€\u009d, was on Tuesday.')),
    );
    expect(plainText(article.body.at(-1)!.inline)).toBe('The ferry’s first crossing, “at last”, was on Tuesday.');
    expect(article.fields.repairs).toContainEqual({ rule: 'repaired text encoded twice', count: 3 });
  });

  it('records the source file, its hash and encoding', () => {
    const article = ok(ingestSource(SEED.time, seedBytes(SEED.time)));
    expect(article.fields.source).toEqual({ file: SEED.time, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), encoding: 'utf-8' });
  });
});

describe('placement', () => {
  it('makes stable ASCII slugs', () => {
    expect(slugFor("How eliminating the 'kill box' turned Mosul into a meat-grinder")).toBe(
      'how-eliminating-the-kill-box-turned-mosul-into-a-meat-grinder',
    );
    expect(slugFor('Šaqlāwa and al-Nūrī: café')).toBe('saqlawa-and-al-nuri-cafe');
  });

  it('orders by the manifest, then by date; keeps fixed slugs; makes the rest unique', () => {
    const placed = placeArticles([
      { file: 'c.txt', title: 'Same title', date: '2016' },
      { file: 'a.txt', title: 'Same title', order: 2 },
      { file: 'b.txt', title: 'Other', order: 1, slug: 'same-title' },
    ]);
    expect(placed).toEqual([
      { file: 'b.txt', order: 1, slug: 'same-title' },
      { file: 'a.txt', order: 2, slug: 'same-title-2' },
      { file: 'c.txt', order: 3, slug: 'same-title-3' },
    ]);
  });
});

describe("editor's notes", () => {
  it('warns when a note’s phrase is not in the article, matching quotes the way the page does', () => {
    const source = encode('He said it was “over” by then. A second sentence follows here.');
    const warnings = (at: string) => ok(ingestSource('n.txt', source, { notes: [{ at, text: 'A note.' }] })).warnings;
    expect(warnings('it was "over"')).toEqual([]);
    expect(warnings('not in the text')).toEqual([
      'editor\'s note at "not in the text": that text is not in the article, so the note would not be shown',
    ]);
  });
});

describe('plain text stays text', () => {
  const bodyOf = (source: string) => ok(ingestSource('t.txt', encode(source))).body.map((p) => p.inline);

  it('keeps every character of a line whose angle brackets are not balanced inline markup', () => {
    const line = 'Compare x<y and a <b> tag, and the <title>Page</title> element, &amp; <a href="javascript:x">this</a>.';
    expect(bodyOf(`A first paragraph of the text.\n${line}`)[1]).toEqual([{ type: 'text', value: line }]);
  });

  it('reads the balanced inline markup a scrape leaves in as emphasis, strength and safe links', () => {
    const [inline] = bodyOf(
      'It was <em>very</em> <strong>clear</strong>, said <a href="https://example.org/x">the report</a> <i>and <b>more</b></i>.',
    );
    expect(inline).toEqual([
      { type: 'text', value: 'It was ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'very' }] },
      { type: 'text', value: ' ' },
      { type: 'strong', children: [{ type: 'text', value: 'clear' }] },
      { type: 'text', value: ', said ' },
      { type: 'link', url: 'https://example.org/x', children: [{ type: 'text', value: 'the report' }] },
      { type: 'text', value: ' ' },
      {
        type: 'emphasis',
        children: [
          { type: 'text', value: 'and ' },
          { type: 'strong', children: [{ type: 'text', value: 'more' }] },
        ],
      },
      { type: 'text', value: '.' },
    ]);
  });

  it('finds a title with words, or takes the file name, and never leaves a caption pair in the body twice', () => {
    expect(ok(ingestSource('2017-the-report.txt', encode('. \n '))).fields.title).toBe('2017 the report');
    const captioned = ok(
      ingestSource('c.txt', encode('A caption.\nCredit Name A caption.\nThe body of the article begins here and goes on.')),
    );
    expect(captioned.fields.figures).toEqual([{ caption: 'A caption.', credit: 'Credit Name' }]);
    expect(captioned.body.map((p) => plainText(p.inline))).toEqual(['The body of the article begins here and goes on.']);
  });
});

describe('photographs’ captions keep their place in the text', () => {
  const sentence = (i: number) => `Sentence ${i} of the long report on the dam tells the valley what the engineers found in the gates.`;
  it('records the paragraph each caption stood after; a caption above the text stays above it', () => {
    const source = [
      'Dam opens after ten years',
      'By Mara Holt',
      'The dam at dawn. (Photo: Valley Wire)',
      'The Vesna dam opened on Tuesday, ten years after its first stone was laid.',
      'Farmers came from the whole valley to see the water rise.',
      'The spillway on opening day. Photo: Valley Wire/Ana Brel',
      // A whole report on one line: split into paragraphs, which the next caption counts.
      Array.from({ length: 14 }, (_, i) => sentence(i + 1)).join(' '),
      'The gates from the bridge. Photo: Valley Wire/Ivo Brandt',
      'The mayor cut the ribbon at noon.',
    ].join('\n');
    const result = ingestSource('dam.txt', new TextEncoder().encode(source));
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    const { fields, body } = result.article;
    const texts = body.map((p) => plainText(p.inline));
    const split = texts.filter((text) => text.startsWith('Sentence')).length;
    expect(split).toBeGreaterThan(1);
    expect(fields.figures).toEqual([
      { caption: 'The dam at dawn.', credit: 'Valley Wire' },
      { caption: 'The spillway on opening day.', credit: 'Valley Wire/Ana Brel', after: 2 },
      { caption: 'The gates from the bridge.', credit: 'Valley Wire/Ivo Brandt', after: 2 + split },
    ]);
    expect(texts[1]).toBe('Farmers came from the whole valley to see the water rise.');
    expect(texts[2 + split]).toBe('The mayor cut the ribbon at noon.');
  });

  it('keeps a caption’s place when the line it stood under was a gallery’s uncredited copy, taken out later', () => {
    const source = [
      'Dam opens after ten years',
      'The Vesna dam opened on Tuesday, ten years after its first stone was laid.',
      'Farmers came from the whole valley to see the water rise.',
      'Boats at dawn in the harbour of the new lake.',
      'Gulls circle the pier as the first crossing is tested. Photo: Ivo Brandt',
      'Boats at dawn in the harbour of the new lake. Photo: Ana Brel',
      'The mayor cut the ribbon at noon.',
    ].join('\n');
    const result = ingestSource('dam.txt', new TextEncoder().encode(source));
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    expect(result.article.fields.figures).toEqual([
      { caption: 'Gulls circle the pier as the first crossing is tested.', credit: 'Ivo Brandt', after: 2 },
      { caption: 'Boats at dawn in the harbour of the new lake.', credit: 'Ana Brel', after: 2 },
    ]);
  });
});
