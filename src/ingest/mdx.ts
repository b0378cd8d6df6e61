/**
 * Article record → MDX text. The body is an mdast tree serialized by
 * mdast-util-to-markdown with the MDX extensions, and the frontmatter goes
 * through a YAML serializer: source text is only ever a text node or a YAML
 * string, so it cannot become JSX, an expression, an import or a heading.
 */
import type { Paragraph as MdastParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { articleFrontmatter, type ArticleFrontmatter, type ManifestEntry } from '../schema.ts';
import { ingestIsolated, sha256, type IngestResult, type Paragraph } from './article.ts';
import { frontmatterBlock } from '../text/frontmatter.ts';

/** Components the generated MDX uses; the chapter page must provide each. */
export const BODY_COMPONENTS = ['Question', 'Answer', 'Truncated'] as const;

// mdast-util-mdx escapes `{` and `<`, but a paragraph that starts with
// `import ` or `export ` would still be read as ESM: escape its first letter.
const ESM_AT_LINE_START: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
  { character: 'I', atBreak: true, after: 'MPORT\\b' },
  { character: 'E', atBreak: true, after: 'XPORT\\b' },
];

function element(name: (typeof BODY_COMPONENTS)[number], children: MdxJsxFlowElement['children'] = []): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: [], children };
}

function paragraph(inline: Paragraph['inline']): MdastParagraph {
  return { type: 'paragraph', children: inline as PhrasingContent[] };
}

export function bodyToMdast(body: readonly Paragraph[]): Root {
  const children: RootContent[] = [];
  let answer: MdxJsxFlowElement | undefined;
  for (const item of body) {
    const node = paragraph(item.inline);
    if (item.role === 'answer') {
      if (!answer) children.push((answer = element('Answer')));
      answer.children.push(node);
      if (item.truncated) answer.children.push(element('Truncated'));
      continue;
    }
    answer = undefined;
    children.push(item.role === 'question' ? element('Question', [node]) : node);
    if (item.truncated) children.push(element('Truncated'));
  }
  return { type: 'root', children };
}

export function serializeBody(body: readonly Paragraph[]): string {
  return toMarkdown(bodyToMdast(body), { extensions: [mdxToMarkdown(), gfmToMarkdown(), { unsafe: ESM_AT_LINE_START }] });
}

const HASH_LINE = /^generatedHash: .*\n/m;

/** The hash recorded in a generated file, and the hash of its text as it is now. */
export function readGeneratedHash(fileText: string): { recorded?: string; actual: string } {
  const recorded = /^generatedHash: ([0-9a-f]{64})$/m.exec(fileText)?.[1];
  return { recorded, actual: sha256(fileText.replace(HASH_LINE, '')) };
}

/** The complete MDX file, frontmatter validated by the shared schema; `bodyMdx` is the body already serialized. */
export function articleToMdx(frontmatter: Omit<ArticleFrontmatter, 'generatedHash'>, body: readonly Paragraph[], bodyMdx?: string): string {
  const checked = articleFrontmatter.safeParse(frontmatter);
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`frontmatter does not fit the schema (${problems}); check this file's entry in sources.yaml`);
  }
  const data = checked.data;
  delete data.generatedHash;
  const unhashed = `${frontmatterBlock(data)}\n${bodyMdx ?? serializeBody(body)}`;
  const hash = sha256(unhashed);
  return unhashed.replace(/\n---\n/, `\ngeneratedHash: ${hash}\n---\n`);
}

/** A source's result, with its body already serialized when it was ingested: its frontmatter waits for its place in the reading order. */
export type PreparedSource = Exclude<IngestResult, { status: 'ok' }> | (Extract<IngestResult, { status: 'ok' }> & { bodyMdx: string });

/** One source ingested as far as it can be alone (on a worker thread, in a large run). */
export function prepareSource(name: string, bytes: Uint8Array, entry: ManifestEntry | undefined): PreparedSource {
  const result = ingestIsolated(name, bytes, entry);
  if (result.status !== 'ok') return result;
  try {
    return { ...result, bodyMdx: serializeBody(result.article.body) };
  } catch (error) {
    return { status: 'failed', error: (error as Error).message };
  }
}
