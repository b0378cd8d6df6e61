/**
 * The hostile set goes through ingest and a real `astro build` (Astro's own
 * MDX parser, not ours): the build succeeds, nothing in it runs, and every
 * attack shows up as the visible text it was.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString as hastText } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';
import { runIngest } from '../../src/ingest/run.ts';
import { astroBuild, type Build } from '../helpers/build.ts';
import { HOSTILE_MANIFEST, hostileFiles, INJECTION_LINES } from '../helpers/hostile.ts';

let build: Build;
const page = (slug: string) => readFileSync(join(build.outDir, 'chapters', slug, 'index.html'), 'utf8');
/** The chapter body as rendered: the part made from the source. */
const body = (slug: string) => select('.body', fromHtml(page(slug))) as Element;
/** A paragraph's visible text, without its ¶ self-link. */
const paragraphText = (p: Element) =>
  hastText({
    ...p,
    children: p.children.filter(
      (c) => !(c.type === 'element' && c.tagName === 'a' && c.properties.className?.toString() === 'paragraph-link'),
    ),
  });
// Astro's Markdown turns straight quotes into real ones (wanted in prose); compare the words, not the quote style.
const straightQuotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

beforeAll(async () => {
  const content = tempDir('hostile');
  const sources = join(content, 'sources');
  mkdirSync(sources);
  for (const [name, bytes] of Object.entries(hostileFiles())) writeFileSync(join(sources, name), bytes);
  writeFileSync(join(sources, 'sources.yaml'), HOSTILE_MANIFEST);
  // The editor's own files: Markdown that tries to be MDX or HTML, and a topic file name that is not a slug.
  writeFileSync(join(content, 'intro.md'), 'An introduction: {1+1} and {unknown} stay text.\n\n<script>alert("intro")</script>\n');
  mkdirSync(join(content, 'topics'));
  const persian =
    '---\ntitle: Persian\nkind: idea\nsummary: A language.\n---\nA topic body: {1+1}, <script>alert("topic")</script> and <b onclick="alert(1)">markup</b>.\n';
  writeFileSync(join(content, 'topics', 'persian.md'), persian);
  writeFileSync(join(content, 'topics', 'Old Town.md'), persian.replace('Persian', 'Old Town'));
  await runIngest({ sources, out: join(content, 'articles') });
  build = astroBuild({ contentDir: content });
});

describe('hostile input through astro build', () => {
  it('builds, without running anything from the sources', () => {
    expect(build.status, build.output).toBe(0);
    expect(readdirSync(join(build.outDir, 'chapters')).sort()).toEqual(['injection', 'injection-html', 'saved-page', 'utf-16', 'windows']);
  });

  it('shows every injection attempt, and every text that looks like markup, as the text it was', () => {
    // Smart punctuation renders `--` and `...` as a dash and an ellipsis; the words stay.
    const asTyped = (text: string) => straightQuotes(text).replace(/–/g, '--').replace(/…/g, '...');
    const paragraphs = selectAll('p', body('injection')).map((p) => asTyped(paragraphText(p)));
    for (const line of INJECTION_LINES.slice(1)) expect(paragraphs).toContain(line);
  });

  it("places an editor's note whose phrase was typed with -- and ...", () => {
    const note = select('aside.editor-note', body('injection'));
    expect(note && hastText(note)).toContain('A note on a phrase typed with ASCII dashes and dots.');
  });

  it('decodes a UTF-16 source saved with a byte-order mark', () => {
    expect(page('utf-16')).toContain('Saved as “Unicode” by Notepad: الموصل.');
  });

  it('lets no element, attribute or URL from a source into the page', () => {
    for (const slug of ['injection', 'injection-html', 'saved-page']) {
      const html = page(slug);
      expect(html).not.toMatch(/<script\b(?![^>]*type="application\/ld\+json")/i);
      expect(html).not.toMatch(/<(img|iframe)\b/i);
      expect(html).not.toMatch(/<[^>]*\son\w+=/i);
      expect(html).not.toMatch(/href="(javascript|data):/i);
      expect(html.match(/<h1\b/g)).toHaveLength(1);
      // The body holds paragraphs only: no source line became a heading, list, quotation, code or table.
      const root = body(slug);
      const tags = new Set(
        selectAll('*', root)
          .filter((node) => node !== root)
          .map((node) => node.tagName),
      );
      expect([...tags].filter((tag) => !['p', 'a', 'em', 'strong', 'aside'].includes(tag))).toEqual([]);
      // Besides ¶ self-links and links to topic pages, the only link is the HTML source's one safe link.
      const links = selectAll('a', root).filter((a) => !/paragraph-link|mention/.test(String(a.properties.className ?? '')));
      expect(links.map((a) => a.properties.href)).toEqual(
        { injection: [], 'injection-html': ['https://example.org/ok'], 'saved-page': ['https://example.org/fine'] }[slug],
      );
    }
  });

  it('keeps the safe parts of an HTML source: emphasis, strength and http links', () => {
    const html = toHtml(body('injection-html'));
    expect(html).toContain('<em>emphasis</em>');
    expect(html).toContain('<strong>strength</strong>');
    expect(html).toContain('<a href="https://example.org/ok">a good link</a>');
    const texts = selectAll('p', body('injection-html')).map(paragraphText);
    expect(texts).toContain('A javascript link keeps only its words, and a data link too.');
    expect(texts).toContain('Attributes never survive: {curly} and <angle> stay text.');
  });

  it("renders the editor's intro and topic bodies as Markdown: expressions stay text, no script", () => {
    const cover = readFileSync(join(build.outDir, 'index.html'), 'utf8');
    expect(hastText(select('.intro', fromHtml(cover))!)).toContain('An introduction: {1+1} and {unknown} stay text.');
    const topic = readFileSync(join(build.outDir, 'topics', 'persian', 'index.html'), 'utf8');
    expect(hastText(select('.topic-body', fromHtml(topic))!)).toContain('A topic body: {1+1}');
    for (const html of [cover, topic]) {
      expect(html).not.toMatch(/alert\("(intro|topic)"\)<\/script>|<script>alert/);
      expect(html).not.toMatch(/onclick/);
    }
    // A topic file whose name is not a slug is named in the build's output, and skipped.
    expect(build.output).toMatch(/Old Town\.md: the file name becomes the topic's address.*like old-town\.md; skipped/);
    expect(readdirSync(join(build.outDir, 'topics'))).not.toContain('Old Town');
    // One warning per chapter from the bundler was silenced at its source; nothing else was.
    expect(build.output).not.toMatch(/MODULE_LEVEL_DIRECTIVE/);
  });

  it('decodes a Windows-1252 source with CRLF line ends', () => {
    expect(page('windows')).toContain('Le café “Mosul” était fermé – depuis l’été.');
  });
});
