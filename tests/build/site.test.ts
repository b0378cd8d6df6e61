/**
 * The bundled corpus built for real, at the root and under /mosul/, as a
 * static host would serve it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { toString as hastText } from 'hast-util-to-string';
import sharp from 'sharp';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBuiltSite } from '../helpers/check.ts';
import { astroBuild, ROOT, type Build } from '../helpers/build.ts';
import { htmlFiles, parseHtml } from '../helpers/links.ts';

const SITE = 'https://dossier.example';
const READING_ORDER = ['kalin-interview', 'beginning-of-the-end', 'one-square-mile', 'victory-and-its-cost', 'kill-box'];
const builds: Record<string, Build> = {};

beforeAll(() => {
  builds['/'] = astroBuild({ siteUrl: SITE, basePath: '/' });
  // Written as an editor might, without slashes: normalised to /mosul/.
  builds['/mosul/'] = astroBuild({ siteUrl: SITE, basePath: 'mosul' });
});

const page = (base: string, path: string) => parseHtml(join(builds[base]!.outDir, path, 'index.html'));
/** The pages of a topic's "all mentions", when it has them: topics/<slug>/mentions/, …/2/. */
const mentionPages = (slug: string) => {
  const dir = join(builds['/mosul/']!.outDir, 'topics', slug, 'mentions');
  if (!existsSync(dir)) return [];
  const more = readdirSync(dir)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(a) - Number(b));
  return [`topics/${slug}/mentions`, ...more.map((n) => `topics/${slug}/mentions/${n}`)];
};
const attr = (tree: ReturnType<typeof parseHtml> | Element, selector: string, name: string) =>
  String((select(selector, tree) as Element | undefined)?.properties[name] ?? '');

describe.each(['/', '/mosul/'])('the site built under %s', (base) => {
  it('builds, reading each chapter once for its links and for every page', () => {
    expect(builds[base]!.status, builds[base]!.output).toBe(0);
    // The render plugins and the pages share each chapter's record: five chapters, five read.
    expect(builds[base]!.output).toContain(`[dossier] corpus index: ${READING_ORDER.length} chapters, ${READING_ORDER.length} read`);
    // The anchor plugin takes each paragraph's id from the same record, and their counts agree.
    expect(builds[base]!.output).not.toMatch(/links to its paragraphs may be wrong/);
  });

  it('indexes every chapter and topic page for search, and nothing else, and every page offers the search', () => {
    const entry = JSON.parse(readFileSync(join(builds[base]!.outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    // The cover, about, the topics index, the search page and the "all mentions" pages repeat what these say.
    expect(entry.languages.en!.page_count).toBe(
      READING_ORDER.length + readdirSync(join(ROOT, 'content/topics')).filter((n) => n.endsWith('.md')).length,
    );
    for (const path of ['', 'chapters/kill-box', 'topics/mosul', 'about'])
      expect(attr(page(base, path), 'form.site-search', 'action'), path).toBe(`${base}search/`);
    const search = page(base, 'search');
    expect(attr(search, 'form.search-form', 'action')).toBe(`${base}search/`);
    // Without script, the page says where else to look.
    expect(hastText(select('noscript', search)!)).toMatch(/topics index/);
  });

  it('passes npm run check: links and anchors, sitemap, reachability, valid HTML, JSON-LD, feed, source boxes, no needless script', () => {
    const { links, problems } = checkBuiltSite(builds[base]!.outDir, base);
    expect(problems).toEqual([]);
    expect(links).toBeGreaterThan(100);
  });

  it('lists the chapters on the cover in reading order, each linking under the base path', () => {
    const links = selectAll('.chapter-list h3 a', page(base, '')).map((a) => String(a.properties.href));
    expect(links).toEqual(READING_ORDER.map((slug) => `${base}chapters/${slug}/`));
  });

  it('links each chapter to the previous and next in reading order', () => {
    READING_ORDER.forEach((slug, i) => {
      const tree = page(base, `chapters/${slug}`);
      expect(attr(tree, 'a[rel=prev]', 'href')).toBe(i > 0 ? `${base}chapters/${READING_ORDER[i - 1]}/` : '');
      expect(attr(tree, 'a[rel=next]', 'href')).toBe(i < 4 ? `${base}chapters/${READING_ORDER[i + 1]}/` : '');
      expect(hastText(select('.chapter-head .eyebrow', tree)!)).toMatch(new RegExp(`^Part ${i + 1} of 5`));
    });
  });

  it('puts the next chapter straight after the last paragraph, and after the last chapter the way back to the contents', () => {
    READING_ORDER.forEach((slug, i) => {
      const tree = page(base, `chapters/${slug}`);
      const article = select('article', tree)!;
      const children = article.children.filter((node): node is Element => node.type === 'element');
      const body = children.findIndex((node) => (node.properties.className as string[] | undefined)?.includes('body'));
      const after = children[body + 1]!;
      expect((after.properties.className as string[]).includes('read-next'), slug).toBe(true);
      if (i < 4) {
        const next = page(base, `chapters/${READING_ORDER[i + 1]}`);
        expect(hastText(select('.read-next-title', after)!)).toBe(hastText(select('h1', next)!));
      } else {
        expect(attr(after, 'a', 'href')).toBe(`${base}#chapters-heading`);
        expect(hastText(after)).toMatch(/Back to the contents/);
      }
      // Any chapter from any chapter: the contents in the head, this one marked.
      const contents = selectAll('.contents-control li', tree);
      expect(contents).toHaveLength(5);
      expect(hastText(select('[aria-current=page]', contents[i]!)!)).toBe(hastText(select('h1', tree)!));
      expect(selectAll('.contents-control a', tree)).toHaveLength(4);
    });
  });

  it('gives every body paragraph a unique p-N anchor with a link to itself', () => {
    for (const slug of READING_ORDER) {
      const paragraphs = selectAll('.body p[id]', page(base, `chapters/${slug}`));
      const ids = paragraphs.map((p) => String(p.properties.id));
      expect(ids).toEqual(ids.map((_, i) => `p-${i + 1}`));
      for (const p of paragraphs) expect(attr({ type: 'root', children: [p] }, 'a.paragraph-link', 'href')).toBe(`#${p.properties.id}`);
    }
  });

  it('has canonical, Open Graph, Twitter and JSON-LD meta with absolute URLs under the base', () => {
    const tree = page(base, 'chapters/kill-box');
    expect(attr(tree, 'link[rel=canonical]', 'href')).toBe(`${SITE}${base}chapters/kill-box/`);
    expect(attr(tree, 'meta[property="og:image"]', 'content')).toBe(`${SITE}${base}cards/kill-box.png`);
    expect(attr(tree, 'meta[name="twitter:card"]', 'content')).toBe('summary_large_image');
    expect(attr(tree, 'meta[property="og:title"]', 'content')).toBe('How eliminating the ‘kill box’ turned Mosul into a meat-grinder');
    const jsonLd = JSON.parse(hastText(select('script[type="application/ld+json"]', tree)!));
    expect(jsonLd).toMatchObject({
      '@type': 'Article',
      url: `${SITE}${base}chapters/kill-box/`,
      publisher: { name: 'The National' },
      datePublished: '2018',
    });
  });

  it('makes a 1200×630 social card for the cover and each chapter', async () => {
    for (const name of ['cover', ...READING_ORDER]) {
      const meta = await sharp(join(builds[base]!.outDir, 'cards', `${name}.png`)).metadata();
      expect([meta.width, meta.height]).toEqual([1200, 630]);
    }
  });

  it('has a feed, sitemap and robots.txt whose links keep the base path', () => {
    const out = builds[base]!.outDir;
    const rss = readFileSync(join(out, 'rss.xml'), 'utf8');
    expect([...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]).slice(1)).toEqual(
      READING_ORDER.map((slug) => `${SITE}${base}chapters/${slug}/`),
    );
    // Every bundled chapter is dated to the month or the year: the feed invents no day for any of them.
    expect(rss).not.toMatch(/<pubDate>/);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${base}sitemap-index.xml`);
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${SITE}${base}chapters/kill-box/</loc>`);
    expect(existsSync(join(out, '404.html'))).toBe(true);
  });

  it('leaks no absolute path of the machine that built it', () => {
    for (const file of htmlFiles(builds[base]!.outDir)) expect(readFileSync(file, 'utf8')).not.toContain(ROOT);
  });
});

describe('chapter content', () => {
  it('gives a title the source never had in [brackets] wherever the chapter is cited, and says so on the page', () => {
    const interview = page('/', 'chapters/kalin-interview');
    expect(hastText(select('.supplied-title', interview)!)).toBe('Title supplied by the editor: the source prints none.');
    expect(hastText(select('.citation-plain', interview)!)).toContain('“[Breakthrough in east Mosul: an interview with Stephen Kalin].”');
    const jsonLd = JSON.parse(hastText(select('script[type="application/ld+json"]', interview)!));
    expect(jsonLd.headline).toBe('[Breakthrough in east Mosul: an interview with Stephen Kalin]');
    const rss = readFileSync(join(builds['/']!.outDir, 'rss.xml'), 'utf8');
    expect(rss).toContain('<title>[Breakthrough in east Mosul: an interview with Stephen Kalin]</title>');
    // A headline the publication printed is cited as it is.
    const time = page('/', 'chapters/beginning-of-the-end');
    expect(select('.supplied-title', time)).toBeUndefined();
    expect(hastText(select('.citation-plain', time)!)).toContain('“The Beginning of the End in Mosul.”');
  });

  it('marks interview questions, places the editor’s note, and notes truncation', () => {
    const interview = page('/', 'chapters/kalin-interview');
    expect(selectAll('.question', interview)).toHaveLength(4);
    const note = select('.editor-note', interview)!;
    expect(hastText(note)).toMatch(/^Editor’s note: Mosul lies on the Tigris/);
    // The quote itself is left as written.
    expect(hastText(select('#p-1', interview)!)).toContain('east of the Euphrates River');
    const duran = page('/', 'chapters/one-square-mile');
    // Cut in the middle, the text goes on: the source box does not say nothing came after.
    expect(hastText(select('.source-box', duran)!)).toMatch(/breaks off mid-sentence where the chapter says so, and goes on after a gap/);
    expect(hastText(select('.source-box', page('/', 'chapters/victory-and-its-cost'))!)).toMatch(
      /breaks off before its end; nothing after that point was available/,
    );
    expect(hastText(select('.body', duran)!)).toMatch(/they probably were\s*\[The source text breaks off here, mid-sentence\.\]/);
  });

  it('shows provenance, the figure with its credit, related reading and what ingest removed', () => {
    const time = page('/', 'chapters/beginning-of-the-end');
    // The photographer is credited with the photograph, not as an author.
    expect(hastText(select('.byline', time)!)).toMatch(/^By Jared Malsin · TIME \(Iraq\) · April 2017/);
    // A photograph the site cannot show: its caption and credit as a note, and no empty frame.
    expect(hastText(select('.figure figcaption', time)!)).toMatch(
      /^Photograph in the original: A sniper from the Iraqi Federal Police.*Photograph: Emanuele Satolli for TIME/,
    );
    expect(hastText(time)).not.toMatch(/not reproduced/);
    expect(hastText(select('.source-box details summary', time)!)).toMatch(/^Editing notes/);
    expect(hastText(select('.source-box details', time)!)).toMatch(/browser notice.*Your browser is out of date/);
    // Reader language: no file name from the editor's folder.
    expect(hastText(select('.source-box', time)!)).not.toMatch(/Source file|\.txt|\.html/);
    expect(hastText(select('.source-box dl', time)!)).toMatch(/AuthorJared MalsinPhotographsEmanuele Satolli/);
    const national = page('/', 'chapters/kill-box');
    expect(selectAll('.related a', national).map((a) => hastText(a))).toEqual([
      'Cellist brings sounds of peace to former ISIS capital',
      'Living in the shadows: Yazidi women tell of ISIS hell',
      'Angelina Jolie decries ‘appalling’ conditions in Mosul during visit to Iraq',
    ]);
  });

  it('opens the cover with the introduction’s first paragraph, a quotation from the chapters, and the way in', () => {
    const cover = page('/mosul/', '');
    const main = select('main', cover)!;
    // In this order: title, the introduction's first paragraph, the hook, the button, the chapters, the story's shape, the rest of the introduction.
    const order = selectAll('.cover-head, .intro, .hook, .start-reading, .chapter-list, .story-shape', main).map((node) =>
      (node.properties.className as string[]).join(' '),
    );
    expect(order).toEqual(['cover-head', 'intro', 'hook', 'start-reading', 'chapter-list', 'story-shape wide', 'intro intro-more']);
    expect(selectAll('.intro:not(.intro-more) p', main)).toHaveLength(1);
    // The hook is a named speaker's words, leading to the paragraph that holds them.
    const hook = select('.hook', main)!;
    const [path, anchor] = attr(hook, 'figcaption a:last-child', 'href').replace('/mosul/', '').split('#');
    const fold = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    // Every word of the quotation stands in that paragraph, in order (the text may break off for its tag: "Looking back," one commander said, "we…").
    const wordsOf = (text: string): string[] =>
      fold(text)
        .toLowerCase()
        .match(/[\p{L}\p{N}']+/gu) ?? [];
    const quoted = wordsOf(hastText(select('blockquote', hook)!));
    const paragraph = wordsOf(hastText(select(`#${anchor}`, page('/mosul/', path!.replace(/\/$/, '')))!));
    let at = 0;
    for (const word of quoted) at = paragraph.indexOf(word, at) + 1 || Infinity;
    expect(at, quoted.join(' ')).toBeLessThan(Infinity);
    expect(quoted.length).toBeGreaterThan(5);
    // The editor's pick (site.yaml `hook`), its speaker as the text describes him.
    expect(hastText(hook)).toMatch(/^“Looking back, we should have let ISIS escape\.”\s*One Iraqi commander, in How eliminating/);
    // The story's shape: the timeline's years and the map, each leading to its view.
    expect(attr(cover, '.map-strip a', 'href')).toBe('/mosul/map/');
    expect(select('.map-strip svg', cover)).toBeTruthy();
    expect(selectAll('.timeline-strip li', cover).length).toBeGreaterThan(2);
  });

  it('says on the cover which chapters are excerpts: those whose source breaks off', () => {
    const items = selectAll('.chapter-list li', page('/mosul/', ''));
    const marked = items.filter((li) => select('.excerpt-mark', li)).map((li) => String((select('h3 a', li) as Element).properties.href));
    // The two the source box says break off (see the truncation test above), and no other.
    expect(marked.sort()).toEqual(['/mosul/chapters/one-square-mile/', '/mosul/chapters/victory-and-its-cost/']);
  });

  it('lists every chapter on the 404 page', () => {
    const missing = parseHtml(join(builds['/mosul/']!.outDir, '404.html'));
    expect(selectAll('.not-found-chapters a', missing).map((a) => String(a.properties.href))).toEqual(
      READING_ORDER.map((slug) => `/mosul/chapters/${slug}/`),
    );
  });

  it('gives anchors that are stable from one build to the next', () => {
    for (const slug of READING_ORDER) {
      const texts = (base: string) =>
        selectAll('.body p[id]', page(base, `chapters/${slug}`)).map((p) => `${p.properties.id} ${hastText(p)}`);
      expect(texts('/mosul/')).toEqual(texts('/'));
    }
  });

  it('needs no JavaScript: chapter pages ship no script but their JSON-LD', () => {
    for (const slug of READING_ORDER) {
      const scripts = selectAll('script', page('/', `chapters/${slug}`));
      expect(scripts.map((s) => s.properties.type)).toEqual(['application/ld+json']);
    }
  });
});

describe('topics in the built site', () => {
  const out = () => builds['/mosul/']!.outDir;
  const topicSlugs = () =>
    readdirSync(join(ROOT, 'content/topics'))
      .filter((n) => n.endsWith('.md'))
      .map((n) => n.replace(/\.md$/, ''));

  it('gives every registry topic a page, and lists them on /topics/ by kind with counts', () => {
    const index = page('/mosul/', 'topics');
    const listed = selectAll('.topic-index a', index).map((a) =>
      String(a.properties.href).replace('/mosul/topics/', '').replace(/\/$/, ''),
    );
    for (const slug of topicSlugs()) expect(existsSync(join(out(), 'topics', slug, 'index.html')), slug).toBe(true);
    expect(new Set(listed)).toEqual(new Set(topicSlugs()));
    expect(selectAll('.topic-groups h2', index).map((h) => hastText(h))).toEqual(['People', 'Places', 'Organisations', 'Events', 'Ideas']);
    const people = selectAll('#person + .topic-index a', index).map((a) => hastText(a));
    expect(people).toEqual([...people].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('sends every "In the narrative" link to a paragraph whose text contains the mention', () => {
    const fold = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();
    let checked = 0;
    for (const slug of topicSlugs()) {
      const pages = [`topics/${slug}`, ...mentionPages(slug)];
      for (const item of pages.flatMap((path) => selectAll('.mentions li', page('/mosul/', path)))) {
        const href = String((select('a.context', item) as Element).properties.href);
        const [path, anchor] = href.replace('/mosul/', '').split('#');
        const target = select(`#${anchor}`, page('/mosul/', path!.replace(/\/$/, '')));
        expect(target, href).toBeDefined();
        expect(fold(hastText(target!))).toContain(fold(hastText(select('mark', item)!)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('gives a shared topic link the collection, the summary first, the role once, and a few mentions a chapter', () => {
    const baghdadi = page('/mosul/', 'topics/abu-bakr-al-baghdadi');
    const line = select('.collection-line', baghdadi)!;
    expect(hastText(line)).toMatch(/^A topic in Mosul, 2016–2017: The battle for Iraq’s second city/);
    expect(String((select('a', line) as Element).properties.href)).toBe('/mosul/');
    // The summary follows the title, and says the role, so the role is not said again.
    expect(hastText(select('h1 + .topic-summary', baghdadi)!)).toMatch(/^Leader of Islamic State\./);
    expect(hastText(select('main', baghdadi)!).match(/Leader of Islamic State/g)).toHaveLength(1);

    const topic = page('/mosul/', 'topics/islamic-state');
    const total = Number(/(\d+) mentions in 5 chapters/.exec(hastText(select('#narrative-heading + .meta', topic)!))![1]);
    expect(total).toBeGreaterThan(50);
    for (const group of selectAll('.mention-group', topic)) expect(selectAll('.mentions li', group).length).toBeLessThanOrEqual(3);
    // All of them, on pages of their own: every mention marked once, in reading order.
    const paths = mentionPages('islamic-state');
    expect(paths.length).toBeGreaterThan(1);
    expect(paths.flatMap((path) => selectAll('.mentions mark', page('/mosul/', path)))).toHaveLength(total);
    const chapters = paths.flatMap((path) => selectAll('.mention-group h2 a', page('/mosul/', path)).map((a) => hastText(a)));
    expect([...new Set(chapters)]).toEqual(READING_ORDER.map((slug) => hastText(select('h1', page('/mosul/', `chapters/${slug}`))!)));
    // A topic with few mentions shows them all, and has no second page.
    expect(mentionPages('abu-bakr-al-baghdadi')).toEqual([]);
    expect(selectAll('.mentions mark', baghdadi)).toHaveLength(5);
  });

  it('follows al-Baghdadi from chapter to chapter', () => {
    const topic = page('/mosul/', 'topics/abu-bakr-al-baghdadi');
    expect(selectAll('.mention-group h3 a', topic).map((a) => hastText(a))).toEqual([
      'The Beginning of the End in Mosul',
      'ISIS fighters trapped in one square mile of Mosul',
    ]);
    expect(selectAll('.mentions mark', topic).map((m) => hastText(m))).toEqual([
      'Abu Bakr al-Baghdadi',
      'Ibrahim Abu Bakr Al-Baghdadi',
      'Al-Baghdadi',
      'Al-Baghdadi',
      'Al-Baghdadi',
    ]);
    expect(selectAll('.topic-chips a', topic).map((a) => hastText(a))).toContain('Great Mosque of al-Nuri');
  });

  it('links chapter text only to topics that exist, first mention only, with an accessible preview', () => {
    for (const slug of READING_ORDER) {
      const chapter = page('/mosul/', `chapters/${slug}`);
      const mentions = selectAll('.body a.mention', chapter);
      expect(mentions.length, slug).toBeGreaterThan(5);
      const targets = mentions.map((a) => String(a.properties.href));
      expect(new Set(targets).size).toBe(targets.length);
      for (const a of mentions) {
        const topic = String(a.properties.href).replace('/mosul/topics/', '').replace(/\/$/, '');
        expect(topicSlugs()).toContain(topic);
        const tip = select(`#${String(a.properties.ariaDescribedBy)}`, chapter);
        expect(tip, `${slug}: tooltip for ${topic}`).toBeDefined();
        // The visible preview: the topic's own name, then what screen readers hear as the description.
        expect(String(a.properties.dataPreview)).toBe(`${hastText(select('h1', page('/mosul/', `topics/${topic}`))!)}\n${hastText(tip!)}`);
      }
      // The previews live in one hidden block, out of the reading text.
      expect(select('[hidden][data-pagefind-ignore]', chapter)).toBeDefined();
    }
  });

  it('links at most two new topics a paragraph, and leaves the topics nearly every chapter names to the cover', () => {
    // Mosul, Iraq and Islamic State are in (nearly) every chapter: every reader knows them by the first.
    const everywhere = ['mosul', 'iraq', 'islamic-state'];
    for (const slug of READING_ORDER) {
      const chapter = page('/mosul/', `chapters/${slug}`);
      for (const paragraph of selectAll('.body p', chapter))
        expect(selectAll('a.mention', paragraph).length, `${slug}: ${hastText(paragraph).slice(0, 60)}`).toBeLessThanOrEqual(2);
      const targets = selectAll('.body a.mention', chapter).map((a) => String(a.properties.href));
      for (const topic of everywhere) expect(targets, slug).not.toContain(`/mosul/topics/${topic}/`);
    }
    const cover = selectAll('.key-topics a', page('/mosul/', '')).map((a) => String(a.properties.href));
    for (const topic of everywhere) expect(cover).toContain(`/mosul/topics/${topic}/`);
  });

  it('sets out the timeline by year and month, each dated sentence leading to the paragraph that holds it', () => {
    const timeline = page('/mosul/', 'timeline');
    expect(selectAll('.timeline-year h2', timeline).map((h) => hastText(h))).toEqual(['2003', '2014', '2015', '2016', '2017']);
    const datetimes = selectAll('.timeline-events time', timeline).map((t) => String(t.properties.dateTime));
    for (const value of ['2014-06', '2014-07', '2016-06', '2016-10', '2017-01', '2017-03-17', '2017-03-28', '2017-06', '2017-07'])
      expect(datetimes, value).toContain(value);
    // The editor's dated topics take part; the cover has a strip of the years.
    expect(selectAll('.dated-topic a', timeline).map((a) => hastText(a))).toEqual(
      expect.arrayContaining(['Battle for Mosul', 'Great Mosque of al-Nuri']),
    );
    expect(selectAll('.timeline-strip li a', page('/mosul/', '')).map((a) => String(a.properties.href))).toContain(
      '/mosul/timeline/#y-2014',
    );
    const tellings = selectAll('.tellings a.context', timeline);
    expect(tellings.length).toBeGreaterThan(20);
    for (const link of tellings) {
      const [path, anchor] = String(link.properties.href).replace('/mosul/', '').split('#');
      const paragraph = select(`#${anchor}`, page('/mosul/', path!.replace(/\/$/, '')));
      expect(hastText(paragraph!).replace(/[‘’]/g, "'")).toContain(hastText(select('mark', link)!).replace(/[‘’]/g, "'"));
    }
  });

  it('lists the voices, named ones first, each quotation leading to the paragraph that holds it, and a person page says what they said', () => {
    const voices = page('/mosul/', 'voices');
    const headings = selectAll('.voice h2', voices);
    const speakers = headings.map((h) => hastText(h));
    expect(speakers).toEqual(expect.arrayContaining(['James Browning', 'Noah Bonsey', 'Stephen Townsend', 'A coalition officer']));
    // Speakers with a topic page (named) come before those the text only describes.
    const named = headings.map((h) => Boolean(select('a', h)));
    expect(named.indexOf(false)).toBeGreaterThan(0);
    expect(named.slice(named.indexOf(false))).not.toContain(true);
    const fold = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    const items = selectAll('.quotations li', voices);
    expect(items.length).toBeGreaterThan(25);
    for (const item of items) {
      const [path, anchor] = String((select('a.anchor-label', item) as Element).properties.href)
        .replace('/mosul/', '')
        .split('#');
      const words = fold(hastText(select('blockquote', item)!))
        .replace(/^"|"$/g, '')
        .split(/\s+/)
        .slice(0, 2)
        .join(' ');
      expect(fold(hastText(select(`#${anchor}`, page('/mosul/', path!.replace(/\/$/, '')))!)), words).toContain(words);
    }
    expect(hastText(select('#quoted-heading + .quotations', page('/mosul/', 'topics/noah-bonsey'))!)).toMatch(
      /Even as they lose territory/,
    );
  });

  it('draws the places on a map, each marker a link to that place’s page, with an inset where Mosul’s districts crowd and the same in a list', () => {
    const map = page('/mosul/', 'map');
    const markers = selectAll('svg.map a', map).map((a) => String(a.properties.href));
    // Every marker leads to a page that exists and is a place's (or a topic the editor put on the map).
    for (const href of markers)
      expect(existsSync(join(builds['/mosul/']!.outDir, href.replace('/mosul/', ''), 'index.html')), href).toBe(true);
    expect(markers).toEqual(
      expect.arrayContaining([
        '/mosul/topics/mosul/',
        '/mosul/topics/raqqa/',
        '/mosul/topics/iraq/',
        '/mosul/topics/great-mosque-of-al-nuri/',
      ]),
    );
    expect(selectAll('svg.map a', map).every((a) => String(a.properties.ariaLabel ?? '').length > 0)).toBe(true);
    // The districts are too close to name on the regional map: the inset names them.
    const inset = selectAll('#inset svg.map text', map).map((t) => hastText(t));
    expect(inset).toEqual(expect.arrayContaining(['Old City of Mosul', 'West Mosul', 'East Mosul']));
    const listed = selectAll('.map-places a', map).map((a) => hastText(a));
    expect(listed).toEqual(expect.arrayContaining(['Mosul', 'Raqqa', 'Iraq']));
    // A river has no one point: it is named as not on the map, and the build says how to place it.
    expect(hastText(select('#unplaced-heading + p + .map-places', map)!)).toMatch(/Euphrates/);
    expect(builds['/mosul/']!.output).toMatch(
      /map: \d+ places are not on the map, for want of coordinates: .*Euphrates \(.*euphrates\.md\)/,
    );
    // A place's own page shows where it is, and leads to the whole map.
    const raqqa = page('/mosul/', 'topics/raqqa');
    expect(select('.locator svg .map-marker', raqqa)).toBeTruthy();
    expect(attr(raqqa, '.locator figcaption a', 'href')).toBe('/mosul/map/');
    expect(select('.locator', page('/mosul/', 'topics/abu-bakr-al-baghdadi'))).toBeUndefined();
  });

  it('lists "In this chapter", most mentioned first', () => {
    const items = selectAll('.in-chapter li', page('/mosul/', 'chapters/one-square-mile'));
    expect(hastText(items[0]!)).toMatch(/^Islamic State organisation, \d+×$/);
    const counts = items.map((li) => Number(/(\d+)×/.exec(hastText(li))![1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('keeps old slugs working with a static redirect', () => {
    const html = readFileSync(join(out(), 'topics', 'isis', 'index.html'), 'utf8');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/mosul/topics/islamic-state/">');
  });
});

describe('the other Markdown processor', () => {
  it('renders chapter bodies identical to Sätteri’s under unified (remark/rehype)', () => {
    const unified = astroBuild({ siteUrl: SITE, basePath: '/', markdown: 'unified' });
    expect(unified.status, unified.output).toBe(0);
    const body = (dir: string, slug: string) =>
      /<div class="body">[\s\S]*?<\/div><nav class="read-next/.exec(readFileSync(join(dir, 'chapters', slug, 'index.html'), 'utf8'))![0];
    for (const slug of READING_ORDER) expect(body(unified.outDir, slug), slug).toBe(body(builds['/']!.outDir, slug));
  });
});
