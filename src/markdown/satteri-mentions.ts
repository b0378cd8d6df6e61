/**
 * Thin adapter: the pure mention linker, run in Sätteri's mdast phase for
 * chapter files, with the mentions the corpus index found in the chapter.
 */
import type { Root } from 'mdast';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { planParagraphLinks } from '../topics/link.ts';
import { mentionsFromRecord } from '../site/chapter-records.ts';
import { siteLinkOptions, siteTopics } from '../site/site-topics.ts';

const CHAPTER_FILE = /\/articles\/[^/]+\.mdx$/;

export function chapterMentions(base: string): MdastPluginEntry {
  const { matcher } = siteTopics();
  const options = siteLinkOptions(base);
  const plugin = defineMdastPlugin({
    name: 'dossier-mention-links',
    before(root, ctx) {
      const mentionsIn = mentionsFromRecord(ctx.fileURL!.pathname, matcher);
      for (const { node, parts } of planParagraphLinks(root as unknown as Root, mentionsIn, options)) {
        ctx.replaceNode(node as never, parts as never);
      }
    },
  });
  return (ctx) => (ctx.fileURL && CHAPTER_FILE.test(ctx.fileURL.pathname) && matcher.size > 0 ? plugin : null);
}
