/** Reading a built site's pages in tests. */
import { readdirSync, readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

export function parseHtml(file: string): Root {
  return fromHtml(readFileSync(file, 'utf8'));
}

export function ids(tree: Root): Set<string> {
  const found = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') found.add(node.properties.id);
  });
  return found;
}
