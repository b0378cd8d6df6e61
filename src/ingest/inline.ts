/**
 * The body's inline content is a deliberately small subset of mdast phrasing:
 * text, emphasis, strong and links to http(s)/mailto. HTML in a source is
 * parsed (never passed through) and mapped onto that subset; everything else
 * becomes plain text or is dropped and recorded.
 */
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Emphasis, Link, PhrasingContent, Strong, Text } from 'mdast';

export type Inline = Text | Emphasis | Strong | Link;
export type Block = Inline[];

export interface HtmlBlocks {
  blocks: Block[];
  /** Elements dropped entirely (script, style, images…), described for the editor. */
  dropped: string[];
}

const DROPPED = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math', 'video', 'audio', 'canvas', 'form', 'input', 'button', 'select', 'textarea', 'head', 'title', 'meta', 'link']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'pre', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'hr', 'body', 'html', 'address', 'nav']);
const SAFE_PROTOCOL = /^(https?:|mailto:)/i;

/** True when a plain-text source carries inline markup worth parsing (seed 003). */
export function hasInlineHtml(text: string): boolean {
  return /<(em|strong|i|b|a)(\s[^>]*)?>[\s\S]*?<\/\1\s*>/i.test(text);
}

export function text(value: string): Text {
  return { type: 'text', value };
}

function textContent(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => textContent(child as HastNodes)).join('');
  return '';
}

function describeDropped(element: Element): string {
  if (element.tagName === 'img') {
    const alt = String(element.properties.alt ?? '').trim();
    return alt ? `image: ${alt}` : 'image';
  }
  const content = textContent(element).replace(/\s+/g, ' ').trim();
  return content ? `<${element.tagName}>: ${content}` : `<${element.tagName}>`;
}

/** Parse an HTML fragment into blocks of safe inline content. */
export function htmlToBlocks(html: string): HtmlBlocks {
  const tree: HastRoot = fromHtml(html, { fragment: true });
  const blocks: Block[] = [];
  const dropped: string[] = [];
  let current: Inline[] = [];

  const flush = () => {
    const trimmed = tidyInline(current);
    if (plainText(trimmed).trim()) blocks.push(trimmed);
    current = [];
  };

  // `sink` is undefined at block level, where text goes to the current block.
  const walk = (nodes: HastNodes[], sink?: Inline[]) => {
    for (const node of nodes) {
      const target = sink ?? current;
      if (node.type === 'text') {
        target.push(text(node.value));
      } else if (node.type === 'element') {
        const tag = node.tagName;
        if (DROPPED.has(tag) || tag === 'img') {
          dropped.push(describeDropped(node));
        } else if (tag === 'br') {
          target.push(text(' '));
        } else if (BLOCK.has(tag) && !sink) {
          flush();
          walk(node.children as HastNodes[]);
          flush();
        } else if (tag === 'em' || tag === 'i' || tag === 'cite') {
          const children: Inline[] = [];
          walk(node.children as HastNodes[], children);
          target.push({ type: 'emphasis', children: children as PhrasingContent[] } as Emphasis);
        } else if (tag === 'strong' || tag === 'b') {
          const children: Inline[] = [];
          walk(node.children as HastNodes[], children);
          target.push({ type: 'strong', children: children as PhrasingContent[] } as Strong);
        } else if (tag === 'a') {
          const href = String(node.properties.href ?? '').trim();
          const children: Inline[] = [];
          walk(node.children as HastNodes[], children);
          if (SAFE_PROTOCOL.test(href)) target.push({ type: 'link', url: href, children: children as PhrasingContent[] } as Link);
          else target.push(...children);
        } else {
          // Any other element (span, u, abbr…) contributes its text only.
          walk(node.children as HastNodes[], sink);
        }
      }
      // Comments and doctypes carry no prose.
    }
  };
  walk(tree.children as HastNodes[]);
  flush();
  return { blocks, dropped };
}

export function plainText(nodes: readonly Inline[] | readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.value;
    else if ('children' in node) out += plainText(node.children as Inline[]);
  }
  return out;
}

/** Every link in inline content, however deeply it sits inside marks. */
export function collectLinks(nodes: readonly Inline[]): Link[] {
  return nodes.flatMap((node) => (node.type === 'link' ? [node] : node.type === 'text' ? [] : collectLinks(node.children as Inline[])));
}

/** Apply a text transform to every text leaf, keeping the marks around it. */
export function mapText(nodes: readonly Inline[], transform: (value: string) => string): Inline[] {
  return nodes.map((node) => {
    if (node.type === 'text') return text(transform(node.value));
    return { ...node, children: mapText(node.children as Inline[], transform) } as Inline;
  });
}

function cloneWithChildren(node: Emphasis | Strong | Link, children: Inline[]): Inline {
  return { ...node, children: children as PhrasingContent[] } as Inline;
}

/**
 * Split inline content at plain-text offsets (as from a sentence splitter),
 * cutting through marks where needed: `*a. b*` at 3 → `*a.*`, `* b*`.
 */
export function splitInline(nodes: readonly Inline[], offsets: readonly number[]): Inline[][] {
  const cuts = [...offsets].sort((a, b) => a - b);
  const parts: Inline[][] = [[]];
  let position = 0;

  // Returns the pieces of `node` falling in each part, starting at the current part.
  const cut = (node: Inline): Inline[][] => {
    if (node.type === 'text') {
      const pieces: Inline[][] = [[]];
      let rest = node.value;
      let start = position;
      for (const at of cuts) {
        if (at <= start || at >= start + rest.length) continue;
        const head = rest.slice(0, at - start);
        if (head) pieces[pieces.length - 1]!.push(text(head));
        pieces.push([]);
        rest = rest.slice(at - start);
        start = at;
      }
      if (rest) pieces[pieces.length - 1]!.push(text(rest));
      position = start + rest.length;
      // A cut exactly at this node's start begins a new part before it.
      return pieces;
    }
    const childPieces: Inline[][] = [[]];
    for (const child of node.children as Inline[]) {
      if (cuts.includes(position) && position > 0 && childPieces[childPieces.length - 1]!.length > 0) childPieces.push([]);
      const [first, ...more] = cut(child);
      childPieces[childPieces.length - 1]!.push(...first!);
      childPieces.push(...more);
    }
    return childPieces.map((children) => (children.length ? [cloneWithChildren(node, children)] : []));
  };

  for (const node of nodes) {
    if (cuts.includes(position) && position > 0 && parts[parts.length - 1]!.length > 0) parts.push([]);
    const [first, ...more] = cut(node);
    parts[parts.length - 1]!.push(...first!);
    parts.push(...more);
  }
  return parts.map(tidyInline).filter((part) => plainText(part).trim().length > 0);
}

/**
 * Collapse white space, trim the ends, merge adjacent text, and move spaces
 * out of emphasis and links (`<em>The National </em>in` → `*The National* in`).
 */
export function tidyInline(nodes: readonly Inline[]): Inline[] {
  const collapsed = mapText(nodes, (value) => value.replace(/\s+/g, ' '));
  const hoisted: Inline[] = [];
  for (const node of collapsed) {
    if (node.type === 'text') {
      hoisted.push(node);
      continue;
    }
    const children = tidyInline(node.children as Inline[]);
    if (!plainText(children).trim()) {
      if (plainText(node.children as Inline[]).length) hoisted.push(text(' '));
      continue;
    }
    const raw = plainText(node.children as Inline[]);
    if (/^\s/.test(raw)) hoisted.push(text(' '));
    hoisted.push(cloneWithChildren(node as Emphasis | Strong | Link, children));
    if (/\s$/.test(raw)) hoisted.push(text(' '));
  }
  const merged: Inline[] = [];
  for (const node of hoisted) {
    const last = merged[merged.length - 1];
    if (node.type === 'text' && last?.type === 'text') merged[merged.length - 1] = text((last.value + node.value).replace(/\s+/g, ' '));
    else merged.push(node);
  }
  return trimEnds(merged);
}

function trimEnds(nodes: Inline[]): Inline[] {
  const out = [...nodes];
  while (out.length && out[0]!.type === 'text' && !(out[0] as Text).value.trim()) out.shift();
  while (out.length && out[out.length - 1]!.type === 'text' && !(out[out.length - 1] as Text).value.trim()) out.pop();
  if (out[0]?.type === 'text') out[0] = text((out[0] as Text).value.trimStart());
  const lastIndex = out.length - 1;
  if (out[lastIndex]?.type === 'text') out[lastIndex] = text((out[lastIndex] as Text).value.trimEnd());
  return out;
}
