/**
 * No source words are lost or invented: for every seed, the words of the
 * source, less what ingest recorded as removed, are exactly the words of the
 * generated body, in order.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../helpers/corpus.ts';
import { seedText } from '../helpers/seeds.ts';

const words = (text: string): string[] => [...(text.replace(/<[^>]*>/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [])];

function withoutFirst(haystack: string[], needle: string[]): string[] {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((word, j) => haystack[i + j] === word)) return [...haystack.slice(0, i), ...haystack.slice(i + needle.length)];
  }
  throw new Error(`recorded removal not found in the source: “${needle.join(' ')}”`);
}

describe('fidelity', () => {
  for (const item of bundledCorpus()) {
    it(`${item.file}: every source word is in the article, in order`, () => {
      if (item.status !== 'ok') throw new Error('not ingested');
      let expected = words(seedText(item.file));
      for (const removed of item.article.fields.removed ?? []) expected = withoutFirst(expected, words(removed.text));
      const body = item.text.slice(item.text.indexOf('\n---\n') + 5);
      const texts: string[] = [];
      visit(fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }), 'text', (node) => {
        texts.push(node.value);
      });
      const actual = words(texts.join(' '));
      expect(actual).toEqual(expected);
    });
  }
});
