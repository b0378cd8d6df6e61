/**
 * The body's inline content is a deliberately small subset of mdast phrasing:
 * text, emphasis, strong and links to http(s)/mailto. HTML in a source is
 * parsed (never passed through) and mapped onto that subset; everything else
 * becomes plain text or is dropped and recorded.
 */
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Emphasis, Link, PhrasingContent, Strong, Text } from 'mdast';
import { appendAll } from '../text/arrays.ts';
import { LIMITS, tooDeepHtml, treeDepth } from './limits.ts';

export type Inline = Text | Emphasis | Strong | Link;
export type Block = Inline[];

export interface HtmlBlocks {
  blocks: Block[];
  /** Elements dropped entirely (script, style, images…), described for the editor. */
  dropped: string[];
  /** The blocks that are a photograph's caption: a `<figcaption>` in a `<figure>` that holds an image or a video. */
  captions: ReadonlySet<Block>;
}

const MEDIA = new Set(['img', 'picture', 'video', 'svg', 'iframe', 'canvas', 'amp-img']);
// A figure of a quotation, a table or a listing is no photograph's, whatever icon it carries.
const NOT_A_PHOTOGRAPH = new Set(['blockquote', 'table', 'pre', 'code']);

/** What a figure holds itself, not inside a figure within it (a nested figure has its own caption). */
function ownElements(node: Readonly<Element>): Element[] {
  return node.children.flatMap((child) =>
    child.type === 'element' ? (child.tagName === 'figure' ? [] : [child, ...ownElements(child)]) : [],
  );
}

const ROW_CELL_SEPARATOR = ' · ';
// Longer cells are a layout table's columns of prose, each its own paragraph.
const MAX_DATA_CELL_WORDS = 12;

/** Whether a paragraph is a table's row as htmlToBlocks reads it: short cells joined by " · ". */
export function isTableRowText(text: string): boolean {
  const cells = text.split(ROW_CELL_SEPARATOR);
  return cells.length >= 2 && cells.every((cell) => cell.trim().split(/\s+/).length <= MAX_DATA_CELL_WORDS);
}

/** A table row of two or more short cells that hold only text: a row of data, not a layout's columns. */
function isDataRow(row: Readonly<Element>): boolean {
  const cells = row.children.filter((child): child is Element => child.type === 'element');
  if (cells.length < 2 || cells.some((cell) => cell.tagName !== 'td' && cell.tagName !== 'th')) return false;
  return cells.every(
    (cell) =>
      !ownElements(cell).some((element) => BLOCK.has(element.tagName) || MEDIA.has(element.tagName) || DROPPED.has(element.tagName)) &&
      textContent(cell).split(/\s+/).filter(Boolean).length <= MAX_DATA_CELL_WORDS,
  );
}

/** Whether a figure is a photograph's (or a video's): it holds one, and no quotation, table or listing. */
function isPhotoFigure(node: Readonly<Element>): boolean {
  const own = ownElements(node);
  return own.some((element) => MEDIA.has(element.tagName)) && !own.some((element) => NOT_A_PHOTOGRAPH.has(element.tagName));
}

const DROPPED = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'object',
  'embed',
  'noscript',
  'svg',
  'math',
  'video',
  'audio',
  'canvas',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'head',
  'title',
  'meta',
  'link',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'blockquote',
  'pre',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'th',
  'hr',
  'body',
  'html',
  'address',
  'nav',
]);
const SAFE_PROTOCOL = /^(https?:|mailto:)/i;

// Deeper than this, an opening tag is text: unclosed tags would otherwise cost the square of their number.
const MAX_INLINE_NESTING = 16;
const INLINE_TAG = /<(\/?)(em|i|strong|b|a)(?:\s+href\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)'))?\s*>/gi;
const MARK_OF_TAG: Record<string, 'emphasis' | 'strong' | 'link'> = {
  em: 'emphasis',
  i: 'emphasis',
  strong: 'strong',
  b: 'strong',
  a: 'link',
};

/**
 * A line of a plain-text source is text. The one exception is the inline
 * markup a scrape leaves in (seed 003): a balanced pair of `<em>`, `<i>`,
 * `<strong>`, `<b>`, or `<a href="http…">` becomes emphasis, strength or a
 * link. Anything else, an unclosed `<b>`, `x<y`, `<title>`, `&amp;`, a
 * `javascript:` link, stays exactly the characters it was, so no word of a
 * text source can vanish into a tag.
 */
export function textWithInlineMarkup(line: string): Inline[] {
  interface Frame {
    mark?: 'emphasis' | 'strong' | 'link';
    url?: string;
    raw: string;
    children: Inline[];
  }
  if (!/<(em|i|strong|b|a)\b/i.test(line)) return [text(line.trim())];
  const stack: Frame[] = [{ raw: '', children: [] }];
  const top = () => stack[stack.length - 1]!;
  const unwind = (frame: Frame) => {
    // An opening tag that never closed is text after all.
    const parent = top();
    parent.children.push(text(frame.raw));
    for (const child of frame.children) parent.children.push(child);
  };
  let last = 0;
  for (const match of line.matchAll(INLINE_TAG)) {
    const [raw, closing, tag, doubleQuoted, singleQuoted] = match;
    const mark = MARK_OF_TAG[tag!.toLowerCase()]!;
    const href = (doubleQuoted ?? singleQuoted)?.trim();
    const before = line.slice(last, match.index);
    const opensSafely = !closing && (mark === 'link' ? href !== undefined && SAFE_PROTOCOL.test(href) : href === undefined);
    const closes = closing && href === undefined && stack.some((frame) => frame.mark === mark);
    if (before) top().children.push(text(before));
    last = match.index + raw.length;
    if (opensSafely && stack.length <= MAX_INLINE_NESTING) {
      stack.push({ mark, url: href, raw, children: [] });
    } else if (closes) {
      while (top().mark !== mark) unwind(stack.pop()!);
      const frame = stack.pop()!;
      const node =
        frame.mark === 'link'
          ? ({ type: 'link', url: frame.url!, children: frame.children } as Link)
          : ({ type: frame.mark, children: frame.children } as Emphasis | Strong);
      top().children.push(node as Inline);
    } else {
      top().children.push(text(raw));
    }
  }
  if (last < line.length) top().children.push(text(line.slice(last)));
  while (stack.length > 1) unwind(stack.pop()!);
  return tidyInline(stack[0]!.children);
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
  let tree: HastRoot;
  try {
    tree = fromHtml(html, { fragment: true });
  } catch (error) {
    if (error instanceof RangeError) throw tooDeepHtml();
    throw error;
  }
  if (treeDepth(tree) > LIMITS.htmlDepth) throw tooDeepHtml();
  const blocks: Block[] = [];
  const dropped: string[] = [];
  const captions = new Set<Block>();
  // For each figure the walk is inside, innermost last: whether it is a photograph's.
  const figures: boolean[] = [];
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
        } else if (tag === 'tr' && !sink && isDataRow(node)) {
          // A row of a table of figures (standings, results, casualties) is read along the row, as one line.
          flush();
          node.children.forEach((cell, i) => {
            if (cell.type !== 'element') return;
            if (i > 0 && current.length) current.push(text(ROW_CELL_SEPARATOR));
            walk(cell.children as HastNodes[], current);
          });
          flush();
        } else if (BLOCK.has(tag) && !sink) {
          flush();
          const caption = tag === 'figcaption' && figures.at(-1) === true;
          const first = blocks.length;
          if (tag === 'figure') figures.push(isPhotoFigure(node));
          walk(node.children as HastNodes[]);
          flush();
          if (tag === 'figure') figures.pop();
          if (caption && blocks.length > first) {
            // One caption, however many paragraphs it was set in.
            const parts = blocks.splice(first);
            const joined = parts.flatMap((part, i) => (i === 0 ? part : [text(' '), ...part]));
            blocks.push(joined);
            captions.add(joined);
          }
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
          else appendAll(target, children);
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
  return { blocks, dropped, captions };
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
      appendAll(childPieces[childPieces.length - 1]!, first!);
      appendAll(childPieces, more);
    }
    return childPieces.map((children) => (children.length ? [cloneWithChildren(node, children)] : []));
  };

  for (const node of nodes) {
    if (cuts.includes(position) && position > 0 && parts[parts.length - 1]!.length > 0) parts.push([]);
    const [first, ...more] = cut(node);
    appendAll(parts[parts.length - 1]!, first!);
    appendAll(parts, more);
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
  // Adjacent texts are joined once per run: joining them pairwise re-reads the run each time, which is
  // quadratic in a line of thousands of unclosed tags.
  const merged: Inline[] = [];
  let run: string[] = [];
  const flushRun = () => {
    if (run.length) merged.push(text(run.join('').replace(/\s+/g, ' ')));
    run = [];
  };
  for (const node of hoisted) {
    if (node.type === 'text') run.push(node.value);
    else {
      flushRun();
      merged.push(node);
    }
  }
  flushRun();
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
