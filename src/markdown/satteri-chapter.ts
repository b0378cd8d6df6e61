/**
 * Thin adapter: plugs the pure paragraph helpers into Sätteri, Astro 7's
 * default Markdown processor (remark/rehype plugins would not run there).
 * Every body paragraph gets `id="p-N"` and a visible link to itself; editor's
 * notes from the frontmatter are placed after the paragraph they are about.
 */
import { defineHastPlugin, type HastPluginDefinition, type HastPluginEntry } from 'satteri';
import type { Element } from 'hast';
import { anchorLink, CHAPTER_FILE, insertionPoint, insertionsAfter, paragraphsOf } from './paragraph-hast.ts';
import { recordedAnchors } from '../site/chapter-records.ts';
import { paragraphId } from '../text/paragraphs.ts';

const plugin: HastPluginDefinition = defineHastPlugin({
  name: 'dossier-chapter-paragraphs',
  before(root, ctx) {
    const paragraphs = paragraphsOf(root);
    const anchors = recordedAnchors(ctx.fileURL!.pathname, paragraphs.length);
    paragraphs.forEach((paragraph, index) => {
      const id = anchors[index] ?? paragraphId(index);
      ctx.setProperty(paragraph, 'id', id);
      ctx.prependChild(paragraph, anchorLink(id, index + 1));
    });
    // Sätteri adds what is inserted after one node in the order it is asked: the notes, then the captions.
    for (const [index, nodes] of insertionsAfter(paragraphs, ctx.data, ctx.fileURL!.pathname)) {
      const { siblings, at } = insertionPoint(root, paragraphs[index]!);
      for (const node of nodes) ctx.insertAfter(siblings[at] as Element, node);
    }
  },
});

/** Only chapters (files under an `articles/` folder) get paragraph anchors. */
export const chapterParagraphs: HastPluginEntry = (ctx) => (ctx.fileURL && CHAPTER_FILE.test(ctx.fileURL.pathname) ? plugin : null);
