/**
 * Mention linking as a pure function over mdast: which text nodes to replace,
 * and with what. The Markdown-processor adapters only apply the plan.
 */
import type { Link, Nodes, PhrasingContent, Root, Text } from 'mdast';
import type { Mention, TopicMatcher } from './matcher.ts';
import { paragraphNodes, textNodeOffsets, textOf } from '../text/paragraphs.ts';

/** `none`: no links in the text (topic pages still list every mention). */
export type LinkMode = 'first-in-chapter' | 'first-in-paragraph' | 'every' | 'none';
export const LINK_MODES: readonly LinkMode[] = ['first-in-chapter', 'first-in-paragraph', 'every', 'none'];

export interface LinkTarget {
  href: string;
  /** Shown on hover and focus: "Place: Iraq's second city…". */
  preview: string;
}

export interface LinkOptions {
  mode: LinkMode;
  /** The link for a topic, or undefined for a topic that must not be linked (`link: false`). */
  target: (slug: string) => LinkTarget | undefined;
  /** At most this many new links in one paragraph (0: no limit); the rarer topics win. */
  perParagraph?: number;
  /** How many chapters mention a topic: fewer is rarer, and wins a paragraph's few links. */
  chapterCount?: (slug: string) => number;
}

export interface Replacement {
  node: Text;
  parts: PhrasingContent[];
}

/** Never link inside these: existing links, headings, code, raw HTML, expressions. */
const SKIP = new Set([
  'link',
  'linkReference',
  'heading',
  'code',
  'inlineCode',
  'html',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
  'definition',
  'footnoteDefinition',
]);

export function tooltipId(slug: string): string {
  return `topic-tip-${slug}`;
}

function mentionLink(text: string, slug: string, target: LinkTarget): Link {
  return {
    type: 'link',
    url: target.href,
    children: [{ type: 'text', value: text }],
    // A plain string for aria-describedby: Sätteri passes properties through as they are.
    data: {
      hProperties: { className: ['mention'], 'data-preview': target.preview, ariaDescribedBy: tooltipId(slug) },
    } as unknown as Link['data'],
  };
}

interface Found {
  node: Text;
  mention: Mention;
  order: number;
}

/**
 * Which mentions become links, one block at a time: the first of each topic
 * in the chapter (or paragraph, or every one, by mode), at most
 * `perParagraph` new ones in a block, the topics fewer chapters mention
 * first; a topic left unlinked in a crowded paragraph is linked where it next
 * appears.
 */
export function chooseLinks(
  found: readonly Found[],
  linked: Set<string>,
  options: LinkOptions,
  comesBack: (slug: string) => boolean = () => false,
): Found[] {
  if (options.mode === 'none') return [];
  const linkable = found.filter((entry) => options.target(entry.mention.slug));
  const firsts = new Map<string, Found>();
  for (const entry of linkable) {
    const slug = entry.mention.slug;
    if (firsts.has(slug) || (options.mode === 'first-in-chapter' && linked.has(slug))) continue;
    firsts.set(slug, entry);
  }
  let slugs = [...firsts.keys()];
  const limit = options.perParagraph ?? 0;
  if (limit > 0 && slugs.length > limit) {
    const chapters = options.chapterCount ?? (() => 0);
    // A topic the chapter names again can wait for its next paragraph; then the rarer in the collection first.
    const later = (slug: string) => (comesBack(slug) ? 1 : 0);
    slugs = slugs
      .sort((a, b) => later(a) - later(b) || chapters(a) - chapters(b) || firsts.get(a)!.order - firsts.get(b)!.order)
      .slice(0, limit);
  }
  const keep = new Set(slugs);
  for (const slug of keep) linked.add(slug);
  return (options.mode === 'every' ? linkable : [...firsts.values()]).filter((entry) => keep.has(entry.mention.slug));
}

/**
 * The plan for a chapter, finding its mentions with the matcher: the same
 * paragraphs and the same text the corpus index reads (`src/text/paragraphs.ts`).
 */
export function planMentionLinks(root: Root, matcher: TopicMatcher, options: LinkOptions): Replacement[] {
  return planParagraphLinks(root, (_, text) => matcher.find(text), options);
}

/**
 * The plan for a chapter whose mentions are found paragraph by paragraph
 * (by the corpus index's record of it, given each paragraph's number and
 * text): each mention becomes a link in the text node that holds it. A
 * mention split across nodes ("Islamic *State*") or inside a link stays text.
 */
export function planParagraphLinks(
  root: Root,
  mentionsIn: (index: number, text: string) => readonly Mention[],
  options: LinkOptions,
): Replacement[] {
  const replacements: Replacement[] = [];
  const linkedInChapter = new Set<string>();

  const replace = (chosen: readonly Found[]) => {
    const byNode = new Map<Text, Found[]>();
    for (const entry of chosen) byNode.set(entry.node, [...(byNode.get(entry.node) ?? []), entry]);
    for (const [node, entries] of byNode) {
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const { mention } of entries.sort((a, b) => a.mention.start - b.mention.start)) {
        if (mention.start > last) parts.push({ type: 'text', value: node.value.slice(last, mention.start) });
        parts.push(mentionLink(mention.text, mention.slug, options.target(mention.slug)!));
        last = mention.end;
      }
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      replacements.push({ node, parts });
    }
  };

  // First every paragraph's mentions, placed in their text nodes, so a crowded paragraph knows which topics the chapter names again.
  const blocks: Found[][] = paragraphNodes(root).map((paragraph, index) => {
    const segments = textNodeOffsets(paragraph, SKIP);
    const found: Found[] = [];
    for (const mention of mentionsIn(index, textOf(paragraph))) {
      const segment = segments.find((s) => mention.start >= s.start && mention.end <= s.start + s.node.value.length);
      if (!segment || segment.within) continue;
      found.push({
        node: segment.node,
        mention: { ...mention, start: mention.start - segment.start, end: mention.end - segment.start },
        order: found.length,
      });
    }
    return found;
  });
  const remaining = new Map<string, number>();
  for (const block of blocks)
    for (const slug of new Set(block.map((e) => e.mention.slug))) remaining.set(slug, (remaining.get(slug) ?? 0) + 1);
  for (const block of blocks) {
    const here = new Set(block.map((e) => e.mention.slug));
    for (const slug of here) remaining.set(slug, remaining.get(slug)! - 1);
    if (options.mode !== 'first-in-chapter') linkedInChapter.clear();
    if (block.length) replace(chooseLinks(block, linkedInChapter, options, (slug) => remaining.get(slug)! > 0));
  }
  return replacements;
}

/** Apply a plan to a tree in place (the unified adapter, and tests). */
export function applyReplacements(root: Root, replacements: readonly Replacement[]): void {
  const byNode = new Map(replacements.map((r) => [r.node, r.parts]));
  const walk = (node: Nodes) => {
    if (!('children' in node)) return;
    const children: Nodes[] = [];
    for (const child of node.children as Nodes[]) {
      const parts = child.type === 'text' ? byNode.get(child) : undefined;
      if (parts) children.push(...(parts as Nodes[]));
      else {
        walk(child);
        children.push(child);
      }
    }
    (node as { children: Nodes[] }).children = children;
  };
  walk(root);
}
