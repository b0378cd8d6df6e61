/**
 * The options of the `dossier()` Astro integration, in one schema: where the
 * content is, which Markdown processor renders the chapters, how mentions
 * link, and which documentary views the site has. Pure.
 */
import { z } from 'astro/zod';
import { LINK_MODES, type LinkMode } from './topics/link.ts';
import { describeIssues } from './text/schema-issues.ts';

export const VIEWS = ['timeline', 'voices', 'map', 'search'] as const;
export type View = (typeof VIEWS)[number];

const on = z.boolean().default(true);

export const dossierOptions = z
  .object({
    /** The folder with `articles/`, `topics/`, `site.yaml`…, relative to the project. */
    content: z.string().trim().min(1, 'a folder, like ./content').default('./content'),
    /** `satteri` (Astro 7's native default) or `unified` (the same transforms as remark/rehype plugins). */
    markdown: z.enum(['satteri', 'unified']).default('satteri'),
    /** Overrides site.yaml's `links.mode` for this build: first-in-chapter, first-in-paragraph, every or none. */
    links: z.enum(LINK_MODES as unknown as [LinkMode, ...LinkMode[]]).optional(),
    /** Each documentary view can be left out; its page, its header link and its sections on other pages go with it. */
    views: z
      .object({ timeline: on, voices: on, map: on, search: on })
      .strict()
      .default({ timeline: true, voices: true, map: true, search: true }),
  })
  .strict();

export type DossierOptions = z.input<typeof dossierOptions>;

/** The options a build runs with: the content folder resolved, and Astro's project and cache folders. */
export type BuildOptions = z.output<typeof dossierOptions> & {
  root?: string;
  cacheDir?: string;
  /** A fingerprint of Dossier's own code (src/, the lockfile, Node): what the build's caches are kept under. */
  code?: string;
};

/** `dossier({ markdown: 'remark' })` → "markdown: …": one line an editor can act on. */
export function parseDossierOptions(input: unknown): { ok: true; options: z.output<typeof dossierOptions> } | { ok: false; error: string } {
  const result = dossierOptions.safeParse(input ?? {});
  if (result.success) return { ok: true, options: result.data };
  return {
    ok: false,
    error: `dossier() in astro.config.mjs: ${describeIssues(
      result.error.issues,
      (path) => Object.keys(path[0] === 'views' ? dossierOptions.shape.views.unwrap().shape : dossierOptions.shape),
      { separator: '.', top: '(options)' },
    ).join('; ')}`,
  };
}

/**
 * How many pages Astro renders at once. Astro's default is one; Dossier's is four, for its social
 * cards: satori lays a card out on the main thread, then sharp rasterises and encodes it off the main
 * thread (about 19 of a card's 26 ms), so with one or two cards in flight a core sits idle. Measured
 * at 1,000 chapters on 2 cores, first builds: one → two pages 53.7 → 43.7 s and 60.9 → 51.7 s (two
 * alternating pairs); two → four (interleaved), the 1,593 cards 28–32 s → 21–25 s and the build
 * 66.4–70.3 s (median 69.0 of four) → 49.6–64.1 s (median 57.5 of six), peak memory 1.40–1.46 →
 * 1.41–1.54 GB; eight no better than four. A project that sets its own number (anything but Astro's
 * default) keeps it.
 */
export function pagesRenderedAtOnce(configured: number): number {
  return configured === 1 ? 4 : configured;
}
