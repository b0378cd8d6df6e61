/**
 * The editor's introduction on the cover: `content/intro.md`, Markdown (an
 * older `intro.mdx` is read the same way, as Markdown, never compiled).
 * Read once per build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../content-dir.ts';
import { decodeEditorFile } from '../text/decode.ts';
import { asSaved, splitFrontmatter } from '../text/frontmatter.ts';
import { renderEditorMarkdown } from '../text/editor-markdown.ts';

export const INTRO_FILES = ['intro.md', 'intro.mdx'] as const;

function loadIntro(): string | undefined {
  const path = INTRO_FILES.map((name) => join(contentDir(), name)).find((candidate) => existsSync(candidate));
  if (!path) return undefined;
  // A frontmatter block, if the editor added one, is not part of the prose.
  const decoded = decodeEditorFile(readFileSync(path), path);
  if (!decoded.ok) {
    console.warn(`[dossier] warning: ${decoded.error}; the cover has no introduction`);
    return undefined;
  }
  if (decoded.warning) console.warn(`[dossier] warning: ${decoded.warning}`);
  const text = asSaved(decoded.text);
  const markdown = splitFrontmatter(text)?.body ?? text;
  const { html, droppedHtml } = renderEditorMarkdown(markdown);
  if (droppedHtml.length)
    console.warn(`[dossier] ${path}: raw HTML is not shown (the introduction is Markdown): ${droppedHtml.join(' ').slice(0, 120)}`);
  return html || undefined;
}

/** The introduction as safe HTML, or undefined when there is none. */
export const introHtml: string | undefined = loadIntro();
