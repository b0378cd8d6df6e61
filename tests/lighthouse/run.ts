/**
 * `npm run lighthouse` (after a build): Lighthouse (mobile, its default) on one
 * page of each kind in `dist/`, served on localhost as a static host would
 * serve it, in Debian's Chromium. Prints a table, writes each page's report as
 * HTML to `lighthouse/`, and exits 1 when a page misses a target (judge.ts).
 *
 *   npm run lighthouse [-- --dist dist-sub-path] [--base /mosul/]
 *
 * A performance score is a simulated timing, so a page that misses it is run
 * twice more and judged on the median of the three; the other categories and
 * layout shift do not depend on the machine's speed. The simulated phone is the
 * same on any host: the processor slowdown is calibrated to this machine's
 * benchmark index first (judge.ts, cpuSlowdownFor).
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { readBuiltSite } from '../../src/check/built-site.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../helpers/browser.ts';
import { serveDist } from '../helpers/serve.ts';
import { median } from '../helpers/median.ts';
import { CATEGORIES, cpuSlowdownFor, judgeReport, type LighthouseReport, pagesOfEachKind, TARGETS } from './judge.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, base: { type: 'string' }, reports: { type: 'string', default: 'lighthouse' } },
});
const dist = resolve(values.dist);
const reportsDir = resolve(values.reports);
// The files and base path as `npm run check` reads them: the base from --base, BASE_PATH, or the cover's canonical address.
const site = existsSync(dist) ? readBuiltSite(dist, values.base ?? process.env.BASE_PATH) : undefined;
const pages = site ? pagesOfEachKind([...site.files].map((path) => ({ path, bytes: statSync(join(dist, path)).size }))) : [];
if (!site || pages.length === 0) {
  console.error(`No built pages in ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}
const { base } = site;
mkdirSync(reportsDir, { recursive: true });

const { server, origin } = await serveDist(dist, base);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });

let cpuSlowdownMultiplier: number | undefined;
async function audit(url: string): Promise<{ report: LighthouseReport; html: string }> {
  const result = await lighthouse(url, {
    port: chrome.port,
    logLevel: 'error',
    output: 'html',
    onlyCategories: [...CATEGORIES],
    ...(cpuSlowdownMultiplier !== undefined && { throttling: { cpuSlowdownMultiplier } }),
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.message}`);
  return { report: result.lhr as unknown as LighthouseReport, html: String(result.report) };
}

const rows: string[][] = [];
let failed = 0;
try {
  // One run of the cover measures this machine; every page is then judged with the slowdown that fits it.
  const probe = await lighthouse(`${origin}${base}`, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
  const benchmarkIndex = probe?.lhr.environment.benchmarkIndex ?? 0;
  cpuSlowdownMultiplier = benchmarkIndex > 0 ? cpuSlowdownFor(benchmarkIndex) : undefined;
  console.log(
    `This machine's benchmark index: ${Math.round(benchmarkIndex)}; processor slowdown ${cpuSlowdownMultiplier ?? 4}× (Lighthouse's 4× assumes about 1,600).`,
  );
  for (const page of pages) {
    const url = `${origin}${base}${page.path}`;
    let chosen: Awaited<ReturnType<typeof audit>>;
    let performanceNote = '';
    try {
      chosen = await audit(url);
      if (judgeReport(chosen.report, { notFound: page.notFound }).scores.performance < TARGETS.performance) {
        const runs = [chosen, await audit(url), await audit(url)];
        const scores = runs.map((run) => judgeReport(run.report, { notFound: page.notFound }).scores.performance);
        chosen = runs[scores.indexOf(median(scores))] ?? chosen;
        performanceNote = ` (runs: ${scores.join(', ')})`;
      }
    } catch (error) {
      failed += 1;
      rows.push([page.label, `${base}${page.path}`, 'not audited', '', '', '', '']);
      console.error(`${page.label} (${base}${page.path}): ${(error as Error).message}`);
      continue;
    }
    // The report judged (the median run, where there were three) is the one kept.
    writeFileSync(join(reportsDir, `${page.label.replace(/\W+/g, '-')}.html`), chosen.html);
    const verdict = judgeReport(chosen.report, { notFound: page.notFound });
    rows.push([
      page.label,
      `${base}${page.path}`,
      `${verdict.scores.performance}${performanceNote}`,
      ...CATEGORIES.slice(1).map(
        (category) => `${verdict.scores[category]}${page.notFound && category === 'seo' ? ' (noindex, as a 404 should)' : ''}`,
      ),
      verdict.layoutShift.toFixed(3),
    ]);
    if (verdict.problems.length) {
      failed += 1;
      console.error(`${page.label} (${base}${page.path}):\n${verdict.problems.map((problem) => `  - ${problem}`).join('\n')}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}

const header = ['page', 'address', 'performance', 'accessibility', 'best practices', 'SEO', 'layout shift'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(
  `\nLighthouse reports: ${relative(process.cwd(), reportsDir) || '.'}/ (targets: performance ≥ ${TARGETS.performance}, the others 100, layout shift < 0.1)`,
);
if (failed) {
  console.error(`${failed} of ${rows.length} pages missed a target.`);
  process.exit(1);
}
