/** Thin adapter: the pure mention linker, run in Sätteri's mdast phase for chapter files. */
import type { Root } from 'mdast';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { planMentionLinks } from '../topics/link.ts';
import { siteLinkOptions, siteTopics } from '../site/site-topics.ts';

const CHAPTER_FILE = /\/articles\/[^/]+\.mdx$/;

export function chapterMentions(base: string): MdastPluginEntry {
  const { matcher } = siteTopics();
  const options = siteLinkOptions(base);
  const plugin = defineMdastPlugin({
    name: 'dossier-mention-links',
    before(root, ctx) {
      for (const { node, parts } of planMentionLinks(root as unknown as Root, matcher, options)) {
        ctx.replaceNode(node as never, parts as never);
      }
    },
  });
  return (ctx) => (ctx.fileURL && CHAPTER_FILE.test(ctx.fileURL.pathname) && matcher.size > 0 ? plugin : null);
}
