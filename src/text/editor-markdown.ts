/**
 * The editor's own prose (`content/intro.md`, the body of a topic file) is
 * Markdown, never MDX: no expressions, no components, no raw HTML. It is
 * parsed with GFM (tables, strikethrough, autolinks), turned into HTML
 * without its raw HTML, and sanitized (hast-util-sanitize, GitHub's schema),
 * so `{1+1}` stays "{1+1}", a `<script>` never reaches the page, and a
 * `javascript:` link keeps only its words. Pure.
 */
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as MdastNodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { smartQuotes } from './typography.ts';

export interface EditorHtml {
  html: string;
  /** Raw HTML the editor wrote, which is not rendered: for a warning that names the file. */
  droppedHtml: string[];
}

function rawHtmlOf(tree: MdastNodes): string[] {
  const found: string[] = [];
  const stack: MdastNodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'html' && node.value.trim()) found.push(node.value.trim());
    if ('children' in node) for (const child of node.children) stack.push(child as MdastNodes);
  }
  return found.reverse();
}

/** Real quotation marks in prose, as chapters get them, but never inside code. */
function curlQuotes(node: HastNodes): void {
  if (node.type === 'text') node.value = smartQuotes(node.value);
  else if ((node.type === 'element' && !['code', 'pre'].includes((node as Element).tagName)) || node.type === 'root') {
    for (const child of node.children) curlQuotes(child as HastNodes);
  }
}

export function renderEditorMarkdown(markdown: string): EditorHtml {
  const mdast = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const droppedHtml = rawHtmlOf(mdast);
  // Without `allowDangerousHtml`, raw HTML nodes are left out of the hast tree.
  const hast = sanitize(toHast(mdast) as HastRoot) as HastRoot;
  curlQuotes(hast);
  return { html: toHtml(hast), droppedHtml };
}
