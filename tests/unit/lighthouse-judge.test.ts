import { describe, expect, it } from 'vitest';
import { median } from '../helpers/median.ts';
import { cpuSlowdownFor, judgeReport, type LighthouseReport, pagesOfEachKind } from '../lighthouse/judge.ts';

/** A report shaped like Lighthouse's: every category perfect unless a failing audit is named. */
function report(
  scores: Partial<Record<string, number>>,
  failing: Record<string, { category: string; title: string }> = {},
  layoutShift = 0.01,
): LighthouseReport {
  const categories: LighthouseReport['categories'] = {};
  for (const category of ['performance', 'accessibility', 'best-practices', 'seo']) {
    const refs = Object.entries(failing)
      .filter(([, audit]) => audit.category === category)
      .map(([id]) => ({ id, weight: 7 }));
    categories[category] = {
      score: scores[category] ?? 1,
      auditRefs: [...refs, { id: `${category}-fine`, weight: 3 }, { id: 'informative', weight: 0 }],
    };
  }
  const audits: LighthouseReport['audits'] = {
    'cumulative-layout-shift': { score: 1, title: 'Cumulative Layout Shift', numericValue: layoutShift },
    informative: { score: 0, title: 'Only informative' },
  };
  for (const category of ['performance', 'accessibility', 'best-practices', 'seo'])
    audits[`${category}-fine`] = { score: 1, title: 'Fine' };
  for (const [id, audit] of Object.entries(failing)) audits[id] = { score: 0, title: audit.title };
  return { categories, audits };
}

describe('judging a Lighthouse report against the site\u2019s targets', () => {
  it('passes a page at 95 performance, 100 elsewhere, and little layout shift', () => {
    expect(judgeReport(report({ performance: 0.95 }, {}, 0.099))).toEqual({
      scores: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
      layoutShift: 0.099,
      problems: [],
    });
  });

  it('names each missed target with the audits that cost it points', () => {
    const verdict = judgeReport(
      report(
        { performance: 0.86, accessibility: 0.96, seo: 0.63 },
        {
          'target-size': { category: 'accessibility', title: 'Touch targets are too small' },
          'is-crawlable': { category: 'seo', title: 'Page is blocked from indexing' },
        },
        0.268,
      ),
    );
    expect(verdict.problems).toEqual([
      'performance 86, target 95',
      'accessibility 96, target 100: target-size (Touch targets are too small)',
      'seo 63, target 100: is-crawlable (Page is blocked from indexing)',
      'layout shift 0.268, target under 0.1',
    ]);
  });

  it('lets the not-found page ask not to be indexed, but holds it to every other SEO audit', () => {
    const noindex = { 'is-crawlable': { category: 'seo', title: 'Page is blocked from indexing' } };
    expect(judgeReport(report({ seo: 0.63 }, noindex), { notFound: true }).problems).toEqual([]);
    expect(judgeReport(report({ seo: 0.63 }, noindex)).problems).toEqual([
      'seo 63, target 100: is-crawlable (Page is blocked from indexing)',
    ]);
    const untitled = { ...noindex, 'document-title': { category: 'seo', title: 'Document has no title' } };
    expect(judgeReport(report({ seo: 0.5 }, untitled), { notFound: true }).problems).toEqual([
      'seo 50, target 100: document-title (Document has no title)',
    ]);
  });

  it('fails a category Lighthouse could not score, on the not-found page too', () => {
    const unscored = report({});
    unscored.categories.seo!.score = null;
    expect(judgeReport(unscored, { notFound: true }).problems).toEqual(['seo 0, target 100']);
  });

  it('fails a page whose layout shift was not measured', () => {
    const unmeasured = report({});
    delete unmeasured.audits['cumulative-layout-shift'];
    expect(judgeReport(unmeasured).problems).toEqual(['layout shift not measured, target under 0.1']);
  });

  it('takes the median of three performance runs (the shared helper the benchmark uses too)', () => {
    expect(median([99, 80, 96])).toBe(96);
    expect(median([80])).toBe(80);
  });
});

describe('choosing one page of each kind from a built site', () => {
  it('takes the longest chapter, the fullest topic, each view that exists, and the not-found page', () => {
    const files = [
      'index.html',
      'chapters/short/index.html',
      'chapters/long/index.html',
      'topics/index.html',
      'topics/mosul/index.html',
      'topics/mosul/mentions/index.html',
      'topics/mosul/mentions/2/index.html',
      'topics/iraq/index.html',
      'timeline/index.html',
      'search/index.html',
      'about/index.html',
      '404.html',
      '_astro/site.css',
    ].map((path) => ({ path, bytes: path.includes('long') || path === 'topics/mosul/index.html' ? 9000 : 1000 }));
    expect(pagesOfEachKind(files)).toEqual([
      { label: 'cover', path: '' },
      { label: 'chapter', path: 'chapters/long/' },
      { label: 'topic', path: 'topics/mosul/' },
      { label: 'all mentions', path: 'topics/mosul/mentions/' },
      { label: 'topics index', path: 'topics/' },
      { label: 'timeline', path: 'timeline/' },
      { label: 'search', path: 'search/' },
      { label: 'about', path: 'about/' },
      { label: 'not found', path: '404.html', notFound: true },
    ]);
  });
});

describe('the simulated phone', () => {
  it('is the same on any host: Lighthouse’s 4× on the desktop it assumes, less on a slower host, never a speed-up', () => {
    expect(cpuSlowdownFor(1600)).toBe(4);
    expect(cpuSlowdownFor(2400)).toBe(4);
    expect(cpuSlowdownFor(1000)).toBe(2.5);
    expect(cpuSlowdownFor(400)).toBe(1);
    expect(cpuSlowdownFor(180)).toBe(1);
  });
});
