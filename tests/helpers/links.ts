/** Reading a built site's pages in tests. */
import { readdirSync, readFileSync } from 'node:fs';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { join } from 'node:path';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

export function parseHtml(file: string): Root {
  return fromHtml(readFileSync(file, 'utf8'));
}
