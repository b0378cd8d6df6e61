/**
 * What a build keeps for the next one (chapter records, social cards, the
 * search index) is only a saving: a cache folder that cannot be written makes
 * the next build slower and never stops this one. Said once per kind of thing
 * kept, however many fail.
 */
// The integration and the pages load this module as two module graphs in one process: one memory for both.
const SAID = Symbol.for('dossier.cacheWarningsSaid');

export function cacheNotKept(what: string, error: unknown): void {
  const global = globalThis as Record<symbol, Set<string> | undefined>;
  const said = (global[SAID] ??= new Set());
  if (said.has(what)) return;
  said.add(what);
  console.warn(`[dossier] warning: ${what} cannot be kept for the next build (${(error as Error).message})`);
}
