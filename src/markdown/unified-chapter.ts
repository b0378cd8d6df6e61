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
import { anchorLink, CHAPTER_FILE, insertionPoint, insertionsAfter, paragraphsOf } from './paragraph-hast.ts';
import { paragraphId } from '../text/paragraphs.ts';

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
    // Each paragraph's notes and captions, in one run right after it (or after its "text breaks off" marker).
    for (const [index, nodes] of insertionsAfter(paragraphs, file.data, file.path)) {
      const { siblings, at } = insertionPoint(tree, paragraphs[index]!);
      siblings.splice(at + 1, 0, ...nodes);
    }
  };
}
