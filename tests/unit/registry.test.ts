/** The editor's own files: topic names, collisions, Markdown bodies. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { renderEditorMarkdown } from '../../src/text/editor-markdown.ts';
import { loadRegistry } from '../../src/topics/registry.ts';
import { tempDir } from '../helpers/temp.ts';

function registryOf(files: Record<string, string | Uint8Array>) {
  const dir = join(tempDir('registry'), 'topics');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, ...loadRegistry(dir) };
}

const topic = (title: string, more = '') => `---\ntitle: ${title}\nkind: place\nsummary: A place.\n${more}---\n`;

describe('topic file names', () => {
  it('refuses names that are not slugs, suggesting one, and keeps the good file beside a clash', () => {
    const { topics, errors, dir } = registryOf({
      'Old Town.md': topic('Old Town'),
      "quote'name.md": topic('Quote name'),
      'Mosul.md': topic('Mosul'),
      'mosul.md': topic('Mosul'),
    });
    expect(topics.map((t) => t.slug)).toEqual(['mosul']);
    expect(errors).toEqual([
      `${join(dir, 'Mosul.md')}: the file name becomes the topic's address, so it must be lowercase letters, digits and single hyphens, like mosul.md, but ${join(dir, 'mosul.md')} is that topic already; skipped`,
      `${join(dir, 'Old Town.md')}: the file name becomes the topic's address, so it must be lowercase letters, digits and single hyphens, like old-town.md; skipped`,
      `${join(dir, "quote'name.md")}: the file name becomes the topic's address, so it must be lowercase letters, digits and single hyphens, like quote-name.md; skipped`,
    ]);
  });

  it('reads .md and .mdx alike, as Markdown, and refuses two files for one topic', () => {
    const { topics, errors, dir } = registryOf({
      'tigris.md': topic('Tigris'),
      'tigris.mdx': topic('Tigris River'),
      'euphrates.mdx': `${topic('Euphrates', '')}A {1+1} body.\n`,
    });
    expect(topics.map((t) => [t.slug, t.title, t.body])).toEqual([
      ['euphrates', 'Euphrates', 'A {1+1} body.'],
      ['tigris', 'Tigris', ''],
    ]);
    expect(errors).toEqual([
      `${join(dir, 'tigris.mdx')} and ${join(dir, 'tigris.md')} are both the topic "tigris": keep one of them; ${join(dir, 'tigris.mdx')} is skipped`,
    ]);
  });

  it('reads a file saved as Windows-1252, with a warning to re-save it', () => {
    const { dir, topics, errors } = registryOf({ 'cafe.md': iconv.encode(topic('Café “Mosul”'), 'windows-1252') });
    expect(topics[0]?.title).toBe('Café “Mosul”');
    // On 60 bytes chardet may say windows-1250, which has the same é and quotation marks: the title shows the text is right.
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`^${join(dir, 'cafe.md')} is not UTF-8: read as windows-125\\d; re-save it as UTF-8$`)),
    ]);
  });

  it('reads a file saved with CRLF and a BOM', () => {
    const { topics } = registryOf({ 'iraq.md': `\uFEFF${topic('Iraq').replace(/\n/g, '\r\n')}Body.\r\n` });
    expect(topics).toMatchObject([{ slug: 'iraq', title: 'Iraq', body: 'Body.' }]);
  });
});

describe('names and redirects lead to one topic', () => {
  it("refuses an alias that is another topic's title, naming both: the title keeps its mentions", () => {
    const { topics, errors, dir } = registryOf({
      'mosul.md': topic('Mosul'),
      'nineveh.md': topic('Nineveh', 'aliases: [mosul, Nineveh Province]\n'),
    });
    expect(topics.find((t) => t.slug === 'nineveh')?.aliases).toEqual(['Nineveh Province']);
    expect(errors).toEqual([
      `${join(dir, 'nineveh.md')}: its alias "mosul" is the title of ${join(dir, 'mosul.md')}; the alias is ignored, and the name stays with mosul`,
    ]);
  });

  it('refuses an alias two topics share, and a title two topics share', () => {
    const { topics, errors, dir } = registryOf({
      'a.md': topic('Alpha', 'aliases: [The Force]\n'),
      'b.md': topic('Beta', 'aliases: [the force]\n'),
      'c.md': topic('Alpha'),
    });
    expect(topics.map((t) => [t.slug, t.aliases])).toEqual([
      ['a', []],
      ['b', []],
    ]);
    expect(errors).toContain(
      `${join(dir, 'c.md')}: its title "Alpha" is also the title of ${join(dir, 'a.md')}; one name can lead to one topic only. Skipped`,
    );
    expect(errors).toContain(
      `${join(dir, 'a.md')} and ${join(dir, 'b.md')} share the alias "The Force"; it is ignored in both until one of them drops it`,
    );
  });

  it('refuses a redirect two topics share, or one that is a live slug', () => {
    const { topics, errors, dir } = registryOf({
      'a.md': topic('Alpha', 'redirectFrom: [old, beta, kept]\n'),
      'beta.md': topic('Beta', 'redirectFrom: [old]\n'),
    });
    expect(topics.map((t) => t.redirectFrom)).toEqual([['kept'], []]);
    expect(errors).toEqual([
      `${join(dir, 'a.md')} and ${join(dir, 'beta.md')} both redirect from "old"; the redirect is ignored until one of them drops it`,
      `${join(dir, 'a.md')}: redirectFrom "beta" is the slug of a topic that exists; the redirect is ignored`,
    ]);
  });

  it('says in one message, naming the file, that coordinates are out of range', () => {
    const { topics, errors, dir } = registryOf({ 'x.md': topic('X', 'coordinates: [95, 200]\n') });
    expect(topics).toEqual([]);
    expect(errors).toEqual([
      `${join(dir, 'x.md')}: coordinates.0: latitude is from -90 to 90; coordinates.1: longitude is from -180 to 180`,
    ]);
  });
});

describe("the editor's Markdown", () => {
  it('is Markdown, never MDX: expressions stay text, raw HTML and script never reach the page', () => {
    const { html, droppedHtml } = renderEditorMarkdown(
      'It is {1+1} and {unknown}.\n\n<script>alert(1)</script>\n\n[a link](javascript:alert(1)) and [a good one](https://example.org/), <img src=x onerror=alert(1)>',
    );
    expect(html).toContain('It is {1+1} and {unknown}.');
    expect(html).not.toMatch(/<script|<img|onerror|javascript:/i);
    expect(html).toContain('<a href="https://example.org/">a good one</a>');
    expect(droppedHtml).toEqual(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>']);
  });

  it('gets real quotation marks, but not in code', () => {
    expect(renderEditorMarkdown(`Iraq's "second city" and \`'code'\``).html).toBe("<p>Iraq’s “second city” and <code>'code'</code></p>");
  });
});

describe('the bundled registry says no more than its sources', () => {
  const { topics } = loadRegistry(join(process.cwd(), 'content/topics'));
  const chapters = readdirSync(join(process.cwd(), 'content/articles'))
    .map((name) =>
      readFileSync(join(process.cwd(), 'content/articles', name), 'utf8')
        .replace(/[’‘]/g, "'")
        .replace(/\s+/g, ' '),
    )
    .join('\n');
  const topic = (slug: string) => topics.find((t) => t.slug === slug)!;

  it('quotes only words a chapter has', () => {
    const quoted = topics.flatMap((t) =>
      [...t.summary.matchAll(/"([^"]{8,})"/g)].map((m) => ({ slug: t.slug, words: m[1]!.replace(/[’‘]/g, "'").replace(/[.,;:!?]$/, '') })),
    ); // a quotation's last stop may change with the sentence around it
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.filter((q) => !chapters.includes(q.words))).toEqual([]);
  });

  it('corrects what the summaries overstated (issue 9 §4)', () => {
    expect(topic('great-mosque-of-al-nuri').kind).toBe('place');
    expect(topic('great-mosque-of-al-nuri').summary).toMatch(/about three weeks before/);
    expect(topic('great-mosque-of-al-nuri').summary).not.toMatch(/days before/);
    expect(topic('popular-mobilisation-units').summary).toMatch(/some of them Iran's militia proxies/);
    expect(topic('car-bombs').summary).toContain('"one of the bigger causes"');
    expect(topic('iraq').summary).toMatch(/40%.*according to the Iraqi military/);
  });
});
