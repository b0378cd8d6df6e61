/**
 * No source text can become code: every hostile line is serialized, parsed
 * back with the MDX parser, and must come out as one paragraph of exactly the
 * same visible text. (The build test does the same through Astro.)
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString as mdastText } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/ingest/article.ts';
import { articleToMdx, serializeBody } from '../../src/ingest/mdx.ts';
import { articleFrontmatter } from '../../src/schema.ts';
import { parse } from 'yaml';
import { hostileFiles, INJECTION_LINES } from '../helpers/hostile.ts';

const parseMdx = (mdx: string): Root => fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });

function nodeTypes(node: Nodes, types = new Set<string>()): Set<string> {
  types.add(node.type);
  if ('children' in node) for (const child of node.children) nodeTypes(child as Nodes, types);
  return types;
}

describe('safe MDX', () => {
  it.each(INJECTION_LINES)('keeps %j as plain visible text', (line) => {
    const mdx = serializeBody([{ inline: [{ type: 'text', value: line }], role: 'text', truncated: false }]);
    const tree = parseMdx(mdx);
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]!.type).toBe('paragraph');
    expect(mdastText(tree)).toBe(line);
    expect([...nodeTypes(tree)].filter((type) => !['root', 'paragraph', 'text'].includes(type))).toEqual([]);
  });

  it('writes a whole hostile article whose body has only prose and the components ingest chose', () => {
    const result = ingestSource('injection.txt', hostileFiles()['injection.txt']!);
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    const mdx = articleToMdx({ ...result.article.fields, order: 1 }, result.article.body);
    const body = mdx.slice(mdx.indexOf('\n---\n') + 5);
    const types = nodeTypes(parseMdx(body));
    expect([...types].sort()).toEqual(['paragraph', 'root', 'text']);
    const visible = mdastText(parseMdx(body));
    for (const line of INJECTION_LINES.slice(1)) expect(visible).toContain(line);
  });

  it('puts hostile metadata through YAML, so it stays a string', () => {
    const result = ingestSource('x.txt', new TextEncoder().encode('First line of prose here.'), {
      title: '---\nimport fs from "fs"\n---',
      dek: '{process.exit(1)}: \'quoted\' "double"',
      notes: [],
    });
    if (result.status !== 'ok') throw new Error('not ingested');
    const mdx = articleToMdx({ ...result.article.fields, order: 1 }, result.article.body);
    const front = parse(mdx.split('\n---\n')[0]!.slice(4));
    expect(articleFrontmatter.parse(front)).toMatchObject({
      title: '---\nimport fs from "fs"\n---',
      dek: '{process.exit(1)}: \'quoted\' "double"',
    });
  });
});
