/**
 * Mention linking as a pure function over mdast: which text nodes to replace,
 * and with what. The Markdown-processor adapters only apply the plan.
 */
import type { Link, Nodes, PhrasingContent, Root, Text } from 'mdast';
import type { TopicMatcher } from './matcher.ts';

export type LinkMode = 'first-in-chapter' | 'first-in-paragraph' | 'every';
export const LINK_MODES: readonly LinkMode[] = ['first-in-chapter', 'first-in-paragraph', 'every'];

export interface LinkTarget {
  href: string;
  /** Shown on hover and focus: "Place: Iraq's second city…". */
  preview: string;
}

export interface LinkOptions {
  mode: LinkMode;
  /** The link for a topic, or undefined for a topic that must not be linked (`link: false`). */
  target: (slug: string) => LinkTarget | undefined;
}

export interface Replacement {
  node: Text;
  parts: PhrasingContent[];
}

/** Never link inside these: existing links, headings, code, raw HTML, expressions. */
const SKIP = new Set(['link', 'linkReference', 'heading', 'code', 'inlineCode', 'html', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'definition', 'footnoteDefinition']);

export function tooltipId(slug: string): string {
  return `topic-tip-${slug}`;
}

function mentionLink(text: string, slug: string, target: LinkTarget): Link {
  return {
    type: 'link',
    url: target.href,
    children: [{ type: 'text', value: text }],
    // A plain string for aria-describedby: Sätteri passes properties through as they are.
    data: { hProperties: { className: ['mention'], 'data-preview': target.preview, ariaDescribedBy: tooltipId(slug) } } as unknown as Link['data'],
  };
}

export function planMentionLinks(root: Root, matcher: TopicMatcher, options: LinkOptions): Replacement[] {
  const replacements: Replacement[] = [];
  const linkedInChapter = new Set<string>();
  let linkedInParagraph = new Set<string>();

  const visitText = (node: Text) => {
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const mention of matcher.find(node.value)) {
      const target = options.target(mention.slug);
      if (!target) continue;
      if (options.mode === 'first-in-chapter' && linkedInChapter.has(mention.slug)) continue;
      if (options.mode === 'first-in-paragraph' && linkedInParagraph.has(mention.slug)) continue;
      linkedInChapter.add(mention.slug);
      linkedInParagraph.add(mention.slug);
      if (mention.start > last) parts.push({ type: 'text', value: node.value.slice(last, mention.start) });
      parts.push(mentionLink(mention.text, mention.slug, target));
      last = mention.end;
    }
    if (!parts.length) return;
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    replacements.push({ node, parts });
  };

  const walk = (node: Nodes) => {
    if (SKIP.has(node.type)) return;
    if (node.type === 'paragraph') linkedInParagraph = new Set();
    if (node.type === 'text') visitText(node);
    else if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(root);
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
