/**
 * What a Lighthouse report says about one page, against the targets the site
 * holds itself to (issue 11): performance at least 95, accessibility, best
 * practices and SEO at 100, cumulative layout shift under 0.1. Pure: a report
 * in, scores and readable problems out.
 */

/** The part of Lighthouse's result (`lhr`) that is judged here. */
export interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; numericValue?: number; displayValue?: string }>;
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export const TARGETS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
export const MAX_LAYOUT_SHIFT = 0.1;

/**
 * The phone the performance score is for. Lighthouse's mobile run slows the host's processor fourfold, which turns the
 * high-end desktop its default assumes (a benchmark index of about 1,600) into a mid-range phone (about 400). On a
 * slower host the same fourfold slowdown simulates a far slower phone than that, and the score says more about the
 * host than the page: Lighthouse's documentation (docs/throttling.md, "Calibrating the CPU slowdown") says to lower
 * the multiplier there. This one simulates the same phone on any host; a host slower than the phone is not sped up.
 */
export const PHONE_BENCHMARK_INDEX = 400;
export function cpuSlowdownFor(benchmarkIndex: number): number {
  return Math.min(4, Math.max(1, Math.round((benchmarkIndex / PHONE_BENCHMARK_INDEX) * 10) / 10));
}

/**
 * The not-found page asks not to be indexed (a host serves it, with status
 * 404, for any missing address): the SEO audits that mark it down for exactly
 * that are not faults.
 */
const EXPECTED_OF_NOT_FOUND = new Set(['http-status-code', 'is-crawlable']);

export interface PageVerdict {
  scores: Record<Category, number>;
  layoutShift: number;
  problems: string[];
}

export function judgeReport(report: LighthouseReport, options: { notFound?: boolean } = {}): PageVerdict {
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const layoutShift = report.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN;
  const problems: string[] = [];
  for (const category of CATEGORIES) {
    const failing = failingAudits(report, category).filter(
      (id) => !(options.notFound && category === 'seo' && EXPECTED_OF_NOT_FOUND.has(id)),
    );
    const missed = scores[category] < TARGETS[category];
    const unscored = report.categories[category]?.score == null;
    // The not-found page's SEO score counts the expected audits; judge it by the others (an unscored category is never a pass).
    if (!unscored && (options.notFound && category === 'seo' ? failing.length === 0 : !missed)) continue;
    const why = failing.map((id) => `${id} (${report.audits[id]?.title ?? id})`).join('; ');
    problems.push(`${category} ${scores[category]}, target ${TARGETS[category]}${why ? `: ${why}` : ''}`);
  }
  if (!(layoutShift < MAX_LAYOUT_SHIFT))
    problems.push(`layout shift ${Number.isNaN(layoutShift) ? 'not measured' : layoutShift.toFixed(3)}, target under ${MAX_LAYOUT_SHIFT}`);
  return { scores, layoutShift, problems };
}

/** The audits of a category that cost it points, heaviest first. */
function failingAudits(report: LighthouseReport, category: Category): string[] {
  return (report.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
    .sort((a, b) => b.weight - a.weight)
    .map((ref) => ref.id);
}

/**
 * One page of each kind the site builds, from the list of its files: the
 * cover, the longest chapter, the topic page with the most in it, a page of
 * mentions, the topics index, each view that is on, the about page, and the
 * not-found page. Paths are relative to the base.
 */
export function pagesOfEachKind(files: { path: string; bytes: number }[]): { label: string; path: string; notFound?: boolean }[] {
  const has = (path: string) => files.some((file) => file.path === path);
  const largest = (match: RegExp) =>
    files
      .filter((file) => match.test(file.path))
      .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))[0]
      ?.path.replace(/index\.html$/, '');
  const pages: { label: string; path: string; notFound?: boolean }[] = [];
  if (has('index.html')) pages.push({ label: 'cover', path: '' });
  const chapter = largest(/^chapters\/[^/]+\/index\.html$/);
  if (chapter) pages.push({ label: 'chapter', path: chapter });
  const topic = largest(/^topics\/[^/]+\/index\.html$/);
  if (topic) pages.push({ label: 'topic', path: topic });
  const mentions = largest(/^topics\/[^/]+\/mentions\/index\.html$/);
  if (mentions) pages.push({ label: 'all mentions', path: mentions });
  for (const view of ['topics', 'timeline', 'voices', 'map', 'search', 'about']) {
    if (has(`${view}/index.html`)) pages.push({ label: view === 'topics' ? 'topics index' : view, path: `${view}/` });
  }
  // At its own address: Lighthouse will not audit a response with status 404.
  if (has('404.html')) pages.push({ label: 'not found', path: '404.html', notFound: true });
  return pages;
}
