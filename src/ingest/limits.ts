/**
 * Where a limit is the honest answer. A source past one is refused with a
 * message that names the limit, and the run goes on with the other files.
 * Real articles sit far below each: a long feature is 100 KB of text, a saved
 * page a few MB; its HTML nests 30 to 60 elements deep.
 */
export const LIMITS = {
  /** Bytes in one source file. */
  sourceBytes: 20 * 1024 * 1024,
  /** Nested HTML elements: deeper trees overflow the parsers' recursion. */
  htmlDepth: 256,
  /** Nested Markdown containers (quotations, list items) on one line. */
  markdownDepth: 32,
  /** List items in one Markdown source: parsing nested lists costs the square of their length. */
  markdownListItems: 2_000,
} as const;

/** A source that is past a limit: ingest reports it as a failure, with this message. */
export class SourceLimitError extends Error {}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

const CONTAINER_PREFIX = /^ {0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;

/** How many quotations and list items open at the start of a line of Markdown. */
function containerDepth(line: string): { depth: number; listItem: boolean } {
  // Indentation nests list items too: every two columns before and past the markers can open a level.
  // The markers are looked for after the indentation, however deep: "      - item" is a list item six levels in.
  const indentation = /^[ \t]*/.exec(line)![0];
  let rest = line.slice(indentation.length);
  let depth = 0;
  let listItem = false;
  for (let match = CONTAINER_PREFIX.exec(rest); match && depth <= LIMITS.markdownDepth; match = CONTAINER_PREFIX.exec(rest)) {
    depth++;
    if (!match[0].trimStart().startsWith('>')) listItem = true;
    rest = rest.slice(match[0].length);
  }
  return { depth: depth + (listItem ? Math.floor(indentation.replace(/\t/g, '    ').length / 2) : 0), listItem };
}

/** Refuses Markdown that would take the parser minutes or overflow the stack. */
export function checkMarkdownLimits(source: string): void {
  let listItems = 0;
  let line = 0;
  for (const text of source.split('\n')) {
    line++;
    const { depth, listItem } = containerDepth(text);
    if (depth > LIMITS.markdownDepth) {
      throw new SourceLimitError(
        `nests quotations or lists more than ${LIMITS.markdownDepth} deep (line ${line}); ingest reads Markdown up to that depth. Flatten it, or save it as .txt`,
      );
    }
    if (listItem && ++listItems > LIMITS.markdownListItems) {
      throw new SourceLimitError(
        `has more than ${LIMITS.markdownListItems.toLocaleString('en')} list items; ingest reads Markdown with up to that many. Save it as .txt to ingest it as plain text`,
      );
    }
  }
}

/** The deepest nesting in a tree (hast, or a DOM through `childrenOf`), counted without recursion. */
export function treeDepth(
  root: { children?: unknown[] },
  childrenOf: (node: unknown) => unknown[] = (node) => (node as { children?: unknown[] }).children ?? [],
): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (const child of node === root ? (root.children ?? []) : childrenOf(node))
      if (typeof child === 'object' && child) stack.push([child, depth + 1]);
  }
  return deepest;
}

export function tooDeepHtml(): SourceLimitError {
  return new SourceLimitError(
    `nests HTML elements more than ${LIMITS.htmlDepth} deep; ingest reads HTML up to that depth. Save the article's text as .txt instead`,
  );
}
