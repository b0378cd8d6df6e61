/** Saved web pages: the article, the page's metadata, and what was dropped, recorded. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/ingest/article.ts';
import { plainText } from '../../src/ingest/inline.ts';
import { isFullDocument, joinNames, titleWithoutSiteName } from '../../src/ingest/page.ts';
import { dateInText, partialDateOf } from '../../src/text/dates.ts';
import { ROOT } from '../helpers/build.ts';

const savedPage = () => readFileSync(join(ROOT, 'tests/fixtures/pages/saved-article.html'));

describe('a saved web page', () => {
  const result = ingestSource('dam.html', savedPage());
  if (result.status !== 'ok') throw new Error(JSON.stringify(result));
  const { fields, body } = result.article;
  const text = body.map((p) => plainText(p.inline)).join('\n');

  it("takes the headline a reader sees, the JSON-LD authors (through their @id), the date and the site's name", () => {
    expect(fields).toMatchObject({
      title: 'Dam opens after ten years of delay',
      author: 'Mara Holt and Ivo Brandt',
      date: '2024-03-05',
      publication: 'The Valley Courier',
      url: 'https://valley-courier.example/news/dam-opens',
    });
    expect(fields.inferred).toEqual(['title', 'publication', 'author', 'date', 'url']);
  });

  it('keeps the article and only the article', () => {
    expect(text).toContain('The Vesna dam opened on Tuesday');
    expect(text).toContain('Critics of the scheme, who fought it in the courts');
    for (const chrome of [
      'Skip to content',
      'Log In',
      'cookies',
      'Related stories',
      'Mayor wins third term',
      'reader99',
      'All rights reserved',
      'Subscribe now',
      'color: red',
    ])
      expect(text).not.toContain(chrome);
  });

  it('records what the extractor dropped in one line, not one per element', () => {
    const page = fields.removed.filter((r) => r.reason.startsWith('the page around the article'));
    expect(page).toHaveLength(1);
    expect(page[0]!.text).toMatch(
      /^Skip to content · Home · News · Sport · Log In · We use cookies to improve your experience\. Accept all cookies\? · .* \(\d+ words\)$/,
    );
    expect(page[0]!.text).not.toMatch(/Dam opens after ten years/);
  });

  it("lets the editor's manifest win over the page", () => {
    const edited = ingestSource('dam.html', savedPage(), { notes: [], title: 'The editor’s title', author: 'Desk' });
    if (edited.status !== 'ok') throw new Error('not ingested');
    expect(edited.article.fields).toMatchObject({ title: 'The editor’s title', author: 'Desk', date: '2024-03-05' });
    expect(edited.article.fields.inferred).toEqual(['publication', 'date', 'url']);
  });
});

describe('a page with no metadata but what it prints by the headline', () => {
  const paragraphs = Array.from(
    { length: 6 },
    (_, i) => `<p>Paragraph ${i + 1} of the piece on the flooded valley, long enough to be an article's prose and not a link list.</p>`,
  ).join('');
  const page = (head: string, title: string) =>
    new TextEncoder().encode(
      `<!doctype html><html><head><title>${title}</title></head><body><header><h1>Lessons Learned</h1><nav><a href="/">Home</a> <a href="/about">About</a></nav></header><div class="post"><h2>The lean valley</h2>${head}${paragraphs}</div></body></html>`,
    );
  const fieldsOf = (bytes: Uint8Array) => {
    const result = ingestSource('blog.html', bytes);
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    return result.article.fields;
  };

  it("takes the headline from the <title> when the page's one <h1> is the site's name", () => {
    expect(fieldsOf(page('', 'Lessons Learned: The lean valley')).title).toBe('The lean valley');
  });

  it('takes the date and the "by" line printed under the headline, even when the link splits them or a year is glued to a name', () => {
    const fields = fieldsOf(
      page(
        '<div><span>Dec 17, 2025</span><span>Julian K. Arni</span></div><p>by <a href="/authors/ao">Aoife O’Riordan</a></p>',
        'Lessons Learned: The lean valley',
      ),
    );
    expect(fields).toMatchObject({ date: '2025-12-17', author: 'Aoife O’Riordan' });
    expect(fields.inferred).toEqual(expect.arrayContaining(['date', 'author']));
  });

  it('does not take a date or a name from far down the page', () => {
    const fields = fieldsOf(
      page(`${paragraphs}${paragraphs}<p>Published 3 May 2020</p><p>by Someone Else</p>`, 'Lessons Learned: The lean valley'),
    );
    expect(fields.date).toBeUndefined();
    expect(fields.author).toBeUndefined();
  });
});

describe('what a saved page says about itself, read as an editor would read it', () => {
  const prose = Array.from(
    { length: 6 },
    (_, i) => `<p>Paragraph ${i + 1} of the report on the harbour, long enough to be an article's prose and not a link list.</p>`,
  ).join('');
  /** A saved page: `head` inside <head>, then `top` and the prose inside <body>. */
  const fieldsOf = (head: string, top: string, after = '') => {
    const html = `<!doctype html><html><head>${head}</head><body>${top}${prose}${after}</body></html>`;
    const result = ingestSource('page.html', new TextEncoder().encode(html));
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    return result.article.fields;
  };
  /** The page's fields when its <article> opens with the headline "Harbour reopens", then `top`; `head` adds to <head>. */
  const harbourArticle = (top: string, head = '') =>
    fieldsOf(`<title>Harbour reopens</title>${head}`, `<article><h1>Harbour reopens</h1>${top}`, '</article>');

  it('takes the <h1> for the headline when it is the first part of the <title>, before a dash: the site comes after', () => {
    // "Harbour - Wikipedia": the one-word headline is in <h1> and in the title's first part.
    expect(fieldsOf('<title>Harbour reopens - Port Notes by Ana Brel</title>', '<h1>Harbour reopens</h1>').title).toBe('Harbour reopens');
  });

  it("does not take an <h1> that is a link to the front page (the site's masthead) for the headline", () => {
    const fields = fieldsOf(
      '<title>Harbour reopens after the storm | Notes</title>',
      '<header><h1><a href="/">Hi, I am Ana.</a></h1></header><main><h2>Harbour reopens after the storm</h2>',
      '</main>',
    );
    expect(fields.title).toBe('Harbour reopens after the storm');
  });

  it('reads JSON-LD wrapped in CDATA, as XHTML-minded templates write it', () => {
    const ld = `<script type="application/ld+json">//<![CDATA[
      {"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour reopens","datePublished":"2020-07-10T14:15:42+00:00","author":{"@type":"Person","name":"Ana Brel"}}
    //]]></script>`;
    const fields = fieldsOf(`<title>Harbour reopens</title>${ld}`, '<time datetime="2025-01-07">Updated January 7, 2025</time>');
    expect(fields).toMatchObject({ date: '2020-07-10', author: 'Ana Brel' });
  });

  it("prefers the stated publication time, in the publication's zone, to JSON-LD's UTC creation time", () => {
    const ld =
      '<script type="application/ld+json">{"@type":"Article","headline":"Harbour reopens","dateCreated":"2017-02-24T01:18:13Z"}</script>';
    const fields = fieldsOf(
      `${ld}<meta property="article:published_time" content="2017-02-23T17:18:13-08:00">`,
      '<h1>Harbour reopens</h1>',
    );
    expect(fields.date).toBe('2017-02-23');
  });

  it('does not take a name after "by" in a sentence or a photo credit by the headline for the byline', () => {
    const fields = harbourArticle(
      '<figure><img src="a.jpg"><figcaption>The quay at dawn. Photo by Joan Marsh</figcaption></figure>' +
        '<p>The history, <a href="/b">newly translated into English by Michael Wells</a>, tells of the harbour.</p>',
      '<meta name="author" content="Ana Brel">',
    );
    expect(fields.author).toBe('Ana Brel');
  });

  it('still takes a byline that ends a date line by the headline', () => {
    expect(harbourArticle('<p>2/26/2015 7:11 AM PST BY PORT STAFF</p>').author).toBe('PORT STAFF');
  });

  it('cleans a byline element of the editor, the date and the separators beside the name, and sets a name in capitals as a name', () => {
    const byline = (printed: string) => harbourArticle(`<p class="byline">${printed}</p>`).author;
    expect(byline('Written by Ana Brel\n    Edited by Tom Rees')).toBe('Ana Brel');
    expect(byline('Ana Brel\n    March 25, 2015')).toBe('Ana Brel');
    expect(byline('Ana Brel —')).toBe('Ana Brel');
    expect(byline('por Ana Brel')).toBe('Ana Brel');
    expect(byline('BY ANA BREL')).toBe('Ana Brel');
    expect(byline('Follow Author')).toBeUndefined();
    expect(byline('Last Updated: January 7, 2025')).toBeUndefined();
  });

  it("takes the page's own title when it is printed as a lesser heading under an <h1> that names a section", () => {
    const fields = fieldsOf(
      '<title>Ferry returns to Varrow after the storm</title>',
      '<div class="section"><h1>Island Travel Centre</h1></div><article><h2>Ferry returns to Varrow after the storm</h2>',
      '</article>',
    );
    expect(fields.title).toBe('Ferry returns to Varrow after the storm');
  });

  it('takes a one-word <h1> for the headline when the <title> opens with it, and not otherwise', () => {
    expect(fieldsOf('<title>Varrow - Island Encyclopedia</title>', '<h1>Varrow</h1>').title).toBe('Varrow');
    expect(fieldsOf('<title>Ferry returns to Varrow</title>', '<h1>Menu</h1>').title).toBe('Ferry returns to Varrow');
  });

  it('moves a date line that ends with a byline, at the head of the article, out of the body and the standfirst', () => {
    const fields = harbourArticle(
      '<p>Tuesday 15 October 2019 by Ana Brel</p>',
      '<meta property="article:published_time" content="2019-10-15">',
    );
    expect(fields.dek).toBeUndefined();
    expect(fields.author).toBe('Ana Brel');
    expect(fields.removed).toContainEqual({
      text: 'Tuesday 15 October 2019 by Ana Brel',
      reason: 'date and byline line (moved to date and author)',
    });
  });

  it('moves a date with its time, first in the article, out of the body: no headline is a date and a time', () => {
    const fields = fieldsOf(
      '<title>Harbour reopens</title>',
      '<div><h1>Harbour reopens</h1></div><article><p>November 19, 2019 at 9:45 am</p>',
      '</article>',
    );
    expect(fields.date).toBe('2019-11-19');
    expect(fields.removed).toContainEqual({ text: 'November 19, 2019 at 9:45 am', reason: 'date line (moved to date)' });
  });

  it("takes the site's name, not its list of sections, and reads a table's rows as whole rows, none cut off", () => {
    const fields = fieldsOf(
      '<title>Harbour tonnage</title><meta property="og:site_name" content="Port Notes | Ferries | Cargo | Weather">',
      '<article><h1>Harbour tonnage</h1><p>The year in figures, berth by berth.</p><table><tr><th>Berth</th><th>Ships</th><th>Tonnes</th><th>Change on last year</th></tr>' +
        '<tr><td>North Quay deep-water berth</td><td>412</td><td>1,204,000</td><td>up 4 per cent</td></tr></table>',
      '</article>',
    );
    expect(fields.publication).toBe('Port Notes');
    const result = ingestSource(
      'page.html',
      new TextEncoder().encode(
        `<!doctype html><html><head><title>Harbour tonnage</title></head><body><article><h1>Harbour tonnage</h1>${prose}<table><tr><td>North Quay deep-water berth</td><td>412</td><td>1,204,000</td><td>up 4 per cent</td></tr></table></article></body></html>`,
      ),
    );
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    const row = result.article.body.find((paragraph) => plainText(paragraph.inline).startsWith('North Quay'))!;
    expect(plainText(row.inline)).toBe('North Quay deep-water berth · 412 · 1,204,000 · up 4 per cent');
    expect(row.truncated).toBe(false);
  });

  it("takes the writer a byline element names over the site's own name given as the author", () => {
    const siteAsAuthor =
      '<meta property="og:site_name" content="Harbour Clinic"><script type="application/ld+json">{"@type":"Article","headline":"Harbour reopens","author":{"@type":"Organization","name":"Harbour Clinic"}}</script>';
    expect(
      harbourArticle(
        '<div class="post-author"><div>Author</div><div>Ana Brel</div><div>Updated on April 19, 2025</div></div>',
        siteAsAuthor,
      ).author,
    ).toBe('Ana Brel');
    // With no writer named on the page, the site is the author still.
    expect(harbourArticle('', siteAsAuthor).author).toBe('Harbour Clinic');
  });

  it('reads the writer in the forms byline elements print it, and not a category beside a date', () => {
    const author = (element: string) => harbourArticle(element).author;
    expect(author('<p class="entry-author">Written by:Ana Brel</p>')).toBe('Ana Brel');
    expect(author('<div class="ArticleAuthor_main">By<a href="/a">Ana Brel</a></div>')).toBe('Ana Brel');
    expect(author('<p class="author-line">Ana Brel in Harbour News</p>')).toBe('Ana Brel');
    expect(author('<div class="author-card"><div class="name">Ana Brel</div><div>Staff Writer</div></div>')).toBe('Ana Brel');
    expect(author('<div class="author">Newsdesk</div>')).toBe('Newsdesk');
    expect(author('<div class="byline"><span class="byline__tag">Lifestyle</span> <span>January 27, 2025</span></div>')).toBeUndefined();
    // A commenter is not the writer.
    expect(author('<div class="comments"><span class="comment-author">Tom Rees</span></div>')).toBeUndefined();
  });

  it("reads a labelled byline line by the headline, and not another's credit", () => {
    const authorOf = (line: string) =>
      fieldsOf('<title>Harbour reopens</title>', `<header><h1>Harbour reopens</h1>${line}</header><article>`, '</article>').author;
    expect(authorOf('<p>by: Ana Brel, Dec 17, 2025</p>')).toBe('Ana Brel');
    expect(authorOf('<p>12/19/2025 — by Ana Brel in Guides</p>')).toBe('Ana Brel');
    // The reviewer's credit, its "by" a link of its own, names no writer; nor does a book's "Author:" in a review.
    expect(authorOf('<p>Medically reviewed</p><p><a href="/t">by Tom Rees MD</a></p>')).toBeUndefined();
    expect(authorOf('<p>Author: Tom Rees Released: June 17, 2025</p>')).toBeUndefined();
  });

  it('reads a name alone on its line by the date under the headline as the byline, and not a heading or a caption', () => {
    const authorOf = (lines: string) =>
      fieldsOf('<title>Harbour reopens</title>', `<header><h1>Harbour reopens</h1>${lines}</header><article>`, '</article>').author;
    expect(authorOf('<div>Ana Brel</div><div>Co-Founder &amp; Harbour Master</div><div>Updated on 23 Oct 2025</div>')).toBe('Ana Brel');
    expect(authorOf('<p>Ana Brel in Guides</p><p>December 10, 2025</p>')).toBe('Ana Brel');
    expect(authorOf('<p>17 May 2025</p><p>Ana Brel</p>')).toBe('Ana Brel');
    // Without a date beside it, a short line of capitalised words may be anything: a section, a caption, a heading.
    expect(authorOf('<p>Ana Brel</p><p>Harbour Master</p>')).toBeUndefined();
    expect(authorOf('<h2>Storm Damage Report</h2><p>December 10, 2025</p>')).toBeUndefined();
    // Where and what, though it opens with a first name.
    expect(authorOf('<p>Grace Church</p><p>17 May 2025</p>')).toBeUndefined();
    expect(authorOf('<p>Chelsea Flower Show</p><p>17 May 2025</p>')).toBeUndefined();
  });

  it('takes the kicker and the byline with the writer’s post in lower case out of the text, and records them', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour reopens","author":[{"@type":"Person","name":"Ana Brel"}]}</script>';
    const html = `<!doctype html><html><head><title>Harbour reopens</title>${ld}</head><body><article><p class="kicker">Kallo Sound</p><h1>Harbour reopens</h1><p class="credit-line">By <a href="/a">Ana Brel</a>, Wales correspondent</p>${prose}</article></body></html>`;
    const result = ingestSource('page.html', new TextEncoder().encode(html));
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    expect(result.article.fields.author).toBe('Ana Brel');
    expect(plainText(result.article.body[0]!.inline)).toMatch(/^Paragraph 1 of the report/);
    expect(result.article.fields.removed?.map((r) => r.text)).toEqual(
      expect.arrayContaining(['Kallo Sound', 'By Ana Brel, Wales correspondent']),
    );
  });

  it('takes no author from what a template prints where it has no name', () => {
    const ld = (name: string) =>
      `<script type="application/ld+json">{"@type":"Article","headline":"Harbour reopens","author":{"@type":"Person","name":"${name}"}}</script>`;
    for (const head of [
      ld('undefined'),
      ld('null'),
      '<meta name="author" content="page.head.extra.author">',
      '<meta name="author" content="Name *">',
      '<meta name="author" content="262588213843476">',
      '<meta name="author" content="mdelatorreq6vkpg2ma0ci">',
      '<meta name="author" content="Webmaster">',
    ])
      expect(harbourArticle('', head).author, head).toBeUndefined();
    // A real name after a placeholder is still found.
    expect(harbourArticle('<p class="byline">By Ana Brel</p>', ld('undefined')).author).toBe('Ana Brel');
  });

  it("gives a paper's authors in the order its catalogue lists them, first names first", () => {
    const head = '<meta name="citation_author" content="Brel, Ana"><meta name="citation_author" content="Rees, Tom">';
    expect(harbourArticle('', head).author).toBe('Ana Brel and Tom Rees');
    expect(harbourArticle('', '<meta name="DC.Creator" content="Brel, A."><meta name="DC.Creator" content="Rees, Tom">').author).toBe(
      'A. Brel and Tom Rees',
    );
  });

  it('takes the headline the page states over an <h1> carrying its date or byline, another <h1>, or a lead-in', () => {
    const og = '<meta property="og:title" content="Harbour reopens after the storm">';
    const titleOf = (top: string) => fieldsOf(`<title>Harbour reopens after the storm | Port Notes</title>${og}`, top).title;
    expect(titleOf('<h1>Harbour reopens after the storm Posted on July 1, 2024 by Ana Brel</h1>')).toBe('Harbour reopens after the storm');
    expect(titleOf('<h1>Dec 18 2025 Harbour reopens after the storm</h1>')).toBe('Harbour reopens after the storm');
    expect(titleOf('<h1>The Blog</h1><h1>Harbour reopens after the storm</h1>')).toBe('Harbour reopens after the storm');
    expect(titleOf('<h1>A message from our founder:</h1>')).toBe('Harbour reopens after the storm');
    expect(titleOf('<h1>0 Comments</h1>')).toBe('Harbour reopens after the storm');
    expect(titleOf("<h1>{{ $localize('cart.summary') }}</h1><h1>Harbour reopens after the storm</h1>")).toBe(
      'Harbour reopens after the storm',
    );
    // A headline that is not the stated title, with no date in it, is still the headline.
    expect(titleOf('<h1>Harbour reopens after the storm of the decade</h1>')).toBe('Harbour reopens after the storm of the decade');
  });

  it("takes no site's address, section label, paragraph or capitals for the headline where the page states it otherwise", () => {
    expect(fieldsOf('<title>portnotes.example Harbour reopens</title>', '<h1>portnotes.example</h1>').title).toBe('Harbour reopens');
    expect(
      fieldsOf('<title>The Agency | Harbour reopens after the long storm</title>', '<h1><a href="/">Port Authority</a></h1>').title,
    ).toBe('Harbour reopens after the long storm');
    const og = '<meta property="og:title" content="Harbour reopens after the storm | Port Notes">';
    expect(
      fieldsOf(`<title>Harbour reopens after the storm | Port Notes</title>${og}`, '<h1>Blog: Harbour reopens after the storm</h1>').title,
    ).toBe('Harbour reopens after the storm');
    // A label the stated title holds too is the headline's own ("Yoga: Body, Breath, & Mind").
    expect(fieldsOf('<title>Harbour: the storm and after | Port Notes</title>', '<h1>Harbour: the storm and after</h1>').title).toBe(
      'Harbour: the storm and after',
    );
    const paragraph =
      'Learn which harbours reopened first after the storm and why? Get the tips pilots use to plan a crossing when the weather turns and the tides run high.';
    expect(fieldsOf(`<title>Harbour reopens after the storm | Port Notes</title>${og}`, `<h1>${paragraph}</h1>`).title).toBe(
      'Harbour reopens after the storm',
    );
    expect(
      fieldsOf(`<title>Harbour reopens after the storm | Port Notes</title>${og}`, '<h1>HARBOUR REOPENS AFTER THE STORM</h1>').title,
    ).toBe('Harbour reopens after the storm');
    // Capitals the page states no other way stay as printed.
    expect(fieldsOf('<title>Port Notes</title>', '<h1>HARBOUR REOPENS AFTER THE STORM</h1>').title).toBe('HARBOUR REOPENS AFTER THE STORM');
  });

  it("reads the date where pages put it: meta names in any case, React's dateTime, a number under the <h1>", () => {
    expect(harbourArticle('', '<meta name="DC.Date" content="2019-06-25">').date).toBe('2019-06-25');
    expect(harbourArticle('', '<meta name="published-date" content="2021-02-16">').date).toBe('2021-02-16');
    expect(harbourArticle('<p><time dateTime="2025-04-29 21:00:25">2025/4/29</time></p>').date).toBe('2025-04-29');
    // "02-12-2025" does not say which is the month: the next <time> does.
    expect(
      harbourArticle('<p><time datetime="02-12-2025">02-12-2025</time></p><p><time datetime="2025-12-02">Tuesday</time></p>').date,
    ).toBe('2025-12-02');
    expect(harbourArticle('<span class="h5">17.05.2021</span>').date).toBe('2021-05-17');
    // Under the <h1> (in the page's header, outside the article), when the page's stated title, printed as a section's
    // heading further down, was taken over it.
    expect(
      fieldsOf(
        '<title>Harbour reopens after the storm | Port Notes</title>',
        '<header><h1>How the harbour came back</h1><h5>2024-11-06</h5></header><article>',
        '<h2>Harbour reopens after the storm</h2><p>The last section of the report, on the quays.</p></article>',
      ).date,
    ).toBe('2024-11-06');
  });

  it('finds the article of a page with a script between its head and body, or streamed into a hidden element', () => {
    const textOf = (html: string) => {
      const result = ingestSource('page.html', new TextEncoder().encode(html));
      if (result.status !== 'ok') throw new Error(JSON.stringify(result));
      return result.article.body.map((paragraph) => plainText(paragraph.inline)).join('\n');
    };
    const scriptBeforeBody = `<!doctype html><html><head><title>Harbour reopens</title></head>\n<script>var theme = 1;</script>\n<body><article><h1>Harbour reopens</h1>${prose}</article></body></html>`;
    expect(textOf(scriptBeforeBody)).toContain('Paragraph 6 of the report on the harbour');
    const streamed = `<!doctype html><html><head><title>Harbour reopens</title></head><body><div hidden=""><main><h1>Harbour reopens</h1>${prose}</main></div><footer><p>© 2025 Port Notes. All rights reserved.</p></footer><script>reveal()</script></body></html>`;
    expect(textOf(streamed)).toContain('Paragraph 6 of the report on the harbour');
  });

  it("mends a headline's lost characters, a subtitle run into it, and Markdown in its meta title", () => {
    expect(fieldsOf("<title>Harbour guide: Beginner's Notes</title>", '<h1>Harbour guide? Beginner? Notes</h1>').title).toBe(
      "Harbour guide: Beginner's Notes",
    );
    expect(fieldsOf('<title>Harbour</title>', '<h1>The Harbour Guide<span class="block">Ferries and Tides</span></h1>').title).toBe(
      'The Harbour Guide Ferries and Tides',
    );
    expect(fieldsOf('<title>*A Treatise on Harbours* (1792) | Port Notes</title>', '').title).toBe('A Treatise on Harbours (1792)');
  });

  it('does not take an address for the name of the site', () => {
    const fields = fieldsOf(
      '<title>Harbour reopens</title><meta property="og:site_name" content="http://www.portnotes.example"><meta name="application-name" content="Port Notes">',
      '<h1>Harbour reopens</h1>',
    );
    expect(fields.publication).toBe('Port Notes');
  });
});

describe('page metadata helpers', () => {
  it('tells a saved page from an HTML fragment', () => {
    expect(isFullDocument('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe(true);
    expect(isFullDocument('<h1>A headline</h1><p>A paragraph.</p>')).toBe(false);
  });

  it("drops the site's name from a <title>, and nothing that is part of the headline", () => {
    expect(titleWithoutSiteName('Dam opens | The Valley Courier', 'The Valley Courier')).toBe('Dam opens');
    expect(titleWithoutSiteName('The Valley Courier - Dam opens', 'The Valley Courier')).toBe('Dam opens');
    expect(titleWithoutSiteName('Dam opens | BBC News')).toBe('Dam opens');
    expect(titleWithoutSiteName('Thai cave rescue: who are the divers?')).toBe('Thai cave rescue: who are the divers?');
  });

  it('reads dates as pages write them, to the day they state', () => {
    expect(partialDateOf('2018-07-03T23:30:00-05:00')).toBe('2018-07-03');
    expect(partialDateOf('2017-02-30')).toBeUndefined();
    expect(dateInText('Updated on July 9, 2025')).toBe('2025-07-09');
    expect(dateInText('Published 17 Dec 2025, 10:04')).toBe('2025-12-17');
    expect(dateInText('Sept. 3rd, 2019')).toBe('2019-09-03');
    expect(dateInText('2025-12-17T10:00')).toBe('2025-12-17');
    expect(dateInText('in 2025, or so')).toBeUndefined();
    expect(dateInText('Dec 17, 2025Julian K. Arni')).toBe('2025-12-17');
    expect(dateInText('Dec 17, 20251')).toBeUndefined();
    // Precision kept, no time zone, no year invented.
    expect(partialDateOf('2018-07')).toBe('2018-07');
    expect(partialDateOf('2018')).toBe('2018');
    expect(partialDateOf('Tue, 10 Jul 2018 01:30:00 +0700')).toBe('2018-07-10');
    for (const value of ['July 4', '7', '10/07/2018']) expect(partialDateOf(value), value).toBeUndefined();
  });

  it('joins names as a byline does', () => {
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B', 'A'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('limits on saved pages', () => {
  it('refuses a page nested past the limit before the extractor runs', () => {
    const deep = `<html><body>${'<div>'.repeat(5000)}hi${'</div>'.repeat(5000)}</body></html>`;
    expect(() => ingestSource('deep.html', new TextEncoder().encode(deep))).toThrow(/nests HTML elements more than 256 deep/);
  });
});

describe('a byline line at the head of an article', () => {
  it('is the author, never a headline or standfirst', () => {
    const result = ingestSource(
      'b.txt',
      new TextEncoder().encode(
        'Dam opens after ten years\nBy Mara Holt and Ivo Brandt\nThe Vesna dam opened on Tuesday, ten years after its first stone was laid.',
      ),
    );
    if (result.status !== 'ok') throw new Error('not ingested');
    expect(result.article.fields).toMatchObject({ title: 'Dam opens after ten years', author: 'Mara Holt and Ivo Brandt' });
    expect(result.article.fields.dek).toBeUndefined();
    expect(result.article.fields.removed).toContainEqual({ text: 'By Mara Holt and Ivo Brandt', reason: 'byline (moved to author)' });
  });
});

describe('the top of a saved page’s article, under the headline the page showed', () => {
  const prose = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1}: the reservoir behind the new dam filled more slowly than the engineers had promised the valley’s farmers last spring.</p>`,
  ).join('');
  /** A saved page: its headline in an <h1>, a description in its meta tags, then the article's first lines and its prose. */
  const saved = (top: string, description = 'A page about the dam') => {
    const result = ingestSource(
      'page.html',
      new TextEncoder().encode(
        `<!doctype html><html><head><title>Dam opens after ten years | The Valley Courier</title><meta property="og:description" content="${description}"></head><body><article><h1>Dam opens after ten years</h1>${top}${prose}</article></body></html>`,
      ),
    );
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    const { fields, body } = result.article;
    return { fields, text: body.map((p) => plainText(p.inline)).join('\n'), removed: fields.removed.map((r) => r.text) };
  };

  it('takes the subtitle the page summarises itself with for the standfirst, not for a second headline', () => {
    const page = saved('<h2>The valley waited a decade for its water</h2>', 'The valley waited a decade for its water');
    expect(page.fields).toMatchObject({ title: 'Dam opens after ten years', dek: 'The valley waited a decade for its water' });
    expect(page.text).not.toContain('The valley waited');
  });

  it('takes a long unpunctuated line at the top for the standfirst', () => {
    const page = saved('<p>Our reporter spent a week with the farmers who fought the scheme and lost</p>');
    expect(page.fields.dek).toBe('Our reporter spent a week with the farmers who fought the scheme and lost');
    expect(page.fields.truncated).toBe(false);
  });

  it('keeps the first section’s heading, a caption or a label in the body, and never calls it the headline', () => {
    for (const line of ['Building the Dam', 'General', 'V8 engine and spanner']) {
      const page = saved(`<h2>${line}</h2>`);
      expect(page.fields.title, line).toBe('Dam opens after ten years');
      expect(page.fields.dek, line).toBeUndefined();
      expect(page.text.split('\n')[0], line).toBe(line);
    }
  });

  it('keeps a first paragraph in the body when the page’s description repeats it', () => {
    const lede = 'The Vesna dam opened on Tuesday, ten years after its first stone was laid.';
    const page = saved(`<p>${lede}</p>`, lede);
    expect(page.fields.dek).toBeUndefined();
    expect(page.text.split('\n')[0]).toBe(lede);
  });

  it('moves captions, credits, bare byline labels and the date line out of the body', () => {
    const page = saved(
      [
        '<p>Image credit: © Stockphotos.com/Jane Roe</p>',
        '<p>December 17, 2025 • 8 minutes</p>',
        '<p>By</p>',
        '<p>Ana Brel</p>',
        '<p>Edited by</p>',
        '<p>By Chris Radich, public sector CTO and VP for customer success, Example Corp</p>',
        '<p>imaginima/Getty Images</p>',
        '<p>The dam at dawn, seen from the old bridge. Photo: Courier/Ana Brel</p>',
        '<p>Farmers at the spillway on opening day. FatCamera/Getty Images hide caption</p>',
        '<p>toggle caption</p>',
      ].join(''),
    );
    // The first byline names the author; the second, "By X, <post>", is removed as a byline too.
    expect(page.fields).toMatchObject({ author: 'Ana Brel', date: '2025-12-17' });
    expect(page.fields.figures).toEqual([
      { caption: 'The dam at dawn, seen from the old bridge.', credit: 'Courier/Ana Brel' },
      { caption: 'Farmers at the spillway on opening day.', credit: 'FatCamera/Getty Images' },
    ]);
    expect(page.text.split('\n')[0]).toMatch(/^Paragraph 1: /);
    expect(page.fields.truncated).toBe(false);
    for (const line of ['Image credit', 'December 17', 'Edited by', 'Ana Brel', 'Radich', 'Getty', 'Photo:', 'caption'])
      expect(page.text).not.toContain(line);
  });

  it('knows the headline printed again with other quotation marks, dashes, spaces or a full stop, and the kicker before it', () => {
    for (const line of ['Dam Opens After Ten Years.', 'Dam opens – after ten years', 'Dam opens<br>after ten years']) {
      const page = saved(`<h2>${line}</h2>`);
      expect(page.fields.dek, line).toBeUndefined();
      expect(page.text, line).not.toMatch(/^Dam opens/i);
    }
    const kicker = saved('<p>Valley dam latest: Dam opens after ten years</p>');
    expect(kicker.fields.section).toBe('Valley dam latest');
    expect(kicker.text).not.toContain('latest');
    // Another story's headline under a kicker is not this page's: it stays, and is no standfirst.
    const other = saved('<p>Valley dam latest: the first boats cross the new lake on Sunday</p>');
    expect(other.fields.dek).toBeUndefined();
    expect(other.text.split('\n')[0]).toBe('Valley dam latest: the first boats cross the new lake on Sunday');
  });

  it('takes no short section heading under the headline printed again for the standfirst', () => {
    const page = saved('<h2>Dam opens after ten years</h2><h3>Background</h3>');
    expect(page.fields.dek).toBeUndefined();
    expect(page.text.split('\n')[0]).toBe('Background');
  });

  it('removes a date line with its reading time as the article’s first line', () => {
    for (const line of ['March 3, 2025 • 4 min read', 'March 3, 2025 • 4 minutes']) {
      const page = saved(`<p>${line}</p>`);
      expect(page.text.split('\n')[0], line).toMatch(/^Paragraph 1: /);
      expect(page.removed, line).toContain(line);
    }
  });

  it('takes a <figcaption> under a photograph for its caption, in its place, whatever its words; a pull quote’s stays', () => {
    const photo = (caption: string) => `<figure><img src="dam.jpg" alt=""><figcaption>${caption}</figcaption></figure>`;
    const result = ingestSource(
      'page.html',
      new TextEncoder().encode(
        `<!doctype html><html><head><title>Dam opens after ten years</title></head><body><article><h1>Dam opens after ten years</h1>${prose}${photo('Farmers at the spillway')}${prose.replaceAll('Paragraph', 'Section')}${photo('Source: Valley Survey')}${photo('Source: Valley Survey')}${photo('Image source: Valley Wire.')}<figure><svg class="quote-icon"></svg><blockquote><p>The river is ours again.</p></blockquote><figcaption>Ana Brel, a farmer</figcaption></figure><figure><figure><img src="icon.png" alt=""></figure><table><tr><td>Gates</td><td>4</td></tr></table><figcaption>Table 2: the gates</figcaption></figure><figure><img src="x.jpg" alt=""><figcaption><p>The lake at dusk.</p><p>It filled in a week.</p></figcaption></figure><figure><img src="y.jpg" alt=""><figcaption>The pier at night<br>Photo: Ana Brel</figcaption></figure>${prose.replaceAll('Paragraph', 'Part')}</article></body></html>`,
      ),
    );
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    const { fields, body } = result.article;
    expect(fields.figures).toEqual([
      { caption: 'Farmers at the spillway', after: 6 },
      // Two charts with the same caption are two photographs.
      { caption: 'Source: Valley Survey', after: 12 },
      { caption: 'Source: Valley Survey', after: 12 },
      { caption: '', credit: 'Valley Wire', after: 12 },
      // Two paragraphs of one caption are one photograph's; a credit under a line break is its credit.
      // (After the quotation, its attribution, the table's cell "Gates" and its caption: paragraphs 13 to 16.)
      { caption: 'The lake at dusk. It filled in a week.', after: 16 },
      { caption: 'The pier at night', credit: 'Ana Brel', after: 16 },
    ]);
    const text = body.map((p) => plainText(p.inline));
    expect(text).not.toContain('Farmers at the spillway');
    // A pull quote's attribution and a table's caption are no photograph's, whatever icon their figure holds.
    expect(text).toContain('Ana Brel, a farmer');
    expect(text).toContain('Table 2: the gates');
    expect(fields.truncated).toBe(false);
  });

  it('leaves prose that looks like those lines alone', () => {
    const lines = [
      'By then the river had already changed course.',
      'TCP/IP still carries the valley’s sensor data to the control room.',
      'She said the view was worth it. Photo: she took one, and then another, of the spillway.',
      'The survey, done by hand, will take a year.',
      'By Easter Sunday, the Chief Executive of the ferry company had resigned',
    ];
    const page = saved(lines.map((line) => `<p>${line}</p>`).join(''));
    for (const line of lines) expect(page.text).toContain(line);
    expect(page.fields.figures).toEqual([]);
  });
});
