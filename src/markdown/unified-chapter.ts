/**
 * The same chapter transforms as remark/rehype plugins, for Astro's unified
 * processor (`dossier({ markdown: "unified" })`): mention links over mdast, then
 * paragraph anchors and editor's notes over hast.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { VFile } from 'vfile';
import { applyReplacements, planParagraphLinks } from '../topics/link.ts';
import { mentionsFromRecord, recordedAnchors } from '../site/chapter-records.ts';
import { siteLinkOptions, siteTopics } from '../site/site-topics.ts';
import { anchorLink, CHAPTER_FILE, figureNote, noteAside, notesOf, paragraphsOf, placedFiguresOf, textOf } from './paragraph-hast.ts';
import { paragraphId, placeNotes } from '../text/paragraphs.ts';

const isChapter = (file: VFile) => CHAPTER_FILE.test(file.path ?? '');

export function remarkChapterMentions(base: string) {
  const { matcher } = siteTopics();
  const options = siteLinkOptions(base);
  return () => (tree: MdastRoot, file: VFile) => {
    if (isChapter(file) && matcher.size > 0)
      applyReplacements(tree, planParagraphLinks(tree, mentionsFromRecord(file.path, matcher), options));
  };
}

export function rehypeChapterParagraphs() {
  return (tree: HastRoot, file: VFile) => {
    if (!isChapter(file)) return;
    const paragraphs = paragraphsOf(tree);
    const anchors = recordedAnchors(file.path, paragraphs.length);
    paragraphs.forEach((paragraph, index) => {
      const id = anchors[index] ?? paragraphId(index);
      paragraph.properties.id = id;
      paragraph.children.unshift(anchorLink(id, index + 1));
    });
    // Insert right after a paragraph, in its parent: a later insertion stands nearer the paragraph.
    const insertAfter = (target: HastRoot['children'][number], inserted: HastRoot['children'][number]) => {
      const walk = (node: HastRoot | HastRoot['children'][number]): boolean => {
        if (!('children' in node)) return false;
        const at = (node.children as unknown[]).indexOf(target);
        if (at >= 0) {
          (node.children as unknown[]).splice(at + 1, 0, inserted);
          return true;
        }
        return (node.children as Array<HastRoot['children'][number]>).some(walk);
      };
      walk(tree);
    };
    // As in the Sätteri adapter: captions where the photographs stood, then the editor's notes right under their paragraphs.
    for (const figure of placedFiguresOf(file.data).reverse()) {
      const paragraph = paragraphs[Math.min(figure.after, paragraphs.length) - 1];
      if (paragraph) insertAfter(paragraph, figureNote(figure, file.data));
    }
    const placed = placeNotes(paragraphs.map(textOf), notesOf(file.data)).filter(({ paragraph }) => paragraph >= 0);
    for (const { note, paragraph } of placed.reverse()) insertAfter(paragraphs[paragraph]!, noteAside(note));
  };
}
