/** The hast pieces of a chapter body both Markdown adapters add: ¶ links and editor's notes. */
import type { Element, ElementContent, Nodes, Root } from 'hast';

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

export function notesOf(data: unknown): Note[] {
  return (data as { astro?: { frontmatter?: { notes?: Note[] } } } | undefined)?.astro?.frontmatter?.notes ?? [];
}
