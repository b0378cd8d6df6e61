/**
 * A `.md` source is parsed as CommonMark (never as MDX) and flattened to
 * blocks of the same safe inline subset as HTML: structure such as headings,
 * lists and code becomes plain paragraphs; raw HTML tags are dropped.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { appendAll } from '../text/arrays.ts';
import { checkMarkdownLimits } from './limits.ts';
import { text, tidyInline, plainText, type Block, type Inline } from './inline.ts';

const SAFE_PROTOCOL = /^(https?:|mailto:)/i;

export interface MarkdownBlocks {
  blocks: Block[];
  dropped: string[];
}

export function markdownToBlocks(source: string): MarkdownBlocks {
  const blocks: Block[] = [];
  const dropped: string[] = [];

  const inline = (nodes: PhrasingContent[]): Inline[] => {
    const out: Inline[] = [];
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          out.push(text(node.value));
          break;
        case 'break':
          out.push(text(' '));
          break;
        case 'emphasis':
        case 'strong':
          out.push({ type: node.type, children: inline(node.children) as PhrasingContent[] } as Inline);
          break;
        case 'link':
          if (SAFE_PROTOCOL.test(node.url))
            out.push({ type: 'link', url: node.url, children: inline(node.children) as PhrasingContent[] } as Inline);
          else appendAll(out, inline(node.children));
          break;
        case 'image':
        case 'imageReference':
          dropped.push(node.alt ? `image: ${node.alt}` : 'image');
          break;
        case 'html':
          dropped.push(node.value);
          break;
        default:
          if ('children' in node) appendAll(out, inline(node.children as PhrasingContent[]));
      }
    }
    return out;
  };

  const push = (block: Inline[]) => {
    const tidy = tidyInline(block);
    if (plainText(tidy).trim()) blocks.push(tidy);
  };

  const walk = (node: Nodes) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        push(inline(node.children));
        break;
      case 'code':
        push([text(node.value)]);
        break;
      case 'html':
        dropped.push(node.value);
        break;
      case 'thematicBreak':
        dropped.push('---');
        break;
      default:
        if ('children' in node) for (const child of node.children) walk(child as Nodes);
    }
  };
  checkMarkdownLimits(source);
  walk(fromMarkdown(source));
  return { blocks, dropped };
}
