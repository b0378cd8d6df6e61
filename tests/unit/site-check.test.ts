/**
 * `npm run check` on small hand-made sites: a clean one passes, and each kind
 * of fault a reader, validator or feed reader would meet is named with its file.
 */
import { describe, expect, it } from 'vitest';
import { checkSite, resolveLink, type BuiltSite } from '../../src/check/site-check.ts';

const ORIGIN = 'https://example.org';

function page(base: string, path: string, body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>t</title><link rel="canonical" href="${ORIGIN}${base}${path}">${head}</head><body>${body}</body></html>`;
}

function sitemap(base: string, paths: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((path) => `<url><loc>${ORIGIN}${base}${path}</loc></url>`).join('')}</urlset>`;
}

const FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><link>${ORIGIN}/</link><description>D</description><item><title>One</title><dc:creator>A. Writer</dc:creator></item></channel></rss>`;

/** A three-page site under `base` that has nothing wrong; `change` edits its files. */
function site(base = '/', change: (files: Map<string, string>) => void = () => {}): BuiltSite {
  const files = new Map<string, string>([
    [
      'index.html',
      page(
        base,
        '',
        `<main><a href="${base}chapters/one/">One</a> <a href="chapters/one/#p-2">second paragraph</a><form action="${base}search/" method="get"><label>Search <input name="q"></label></form></main>`,
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite"}</script>',
      ),
    ],
    [
      'chapters/one/index.html',
      page(
        base,
        'chapters/one/',
        `<main><p id="p-1">A</p><p id="p-2">B</p><section class="source-box">From the Source</section><a href="../../">Contents</a></main>`,
      ),
    ],
    [
      'search/index.html',
      page(base, 'search/', '<main><p>Search</p></main>', `<script type="module" src="${base}_astro/search.js"></script>`),
    ],
    ['_astro/search.js', ''],
    ['404.html', page(base, '404.html', '<main><p>Not here.</p></main>')],
    [
      'sitemap-index.xml',
      `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${ORIGIN}${base}sitemap-0.xml</loc></sitemap></sitemapindex>`,
    ],
    ['sitemap-0.xml', sitemap(base, ['', 'chapters/one/', 'search/'])],
    ['rss.xml', FEED],
  ]);
  change(files);
  return { files: new Set(files.keys()), read: (file) => files.get(file)!, base };
}

const messages = (built: BuiltSite) => checkSite(built).problems.map(({ file, message }) => `${file}: ${message}`);

/** What the check says of the sound site with one file's text changed. */
const afterEdit = (file: string, from: string, to: string, base = '/') =>
  messages(site(base, (files) => files.set(file, files.get(file)!.replace(from, to))));

describe('npm run check', () => {
  it.each(['/', '/mosul/'])('passes a sound site built under %s, following its links', (base) => {
    const result = checkSite(site(base));
    expect(result.problems).toEqual([]);
    expect(result.pages).toBe(4);
    expect(result.links).toBeGreaterThanOrEqual(5);
  });

  it('names a link to a missing page and an anchor the page lacks', () => {
    const found = afterEdit(
      'chapters/one/index.html',
      '</main>',
      '<a href="/chapters/two/">Two</a><a href="#p-9">a lost paragraph</a></main>',
    );
    expect(found).toContain('chapters/one/index.html: links to /chapters/two/, which is not in the site');
    expect(found).toContain('chapters/one/index.html: links to #p-9, but chapters/one/index.html has no element with id "p-9"');
  });

  it('groups a missing page\u2019s links by where they lead, not by how they are written', () => {
    const found = messages(
      site('/', (files) => {
        files.set('index.html', files.get('index.html')!.replace('</main>', '<a href="gone/">a</a></main>'));
        files.set(
          'chapters/one/index.html',
          files.get('chapters/one/index.html')!.replace('</main>', '<a href="gone/">b</a><a href="/gone/">c</a></main>'),
        );
      }),
    );
    // `gone/` on the cover and `/gone/` on the chapter lead to one missing page; `gone/` on the chapter to another.
    expect(found.sort()).toEqual([
      'chapters/one/index.html: links to /gone/, which is not in the site (also from 1 other page)',
      'chapters/one/index.html: links to gone/, which is not in the site',
    ]);
  });

  it('names a link that escapes the base path', () => {
    const found = afterEdit('index.html', '</main>', '<a href="/chapters/one/">root-relative</a></main>', '/mosul/');
    expect(found).toContain('index.html: links to /chapters/one/, outside the base path /mosul/');
  });

  it('names a page missing from the sitemap, and one no link reaches', () => {
    const found = messages(
      site('/', (files) => {
        files.set('sitemap-0.xml', sitemap('/', ['', 'chapters/one/', 'search/', 'orphan/']));
        files.set('orphan/index.html', page('/', 'orphan/', '<main><p>Alone</p></main>'));
        files.set(
          'chapters/two/index.html',
          page('/', 'chapters/two/', '<main><section class="source-box">S</section><a href="/">Home</a></main>'),
        );
      }),
    );
    expect(found).toContain('orphan/index.html: reachable from no link starting at the cover');
    expect(found).toContain('chapters/two/index.html: in no sitemap');
    expect(found).not.toContain('404.html: in no sitemap');
  });

  it('names invalid HTML, including aria-label on a plain span', () => {
    const found = afterEdit(
      'chapters/one/index.html',
      '<p id="p-2">B</p>',
      '<p id="p-1">B</p><span aria-label="3 mentions">3</span><div><span></div>',
    );
    expect(found.some((line) => line.includes('[id-unique]'))).toBe(true);
    expect(found.some((line) => line.includes('[tag-pair]'))).toBe(true);
    expect(found.some((line) => line.includes('aria-label on a plain <span>'))).toBe(true);
  });

  it('names JSON-LD that does not parse', () => {
    const found = afterEdit('index.html', '"WebSite"}', '"WebSite",}');
    expect(found.some((line) => line.startsWith('index.html: JSON-LD does not parse'))).toBe(true);
  });

  it('names a malformed sitemap, a feed author RSS 2.0 rejects, and a chapter without its source box', () => {
    const found = messages(
      site('/', (files) => {
        files.set('sitemap-0.xml', files.get('sitemap-0.xml')!.replace('</urlset>', ''));
        files.set('rss.xml', FEED.replace('<dc:creator>A. Writer</dc:creator>', '<author>A. Writer</author>'));
        files.set('chapters/one/index.html', files.get('chapters/one/index.html')!.replace('class="source-box"', 'class="other"'));
      }),
    );
    expect(found.some((line) => line.startsWith('sitemap-0.xml: not well-formed XML'))).toBe(true);
    expect(found).toContain(
      'rss.xml: item 1 ("One"): <author>A. Writer</author> is not an email address, as RSS 2.0 requires; use <dc:creator>',
    );
    expect(found).toContain('chapters/one/index.html: chapter without its source box (publication, author, date, original link)');
  });

  it('names script on a page that does not need it, but lets the search page have its own', () => {
    const found = afterEdit('chapters/one/index.html', '</main>', '</main><script>track()</script>');
    expect(found).toEqual(['chapters/one/index.html: ships a script (inline) that reading this page does not need']);
  });

  it('leaves a moved topic\u2019s forwarding page (noindex) out of the sitemap and reachability checks', () => {
    const forward = page('/', 'chapters/one/', '<p>Moved to <a href="/">new</a></p>', '<meta name="robots" content="noindex">');
    expect(messages(site('/', (files) => files.set('topics/old/index.html', forward)))).toEqual([]);
    expect(
      messages(
        site('/', (files) => {
          files.set('topics/old/index.html', forward);
          files.set('sitemap-0.xml', sitemap('/', ['', 'chapters/one/', 'search/', 'topics/old/']));
        }),
      ),
    ).toEqual(['topics/old/index.html: asks not to be indexed (noindex) but is in the sitemap']);
  });
});

describe('npm run check, on what sites really hold', () => {
  it('leaves a full address on the own origin outside the base alone (an original article), but names a bare path outside it', () => {
    expect(afterEdit('index.html', '</main>', `<a href="${ORIGIN}/world/kill-box-1.748590">the original</a></main>`, '/mosul/')).toEqual(
      [],
    );
    expect(afterEdit('index.html', '</main>', '<a href="/world/">World</a></main>', '/mosul/')).toEqual([
      'index.html: links to /world/, outside the base path /mosul/',
    ]);
  });

  it('names an address with a stray %, without stopping', () => {
    expect(afterEdit('index.html', '</main>', '<a href="#save-100%OFF">offer</a></main>')).toEqual([
      'index.html: links to #save-100%OFF, which is not a valid address (a stray % or a space?)',
    ]);
  });

  it('leaves a search engine\u2019s verification file from public/ alone', () => {
    const found = messages(
      site('/', (files) => files.set('google1234567890abcdef.html', 'google-site-verification: google1234567890abcdef.html')),
    );
    expect(found).toEqual([]);
  });

  it('reads srcset candidates by their separators, and checks a video\u2019s poster', () => {
    const found = afterEdit(
      'chapters/one/index.html',
      '</main>',
      '<img alt="a" src="data:image/gif;base64,R0lGOD" srcset="data:image/png;base64,AAA,BBB 1x, /missing-2x.png 2x"><video poster="/poster.jpg"></video></main>',
    );
    expect(found.sort()).toEqual([
      'chapters/one/index.html: links to /missing-2x.png, which is not in the site',
      'chapters/one/index.html: links to /poster.jpg, which is not in the site',
    ]);
  });
});

describe('resolveLink', () => {
  it('reads relative, root-relative and absolute links against the page and base', () => {
    expect(resolveLink('../two/#p-1', 'chapters/one/index.html', '/mosul/')).toMatchObject({
      kind: 'internal',
      file: 'chapters/two/index.html',
      fragment: 'p-1',
    });
    expect(resolveLink(`${ORIGIN}/mosul/topics/x/`, 'index.html', '/mosul/', ORIGIN)).toMatchObject({
      kind: 'internal',
      file: 'topics/x/index.html',
    });
    expect(resolveLink('https://other.example/', 'index.html', '/', ORIGIN)).toEqual({ kind: 'external' });
    expect(resolveLink('/elsewhere/', 'index.html', '/mosul/')).toEqual({ kind: 'outside-base', path: '/elsewhere/' });
    expect(resolveLink(`${ORIGIN}/elsewhere/`, 'index.html', '/mosul/', ORIGIN)).toEqual({ kind: 'external' });
    expect(resolveLink('mailto:a@b.org', 'index.html', '/')).toEqual({ kind: 'external' });
  });
});
