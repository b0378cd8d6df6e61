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

interface PlacedFigure {
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

/**
 * Where the source had a photograph, its caption and credit as a quiet note (the photograph is not reproduced),
 * above the text or among the paragraphs: the chapter's photographers are the credit when the caption names none.
 */
export function figureNote(figure: { caption: string; credit?: string }, photographers: readonly string[]): Element {
  const credit = figure.credit || photographers.join(', ') || undefined;
  const text = (value: string): ElementContent => ({ type: 'text', value });
  // A caption that was only a credit: no colon left hanging before nothing.
  const note = figure.caption ? 'Photograph in the original:' : 'Photograph in the original.';
  const children: ElementContent[] = [
    { type: 'element', tagName: 'span', properties: { className: ['figure-note'] }, children: [text(note)] },
    ...(figure.caption ? [text(` ${smartQuotes(figure.caption)}`)] : []),
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
 * of the photographs that stood after it, in the source's order (the others the page shows above the text). A
 * caption placed past the last paragraph (the text has since grown shorter) goes after the last, and the build says so.
 */
export function insertionsAfter(paragraphs: readonly Element[], data: unknown, file: string): Map<number, Element[]> {
  const after = new Map<number, Element[]>();
  const add = (index: number, node: Element) => after.set(index, [...(after.get(index) ?? []), node]);
  for (const { note, paragraph } of placeNotes(paragraphs.map(textOf), notesOf(data))) if (paragraph >= 0) add(paragraph, noteAside(note));
  const frontmatter = frontmatterOf(data);
  const placed = (frontmatter.figures ?? []).filter((figure): figure is PlacedFigure => figure.after !== undefined);
  if (placed.length === 0 || paragraphs.length === 0) return after;
  const { photographers } = splitCredits(frontmatter.author);
  for (const figure of placed) {
    if (figure.after > paragraphs.length)
      console.warn(
        `[dossier] warning: ${file}: a photograph's caption is placed after paragraph ${figure.after}, but the chapter has ${paragraphs.length}: shown after the last`,
      );
    add(Math.min(figure.after, paragraphs.length) - 1, figureNote(figure, photographers));
  }
  return after;
}

/**
 * Where to insert after a paragraph: its parent's children and the place of the node to insert after, the
 * paragraph or the "text breaks off" marker that follows it.
 */
export function insertionPoint(root: Readonly<Root>, paragraph: Element): { siblings: Nodes[]; at: number } {
  const walk = (node: Readonly<Nodes>): { siblings: Nodes[]; at: number } | undefined => {
    if (!('children' in node)) return undefined;
    const siblings = node.children as Nodes[];
    const at = siblings.indexOf(paragraph);
    if (at < 0) {
      for (const child of siblings) {
        const found = walk(child);
        if (found) return found;
      }
      return undefined;
    }
    const next = siblings.findIndex((sibling, i) => i > at && !(sibling.type === 'text' && !sibling.value.trim()));
    return { siblings, at: next >= 0 && isTruncationMarker(siblings[next]!) ? next : at };
  };
  return walk(root) ?? { siblings: [paragraph], at: 0 };
}

function isTruncationMarker(node: Readonly<Nodes>): boolean {
  const named = node as { type: string; name?: string | null };
  return (named.type === 'mdxJsxFlowElement' || named.type === 'mdxJsxTextElement') && named.name === 'Truncated';
}
