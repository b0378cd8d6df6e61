/** The hast pieces of a chapter body both Markdown adapters add: ¶ links, editor's notes, and photographs' captions in place. */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { splitCredits } from '../site/credits.ts';
import { placeNotes } from '../text/paragraphs.ts';
import { smartQuotes } from '../text/typography.ts';

export interface Note {
  at: string;
  text: string;
}

export const CHAPTER_FILE = /\/articles\/[^/]+\.mdx$/;

export function paragraphsOf(root: Readonly<Root>): Element[] {
  const found: Element[] = [];
  const walk = (node: Readonly<Nodes>) => {
    if (node.type === 'element' && node.tagName === 'p') found.push(node as Element);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(root);
  return found;
}

export function textOf(node: Readonly<Nodes>): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
}

export function anchorLink(id: string, number: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    // Not page text for search: a hit's excerpt should not read "¶".
    properties: { href: `#${id}`, className: ['paragraph-link'], ariaLabel: `Link to paragraph ${number}`, dataPagefindIgnore: '' },
    children: [{ type: 'text', value: '¶' }],
  };
}

export function noteAside(note: Note): Element {
  const children: ElementContent[] = [
    { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: 'Editor’s note: ' }] },
    { type: 'text', value: note.text },
  ];
  return { type: 'element', tagName: 'aside', properties: { className: ['editor-note'], role: 'note' }, children };
}

export interface PlacedFigure {
  caption: string;
  credit?: string;
  /** The paragraph (1 for the first) the photograph stood after. */
  after: number;
}

interface ChapterFrontmatter {
  notes?: Note[];
  figures?: Array<{ caption: string; credit?: string; after?: number }>;
  author?: string;
}

const frontmatterOf = (data: unknown): ChapterFrontmatter =>
  (data as { astro?: { frontmatter?: ChapterFrontmatter } } | undefined)?.astro?.frontmatter ?? {};

export function notesOf(data: unknown): Note[] {
  return frontmatterOf(data).notes ?? [];
}

/** The captions of photographs that stood among the paragraphs; the page shows the others above the text. */
export function placedFiguresOf(data: unknown): PlacedFigure[] {
  return (frontmatterOf(data).figures ?? []).filter((figure): figure is PlacedFigure => figure.after !== undefined);
}

/**
 * Where the source had a photograph, its caption and credit as a quiet note (the photograph is not reproduced):
 * the chapter page's own markup for the captions above the text, with the chapter's photographer as the credit
 * when the caption names none.
 */
export function figureNote(figure: PlacedFigure, data: unknown): Element {
  const credit = figure.credit ?? (splitCredits(frontmatterOf(data).author).photographers.join(', ') || undefined);
  const text = (value: string): ElementContent => ({ type: 'text', value });
  const children: ElementContent[] = [
    { type: 'element', tagName: 'span', properties: { className: ['figure-note'] }, children: [text('Photograph in the original:')] },
    text(` ${smartQuotes(figure.caption)}`),
    ...(credit
      ? [{ type: 'element', tagName: 'span', properties: { className: ['credit'] }, children: [text(`Photograph: ${credit}`)] } as Element]
      : []),
  ];
  return {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['figure', 'figure-missing'] },
    children: [{ type: 'element', tagName: 'figcaption', properties: {}, children }],
  };
}

/**
 * What stands after each paragraph (by index), in reading order: the editor's notes about it, then the captions
 * of the photographs that stood after it, in the source's order. A caption placed past the last paragraph (the
 * text has since grown shorter) goes after the last, and the build says so.
 */
export function insertionsAfter(paragraphs: readonly Element[], data: unknown, file: string): Map<number, Element[]> {
  const after = new Map<number, Element[]>();
  const add = (index: number, node: Element) => after.set(index, [...(after.get(index) ?? []), node]);
  for (const { note, paragraph } of placeNotes(paragraphs.map(textOf), notesOf(data))) if (paragraph >= 0) add(paragraph, noteAside(note));
  for (const figure of placedFiguresOf(data)) {
    if (paragraphs.length === 0) break;
    if (figure.after > paragraphs.length)
      console.warn(
        `[dossier] warning: ${file}: a photograph's caption is placed after paragraph ${figure.after}, but the chapter has ${paragraphs.length}: shown after the last`,
      );
    add(Math.min(figure.after, paragraphs.length) - 1, figureNote(figure, data));
  }
  return after;
}

/** The node to insert after, for a paragraph: the paragraph, or the "text breaks off" marker that follows it. */
export function insertionPoint(root: Readonly<Root>, paragraph: Element): Nodes {
  let found: Nodes = paragraph;
  const walk = (node: Readonly<Nodes>): boolean => {
    if (!('children' in node)) return false;
    const siblings = node.children as Nodes[];
    const at = siblings.indexOf(paragraph);
    if (at >= 0) {
      const next = siblings.slice(at + 1).find((sibling) => !(sibling.type === 'text' && !sibling.value.trim()));
      if (next && isTruncationMarker(next)) found = next;
      return true;
    }
    return siblings.some(walk);
  };
  walk(root);
  return found;
}

function isTruncationMarker(node: Readonly<Nodes>): boolean {
  const named = node as { type: string; name?: string | null };
  return (named.type === 'mdxJsxFlowElement' || named.type === 'mdxJsxTextElement') && named.name === 'Truncated';
}
