/**
 * Checks a built site as a reader's browser and a feed reader would meet it:
 * every internal link and #anchor resolves under the base path, every page is
 * in the sitemap and reachable from the cover, the HTML validates, JSON-LD
 * parses, the feed and sitemaps are well-formed (and the feed is RSS 2.0),
 * every chapter carries its source box, and no page ships script it does not
 * need. Pure: the files come in as a map, problems go out as a list.
 */
import htmlhint, { type Ruleset } from 'htmlhint';

const { HTMLHint } = htmlhint;
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';

export interface Problem {
  /** The file in the built site, relative to its folder: `chapters/x/index.html`. */
  file: string;
  message: string;
}

export interface BuiltSite {
  /** Every file's path relative to the output folder, with `/` separators. */
  files: Set<string>;
  /** Read a text file (HTML, XML) by its relative path. */
  read: (file: string) => string;
  /** The base path the site was built for: `/` or `/mosul/`. */
  base: string;
}

/**
 * Pages that may carry script: the search page, whose script is the search
 * itself (the page says so, and works as a form without it). Everywhere else a
 * script other than JSON-LD is one a reader did not need.
 */
const PAGES_WITH_SCRIPT = [/^search\/index\.html$/];

/**
 * The HTML rules, with what is relaxed and why:
 * - `attr-value-double-quotes`, `attr-lowercase`: Astro writes the HTML; its
 *   quoting and SVG's camelCase attributes (`viewBox`) are valid HTML.
 * - `spec-char-escape`: Astro escapes text; a bare `>` in text is valid.
 * - `inline-style-disabled`: the map's SVG and the progress bar use a
 *   `style` attribute on purpose (computed positions).
 * - `head-script-disabled`: JSON-LD belongs in the head.
 */
export const HTML_RULES: Ruleset = {
  'doctype-first': true,
  'doctype-html5': true,
  'html-lang-require': true,
  'title-require': true,
  'meta-charset-require': true,
  'meta-viewport-require': true,
  'tag-pair': true,
  'tagname-lowercase': true,
  'tagname-specialchars': true,
  'empty-tag-not-self-closed': false,
  'id-unique': true,
  'attr-no-duplication': true,
  'attr-unsafe-chars': true,
  'src-not-empty': true,
  'alt-require': true,
  'button-type-require': true,
  // Off: it does not see an input wrapped in its <label>, which is valid HTML;
  // the browser tests' axe-core checks that every control has a name.
  'input-requires-label': false,
  'tag-no-obsolete': true,
  'aria-label-on-allowed-role': true,
};

// ARIA in HTML prohibits aria-label on elements whose role is generic or
// textual (span, div, p, em…): screen readers ignore it there, so the label is
// lost. They need a role, or the words in the text.
const NO_ARIA_LABEL = new Set([
  'span',
  'div',
  'p',
  'b',
  'i',
  'em',
  'strong',
  'code',
  'small',
  's',
  'u',
  'mark',
  'sub',
  'sup',
  'del',
  'ins',
  'pre',
  'caption',
  'label',
  'legend',
]);
HTMLHint.addRule({
  id: 'aria-label-on-allowed-role',
  description: 'aria-label only on elements whose role may be named (not on a plain span, div or p).',
  init(parser, reporter) {
    parser.addListener('tagstart', (event) => {
      const tag = event.tagName.toLowerCase();
      if (!NO_ARIA_LABEL.has(tag)) return;
      const names = event.attrs.map((attr) => attr.name.toLowerCase());
      if (names.includes('aria-label') && !names.includes('role')) {
        reporter.error(
          `aria-label on a plain <${tag}> is ignored by screen readers: give it a role or put the words in the text.`,
          event.line,
          event.col,
          this,
          event.raw,
        );
      }
    });
  },
});

type Link = { href: string; from: string };

export interface PageFacts {
  ids: Set<string>;
  links: string[];
  scripts: Array<{ type: string; src: string | null; text: string }>;
  hasSourceBox: boolean;
  /** The page asks search engines not to index it: a moved topic's forwarding page. */
  noindex: boolean;
}

export function factsOfPage(html: string): PageFacts {
  const { document } = parseHTML(html);
  const ids = new Set<string>();
  for (const element of document.querySelectorAll('[id], a[name]')) ids.add(element.getAttribute('id') ?? element.getAttribute('name')!);
  const links: string[] = [];
  for (const element of document.querySelectorAll('a[href], link[href], area[href]')) {
    const rel = element.getAttribute('rel') ?? '';
    // Preconnect and DNS hints name origins, not pages.
    if (/\b(preconnect|dns-prefetch)\b/.test(rel)) continue;
    links.push(element.getAttribute('href')!);
  }
  // A search box's form leads to the search page as surely as a link does.
  for (const element of document.querySelectorAll('form[action]')) links.push(element.getAttribute('action')!);
  for (const element of document.querySelectorAll('img[src], script[src], source[src], iframe[src], video[src], audio[src], track[src]'))
    links.push(element.getAttribute('src')!);
  for (const element of document.querySelectorAll('video[poster]')) links.push(element.getAttribute('poster')!);
  for (const element of document.querySelectorAll('img[srcset], source[srcset]')) {
    // Candidates are separated by a comma and space; a comma inside a URL (or a data: URI) is not one.
    for (const candidate of element.getAttribute('srcset')!.split(/,\s+/)) links.push(candidate.trim().split(/\s+/)[0]!);
  }
  for (const element of document.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]'))
    links.push(element.getAttribute('content')!);
  const scripts = [...document.querySelectorAll('script')].map((script) => ({
    type: script.getAttribute('type') ?? '',
    src: script.getAttribute('src'),
    text: script.textContent ?? '',
  }));
  return {
    ids,
    links: links.filter(Boolean),
    scripts,
    hasSourceBox: document.querySelector('.source-box') !== null,
    noindex: /noindex/.test(document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? ''),
  };
}

export type Target =
  | { kind: 'external' }
  | { kind: 'outside-base'; path: string }
  | { kind: 'malformed'; href: string }
  | { kind: 'internal'; file: string; candidates: string[]; fragment: string };

/**
 * Where an href in `from` (a file relative to the output folder) leads. A
 * page at `chapters/x/` is `chapters/x/index.html` or `chapters/x.html`.
 */
export function resolveLink(href: string, from: string, base: string, siteOrigin?: string): Target {
  if (/^(mailto|tel|data|javascript):/i.test(href)) return { kind: 'external' };
  const pageUrl = new URL(`${base.replace(/\/?$/, '/')}${from.replace(/(^|\/)index\.html$/, '$1')}`, 'http://site.invalid');
  let url: URL;
  let path: string;
  let fragment: string;
  try {
    url = new URL(href, pageUrl);
    path = decodeURIComponent(url.pathname);
    fragment = decodeURIComponent(url.hash.replace(/^#/, ''));
  } catch {
    return { kind: 'malformed', href };
  }
  const relative = url.origin === 'http://site.invalid';
  if (!relative && (siteOrigin === undefined || url.origin !== siteOrigin)) return { kind: 'external' };
  const prefix = base.replace(/\/?$/, '/');
  if (!path.startsWith(prefix) && `${path}/` !== prefix) {
    // A full address on the site's own origin but outside the base is another part of that site (a
    // newsroom's archive, an original article): not ours to check. A path without an origin is ours.
    return relative ? { kind: 'outside-base', path } : { kind: 'external' };
  }
  path = path.slice(prefix.length);
  const candidates =
    path === '' || path.endsWith('/')
      ? [`${path}index.html`]
      : /\.[a-z0-9]+$/i.test(path)
        ? [path]
        : [`${path}/index.html`, `${path}.html`];
  return { kind: 'internal', file: candidates[0]!, candidates, fragment };
}

function xmlProblems(file: string, xml: string): Problem[] {
  const valid = XMLValidator.validate(xml);
  return valid === true ? [] : [{ file, message: `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})` }];
}

// RSS 2.0: an item's <author> is the writer's email address. Names without one
// belong in <dc:creator>; feed readers reject or mangle anything else.
const EMAIL_AUTHOR = /^\S+@\S+\.\S+(\s+\(.+\))?$/;

function feedProblems(file: string, xml: string): Problem[] {
  const problems = xmlProblems(file, xml);
  if (problems.length > 0) return problems;
  const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
  if (feed.rss?.['@_version'] !== '2.0' || !feed.rss.channel)
    return [{ file, message: 'not an RSS 2.0 feed (<rss version="2.0"><channel>)' }];
  const items = [feed.rss.channel.item ?? []].flat();
  for (const [index, item] of items.entries()) {
    if (!item.title && !item.description) problems.push({ file, message: `item ${index + 1} has neither title nor description` });
    if (item.author !== undefined && !EMAIL_AUTHOR.test(String(item.author))) {
      problems.push({
        file,
        message: `item ${index + 1} ("${item.title}"): <author>${item.author}</author> is not an email address, as RSS 2.0 requires; use <dc:creator>`,
      });
    }
  }
  return problems;
}

/** The pages a sitemap lists, as files relative to the output folder. */
function sitemapPages(site: BuiltSite, siteOrigin: string | undefined, problems: Problem[]): { listed: Set<string>; found: boolean } {
  const listed = new Set<string>();
  const parser = new XMLParser();
  const sitemaps = [...site.files].filter((file) => /^sitemap[^/]*\.xml$/.test(file));
  for (const file of sitemaps) {
    const xml = site.read(file);
    const xmlIssues = xmlProblems(file, xml);
    problems.push(...xmlIssues);
    if (xmlIssues.length > 0) continue;
    const parsed = parser.parse(xml);
    for (const entry of [parsed.urlset?.url ?? []].flat()) {
      const target = resolveLink(String(entry.loc), '', site.base, siteOrigin);
      if (target.kind === 'internal') {
        const page = target.candidates.find((candidate) => site.files.has(candidate));
        if (page) listed.add(page);
        else problems.push({ file, message: `lists ${entry.loc}, which is not in the site` });
      } else if (target.kind === 'external') {
        problems.push({ file, message: `lists ${entry.loc}, on another site than the pages' canonical ${siteOrigin ?? '(none)'}` });
      } else {
        problems.push({ file, message: `lists ${entry.loc}, outside the base path ${site.base}` });
      }
    }
  }
  return { listed, found: sitemaps.length > 0 };
}

/** The page served for a missing URL: in no sitemap, linked from nowhere, by design. */
const NOT_FOUND_PAGE = '404.html';

export interface CheckResult {
  problems: Problem[];
  pages: number;
  /** Internal links and anchors followed. */
  links: number;
}

export function checkSite(site: BuiltSite): CheckResult {
  const problems: Problem[] = [];
  let linksFollowed = 0;
  // Pages are the HTML documents the build made. A file copied from public/ that is not one (a search
  // engine's verification file, `google1234.html`) is served as it is, and not ours to judge.
  const pages = [...site.files].filter((file) => file.endsWith('.html') && /<html[\s>]/i.test(site.read(file).slice(0, 2000))).sort();
  const facts = new Map<string, PageFacts>();
  for (const page of pages) {
    const html = site.read(page);
    for (const message of HTMLHint.verify(html, HTML_RULES)) {
      problems.push({ file: page, message: `line ${message.line}: ${message.message} [${message.rule.id}]` });
    }
    facts.set(page, factsOfPage(html));
  }

  const siteOrigin = canonicalOfCover(site)?.origin;

  const missing = new Map<string, Link[]>();
  for (const [page, { links, scripts, hasSourceBox }] of facts) {
    for (const href of links) {
      const target = resolveLink(href, page, site.base, siteOrigin);
      if (target.kind === 'external') continue;
      linksFollowed++;
      if (target.kind === 'outside-base') {
        problems.push({ file: page, message: `links to ${href}, outside the base path ${site.base}` });
        continue;
      }
      if (target.kind === 'malformed') {
        problems.push({ file: page, message: `links to ${href}, which is not a valid address (a stray % or a space?)` });
        continue;
      }
      const file = target.candidates.find((candidate) => site.files.has(candidate));
      if (!file) {
        // Grouped by where the link leads, not by how it is written: `../x/` from two depths is two problems.
        missing.set(target.file, [...(missing.get(target.file) ?? []), { href, from: page }]);
        continue;
      }
      if (target.fragment && file.endsWith('.html') && !facts.get(file)?.ids.has(target.fragment)) {
        problems.push({ file: page, message: `links to ${href}, but ${file} has no element with id "${target.fragment}"` });
      }
    }
    for (const script of scripts) {
      if (script.type === 'application/ld+json') {
        try {
          const data = JSON.parse(script.text);
          if (!data['@context']) problems.push({ file: page, message: 'JSON-LD without @context' });
        } catch (error) {
          problems.push({ file: page, message: `JSON-LD does not parse: ${(error as Error).message}` });
        }
      } else if (!PAGES_WITH_SCRIPT.some((pattern) => pattern.test(page))) {
        problems.push({ file: page, message: `ships a script (${script.src ?? 'inline'}) that reading this page does not need` });
      }
    }
    if (/^chapters\/[^/]+\/index\.html$/.test(page) && !hasSourceBox)
      problems.push({ file: page, message: 'chapter without its source box (publication, author, date, original link)' });
  }
  for (const uses of missing.values()) {
    const from = [...new Set(uses.map((use) => use.from))];
    problems.push({
      file: from[0]!,
      message: `links to ${uses[0]!.href}, which is not in the site${from.length > 1 ? ` (also from ${from.length - 1} other page${from.length > 2 ? 's' : ''})` : ''}`,
    });
  }

  const { listed, found } = sitemapPages(site, siteOrigin, problems);
  if (!found) problems.push({ file: 'sitemap-index.xml', message: 'no sitemap in the site' });
  const reachable = reachableFrom('index.html', facts, site, siteOrigin);
  for (const page of pages) {
    if (page === NOT_FOUND_PAGE) continue;
    if (facts.get(page)!.noindex) {
      if (listed.has(page)) problems.push({ file: page, message: 'asks not to be indexed (noindex) but is in the sitemap' });
      continue;
    }
    if (found && !listed.has(page)) problems.push({ file: page, message: 'in no sitemap' });
    if (!reachable.has(page)) problems.push({ file: page, message: 'reachable from no link starting at the cover' });
  }
  for (const feed of [...site.files].filter((file) => /(^|\/)(rss|feed)\.xml$/.test(file)))
    problems.push(...feedProblems(feed, site.read(feed)));
  return { problems, pages: pages.length, links: linksFollowed };
}

/** The cover's canonical URL: the origin and base path the site was built for. */
export function canonicalOfCover(site: Pick<BuiltSite, 'files' | 'read'>): URL | undefined {
  if (!site.files.has('index.html')) return undefined;
  const href = parseHTML(site.read('index.html')).document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  try {
    return href ? new URL(href) : undefined;
  } catch {
    return undefined;
  }
}

/** Pages a reader can reach by following links from the cover. */
function reachableFrom(start: string, facts: Map<string, PageFacts>, site: BuiltSite, siteOrigin: string | undefined): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const page = queue.pop()!;
    for (const href of facts.get(page)?.links ?? []) {
      const target = resolveLink(href, page, site.base, siteOrigin);
      if (target.kind !== 'internal') continue;
      const file = target.candidates.find((candidate) => facts.has(candidate));
      if (file && !seen.has(file)) {
        seen.add(file);
        queue.push(file);
      }
    }
  }
  return seen;
}
