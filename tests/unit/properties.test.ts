/**
 * Properties of ingest over generated input (fast-check): arbitrary bytes,
 * markup and Unicode never crash it, never yield a chapter that runs code or
 * carries a live script, handler or javascript: URL, never write outside the
 * output folder, and keep every word of a plain-text source, in order.
 */
import { readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/ingest/article.ts';
import { articleToMdx, BODY_COMPONENTS } from '../../src/ingest/mdx.ts';
import { normalizeLineEnds, normalizeUnicode, removeInvisibleCharacters } from '../../src/ingest/normalize.ts';
import { runIngest } from '../../src/ingest/run.ts';
import { articleFrontmatter } from '../../src/schema.ts';
import { tempDir } from '../helpers/temp.ts';

// FAST_CHECK_RUNS=5000 npx vitest run tests/unit/properties.test.ts searches harder.
const RUNS = { numRuns: Number(process.env.FAST_CHECK_RUNS) || 150 };
const EXTENSIONS = ['.txt', '.html', '.md'] as const;
const encode = (text: string) => new TextEncoder().encode(text);
const parseMdx = (mdx: string): Root => fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });

/** Pieces that markup attacks are made of, mixed with arbitrary text. */
const MARKUP = [
  '<script>',
  '</script>',
  '<script src=//x>',
  '<style>',
  '</style>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">',
  '<a href="https://ok.example/">',
  '</a>',
  '<a href=" JaVaScRiPt:alert(1)">',
  '<a href="data:text/html,x">',
  '<em>',
  '</em>',
  '<b>',
  '</b>',
  '<div onclick="x">',
  '</div>',
  '<p>',
  '</p>',
  '<iframe src=x>',
  '<svg onload=x>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<Question>',
  '</Question>',
  '<Answer>',
  '<Truncated />',
  '{',
  '}',
  '{process.exit(1)}',
  'import x from "y"',
  'export const a = 1',
  '\n',
  '\n\n',
  '# ',
  '> ',
  '- ',
  '1. ',
  '```',
  '`',
  '~~',
  '[',
  '](',
  ')',
  '![',
  'javascript:',
  '&lt;',
  '&#106;avascript:',
  '\\',
  '*',
  '_',
  '|',
  '<https://x/>',
  '---\n',
  '\u0000',
  '\u200d',
  '\ufeff',
];
const markup = fc
  .array(fc.oneof(fc.constantFrom(...MARKUP), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 })), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

function mdxOf(name: string, bytes: Uint8Array): string | undefined {
  const result = ingestSource(name, bytes);
  if (result.status !== 'ok') return undefined;
  return articleToMdx({ ...result.article.fields, order: 1 }, result.article.body);
}

/** What a chapter may hold: prose, emphasis, strength, safe links, and the three components, bare. */
function unsafeNodes(body: string): string[] {
  const problems: string[] = [];
  visit(parseMdx(body), (node: Nodes) => {
    if (['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'code', 'inlineCode', 'image', 'definition'].includes(node.type))
      problems.push(node.type);
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      (!(BODY_COMPONENTS as readonly string[]).includes(node.name ?? '') || node.attributes.length)
    )
      problems.push(`<${node.name}>`);
    if (node.type === 'link' && !/^(https?:|mailto:)/i.test(node.url)) problems.push(`link to ${node.url}`);
  });
  return problems;
}

describe('ingest properties', () => {
  it('never throws on arbitrary bytes, whatever the file type', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom(...EXTENSIONS), (bytes, extension) => {
        expect(['ok', 'skipped', 'failed']).toContain(ingestSource(`x${extension}`, bytes).status);
      }),
      RUNS,
    );
  });

  it('never writes a chapter that runs code or links to anything but http(s) and mailto', () => {
    fc.assert(
      fc.property(markup, fc.constantFrom(...EXTENSIONS), (text, extension) => {
        const mdx = mdxOf(`x${extension}`, encode(text));
        if (mdx === undefined) return;
        const end = mdx.indexOf('\n---\n', 4);
        expect(articleFrontmatter.safeParse(parse(mdx.slice(4, end))).success).toBe(true);
        expect(unsafeNodes(mdx.slice(end + 5))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('keeps every word of a plain-text source, less what it records as removed, in order', () => {
    const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];
    const line = fc
      .array(
        fc.oneof(
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
          fc.constantFrom(' ', ', ', '. ', '’s ', ' -- ', '...', '"', '“', 'U.S. ', 'Dr. '),
        ),
        { minLength: 1, maxLength: 25 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const source = lines.join('\n');
        const result = ingestSource('x.txt', encode(source));
        if (result.status !== 'ok') return;
        const mdx = articleToMdx({ ...result.article.fields, order: 1 }, result.article.body);
        const texts: string[] = [];
        visit(parseMdx(mdx.slice(mdx.indexOf('\n---\n', 4) + 5)), 'text', (node) => {
          texts.push(node.value);
        });
        // The text as ingest reads it: line ends, Unicode form and invisible characters already normalised.
        const source_ = words(removeInvisibleCharacters(normalizeUnicode(normalizeLineEnds(source).text).text).text);
        const body = words(texts.join(' '));
        // Nothing invented or reordered: the body's words are the source's, in order, with gaps…
        let at = 0;
        for (const word of body) {
          while (at < source_.length && source_[at] !== word) at++;
          expect(at, `“${word}” is in the source, in order`).toBeLessThan(source_.length);
          at++;
        }
        // …and every gap is a recorded removal: the words left out are exactly the words removed.
        const count = (list: string[]) => list.reduce((map, word) => map.set(word, (map.get(word) ?? 0) + 1), new Map<string, number>());
        const left = count(source_);
        for (const word of body) left.set(word, left.get(word)! - 1);
        const removedWords = count((result.article.fields.removed ?? []).flatMap((removed) => words(removed.text)));
        expect(new Map([...left].filter(([, n]) => n > 0))).toEqual(removedWords);
      }),
      RUNS,
    );
  });

  it('never writes outside the output folder, whatever the file names and manifest say', async () => {
    const name = fc.stringMatching(/^[^/\0]{1,40}$/).filter((n) => n !== '.' && n !== '..' && !n.startsWith('.'));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(name, { minLength: 1, maxLength: 5 }), markup, async (names, text) => {
        const work = tempDir('property');
        const sources = join(work, 'sources');
        const out = join(work, 'articles');
        mkdirSync(sources);
        for (const [i, base] of names.entries()) writeFileSync(join(sources, `${base}${EXTENSIONS[i % 3]}`), `${base} ${text}`);
        await runIngest({ sources, out });
        const everything = (dir: string): string[] =>
          readdirSync(dir).flatMap((entry) =>
            statSync(join(dir, entry)).isDirectory() ? everything(join(dir, entry)) : [join(dir, entry)],
          );
        const written = everything(work).filter((path) => !path.startsWith(`${sources}/`));
        for (const path of written) expect(relative(out, path)).toMatch(/^[a-z0-9-]+\.mdx$/);
      }),
      { numRuns: 25 },
    );
  });
});
