/**
 * Thin adapter: plugs the pure paragraph helpers into Sätteri, Astro 7's
 * default Markdown processor (remark/rehype plugins would not run there).
 * Every body paragraph gets `id="p-N"` and a visible link to itself; editor's
 * notes from the frontmatter are placed after the paragraph they are about.
 */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { defineHastPlugin, type HastPluginDefinition, type HastPluginEntry } from 'satteri';
import { paragraphId, placeNotes } from './paragraphs.ts';

interface Note {
  at: string;
  text: string;
}

function paragraphsOf(root: Readonly<Root>): Element[] {
  const found: Element[] = [];
  const walk = (node: Readonly<Nodes>) => {
    if (node.type === 'element' && node.tagName === 'p') found.push(node as Element);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(root);
  return found;
}

function textOf(node: Readonly<Nodes>): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
}

function anchorLink(id: string, number: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `#${id}`, className: ['paragraph-link'], ariaLabel: `Link to paragraph ${number}` },
    children: [{ type: 'text', value: '¶' }],
  };
}

function noteAside(note: Note): Element {
  const children: ElementContent[] = [
    { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: 'Editor’s note: ' }] },
    { type: 'text', value: note.text },
  ];
  return { type: 'element', tagName: 'aside', properties: { className: ['editor-note'], role: 'note' }, children };
}

const plugin: HastPluginDefinition = defineHastPlugin({
  name: 'dossier-chapter-paragraphs',
  before(root, ctx) {
    const paragraphs = paragraphsOf(root);
    paragraphs.forEach((paragraph, index) => {
      const id = paragraphId(index);
      ctx.setProperty(paragraph, 'id', id);
      ctx.prependChild(paragraph, anchorLink(id, index + 1));
    });
    const frontmatter = (ctx.data as { astro?: { frontmatter?: { notes?: Note[] } } }).astro?.frontmatter;
    for (const { note, paragraph } of placeNotes(paragraphs.map(textOf), frontmatter?.notes ?? [])) {
      if (paragraph >= 0) ctx.insertAfter(paragraphs[paragraph]!, noteAside(note));
    }
  },
});

/** Only chapters (files under an `articles/` folder) get paragraph anchors. */
export const chapterParagraphs: HastPluginEntry = (ctx) => (ctx.fileURL && /\/articles\/[^/]+\.mdx$/.test(ctx.fileURL.pathname) ? plugin : null);
