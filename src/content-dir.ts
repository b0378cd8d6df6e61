/** Where the content lives: `content/`, or DOSSIER_CONTENT_DIR (the tests build other corpora). */
export function contentDir(): string {
  return process.env.DOSSIER_CONTENT_DIR || './content';
}
