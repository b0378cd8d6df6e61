/**
 * Thin adapter: plugs the pure paragraph helpers into Sätteri, Astro 7's
 * default Markdown processor (remark/rehype plugins would not run there).
 * Every body paragraph gets `id="p-N"` and a visible link to itself; editor's
 * notes from the frontmatter are placed after the paragraph they are about.
 */
import { defineHastPlugin, type HastPluginDefinition, type HastPluginEntry } from 'satteri';
import { anchorLink, CHAPTER_FILE, figureNote, noteAside, notesOf, paragraphsOf, placedFiguresOf, textOf } from './paragraph-hast.ts';
import { recordedAnchors } from '../site/chapter-records.ts';
import { paragraphId, placeNotes } from '../text/paragraphs.ts';

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
    // A photograph's caption where the photograph stood (after the last paragraph if the text has since grown shorter);
    // inserted first, so that an editor's note about the same paragraph stands right under it.
    for (const figure of placedFiguresOf(ctx.data).reverse()) {
      const paragraph = paragraphs[Math.min(figure.after, paragraphs.length) - 1];
      if (paragraph) ctx.insertAfter(paragraph, figureNote(figure, ctx.data));
    }
    for (const { note, paragraph } of placeNotes(paragraphs.map(textOf), notesOf(ctx.data))) {
      if (paragraph >= 0) ctx.insertAfter(paragraphs[paragraph]!, noteAside(note));
    }
  },
});

/** Only chapters (files under an `articles/` folder) get paragraph anchors. */
export const chapterParagraphs: HastPluginEntry = (ctx) => (ctx.fileURL && CHAPTER_FILE.test(ctx.fileURL.pathname) ? plugin : null);
