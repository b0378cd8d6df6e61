/**
 * What a paragraph is, in one place: the chapter page numbers its paragraphs
 * `p-1`, `p-2`… in document order, and every reader of the text (the corpus
 * index, discovery, the timeline, the voices) takes the same paragraphs from
 * the same parse. An editor's note attaches to the first paragraph whose text
 * contains the note's `at` phrase. Pure.
 */
import type { Nodes, Paragraph, Root, Text } from 'mdast';
import { mdxToMdast } from 'satteri';

export function paragraphId(index: number): string {
  return `p-${index + 1}`;
}

export interface NoteTarget<N> {
  note: N;
  /** Index of the paragraph the note belongs after, or -1 if no paragraph has the phrase. */
  paragraph: number;
}

/**
 * Text as smart punctuation leaves it, folded back: the page shows `--` as a
 * dash, `...` as an ellipsis and straight quotes curled, and a note's `at`
 * may be typed either way. Ingest and the page compare through this one fold.
 */
export function foldPunctuation(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/---|--|[—–]/g, '–')
    .replace(/\.\.\.|…/g, '…')
    .replace(/\s+/g, ' ');
}

export function placeNotes<N extends { at: string }>(paragraphTexts: readonly string[], notes: readonly N[]): NoteTarget<N>[] {
  if (!notes.length) return [];
  const plain = foldPunctuation;
  const texts = paragraphTexts.map(plain);
  return notes.map((note) => ({ note, paragraph: texts.findIndex((text) => text.includes(plain(note.at))) }));
}

const NOT_PROSE = new Set(['code', 'inlineCode', 'html', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

/** A paragraph's text as readers of the text see it: code, raw HTML and expressions are not prose. */
export function textOf(node: Nodes): string {
  if (NOT_PROSE.has(node.type)) return '';
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}

/** The paragraphs of a chapter's tree in the order the page numbers them: `p-1` is the first. */
export function paragraphNodes(root: Root): Paragraph[] {
  const found: Paragraph[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph') found.push(node);
    else if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(root);
  return found;
}

/** Where each text node of a paragraph starts in `textOf(paragraph)`, and whether it sits inside one of `inside` (a link…). */
export function textNodeOffsets(paragraph: Paragraph, inside: ReadonlySet<string>): Array<{ node: Text; start: number; within: boolean }> {
  const out: Array<{ node: Text; start: number; within: boolean }> = [];
  let offset = 0;
  const walk = (node: Nodes, within: boolean) => {
    if (NOT_PROSE.has(node.type)) return;
    if (node.type === 'text') {
      out.push({ node, start: offset, within });
      offset += node.value.length;
    } else if ('children' in node) for (const child of node.children as Nodes[]) walk(child, within || inside.has(child.type));
  };
  walk(paragraph, false);
  return out;
}

/**
 * The text of each paragraph, in the order the chapter page numbers them
 * (`p-1`…). Parsed by Sätteri, the parser that renders the page, so both agree.
 */
export function paragraphTexts(body: string): string[] {
  return paragraphNodes(mdxToMdast(body) as unknown as Root).map(textOf);
}
