/**
 * A reader in a real browser (Debian's Chromium): pages read without script,
 * paragraph links appear on keyboard focus, nothing overflows a phone, and
 * axe-core finds no WCAG A/AA violation, in light and dark.
 */
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, ROOT } from '../helpers/build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveDist } from '../helpers/serve.ts';

const BASE = '/mosul/';
const PAGES = [
  '',
  'chapters/kalin-interview/',
  'chapters/beginning-of-the-end/',
  'chapters/kill-box/',
  'about/',
  'topics/',
  'topics/abu-bakr-al-baghdadi/',
  'topics/islamic-state/',
  'topics/islamic-state/mentions/2/',
  'search/?q=al-Nuri',
  'timeline/',
  'voices/',
  'map/',
];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  const build = astroBuild({ basePath: BASE });
  if (build.status !== 0) throw new Error(build.output);
  ({ server, origin } = await serveDist(build.outDir, BASE));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe.each([
  { width: 390, height: 844, label: 'phone' },
  { width: 1440, height: 900, label: 'desktop' },
])('at $label width ($width px)', ({ width, height }) => {
  it.each(['light', 'dark'] as const)('has no WCAG A/AA violations (%s)', async (colorScheme) => {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme });
    const page = await context.newPage();
    for (const path of PAGES) {
      await page.goto(`${origin}${BASE}${path}`);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> };
          }
        ).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
        });
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, `${path} in ${colorScheme}`).toEqual([]);
    }
    await context.close();
  });

  it('never scrolls sideways', async () => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    for (const path of PAGES) {
      await page.goto(`${origin}${BASE}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    // A publication's name longer than a phone's line (a site's name with its tagline) wraps, on the chapter list.
    await page.goto(`${origin}${BASE}`);
    const overflow = await page.evaluate(() => {
      const part = document.querySelector('.chapter-list .meta span');
      if (part) part.textContent = 'The Harbour Investor - Investing & Personal Finance for Pilots, Pursers and Ferrymen';
      return document.documentElement.scrollWidth - document.documentElement.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('keeps a chapter’s date on one line under its headline', async () => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    for (const path of PAGES.filter((p) => p.startsWith('chapters/'))) {
      await page.goto(`${origin}${BASE}${path}`);
      // Where a line ends inside the date (here, a line narrower than the date), the date moves whole.
      const lines = await page.evaluate(() => {
        const date = document.querySelector<HTMLElement>('.byline span');
        if (!date) return -1;
        date.textContent = '28 September 2017';
        date.parentElement!.style.width = `${date.getBoundingClientRect().width / 2}px`;
        return date.getClientRects().length;
      });
      expect(lines, path).toBe(1);
    }
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('reads a whole chapter, follows a shared paragraph link, and moves to the next chapter', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}chapters/beginning-of-the-end/#p-7`);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    expect(await page.locator('#p-7').evaluate((p) => getComputedStyle(p).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('.body p').count()).toBeGreaterThan(20);
    await page.locator('a[rel=next]').click();
    await expect.poll(() => page.url()).toBe(`${origin}${BASE}chapters/one-square-mile/`);
    await context.close();
  });
});

describe('the reader’s path', () => {
  it.each([
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ])('shows the title, the introduction, the hook and “Start reading” above the fold at $width×$height', async ({ width, height }) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}`);
    for (const selector of ['h1', '.intro p', '.hook', '.start-reading']) {
      const box = (await page.locator(selector).first().boundingBox())!;
      expect(box.y + box.height, selector).toBeLessThanOrEqual(height);
    }
    await context.close();
  });

  it('goes from the cover through every chapter, the next one right after the text, and back to the contents', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}`);
    await page.locator('.start-reading').click();
    const visited: string[] = [];
    for (;;) {
      visited.push(new URL(page.url()).pathname);
      // Between the end of the text and the way on: a short gap, not the apparatus.
      const gap = await page.evaluate(() => {
        const paragraphs = document.querySelectorAll('.body p');
        const last = paragraphs[paragraphs.length - 1]!.getBoundingClientRect();
        return document.querySelector('.read-next')!.getBoundingClientRect().top - last.bottom;
      });
      expect(gap, visited.at(-1)).toBeLessThan(200);
      const next = page.locator('.read-next a[rel=next]');
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForURL((url) => url.pathname !== visited.at(-1));
    }
    expect(visited).toHaveLength(5);
    await page.locator('.read-next-end a', { hasText: 'Back to the contents' }).click();
    await page.waitForURL(`${origin}${BASE}#chapters-heading`);
    expect(await page.locator('.chapter-list li').count()).toBe(5);
    await context.close();
  });

  it('reaches any chapter from any chapter through the contents, without script', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}chapters/kill-box/`);
    await page.locator('.contents-control summary').click();
    await page.locator('.contents-control a').first().click();
    await page.waitForURL(`${origin}${BASE}chapters/kalin-interview/`);
    await context.close();
  });
});

describe('screenshots for a person to look at', () => {
  it('writes every page type at phone and desktop width, light and dark, and a printed chapter, to screenshots/', async () => {
    // Kept after the run (git ignores the folder): what a reviewer opens to see the site as it was built.
    const dir = join(ROOT, 'screenshots');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const written: string[] = [];
    for (const { width, height } of [
      { width: 390, height: 844 },
      { width: 1440, height: 900 },
    ]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height }, colorScheme });
        const page = await context.newPage();
        for (const path of PAGES) {
          await page.goto(`${origin}${BASE}${path}`);
          const name = `${path.replace(/[/?=]+/g, '-').replace(/-$/, '') || 'cover'}-${width}-${colorScheme}.png`;
          await page.screenshot({ path: join(dir, name), fullPage: true });
          written.push(name);
        }
        await context.close();
      }
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}chapters/beginning-of-the-end/`);
    await page.pdf({ path: join(dir, 'chapter-printed.pdf') });
    written.push('chapter-printed.pdf');
    await context.close();
    expect(written).toHaveLength(PAGES.length * 4 + 1);
    for (const name of written) expect(statSync(join(dir, name)).size, name).toBeGreaterThan(5_000);
  });
});

describe('steady pages', () => {
  it.each(['', 'chapters/beginning-of-the-end/', 'topics/mosul/'])(
    'hardly move when the web font arrives late (/%s, phone)',
    async (path) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      // The font held back a second and a half, as on a slow phone connection: the page lays out in the fallback first.
      await page.route('**/*.woff2', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      await page.addInitScript(() => {
        const w = window as unknown as { shift: number };
        w.shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>)
            if (!entry.hadRecentInput) w.shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${origin}${BASE}${path}`);
      await page.waitForFunction(() => [...document.fonts].some((font) => font.status === 'loaded'));
      await page.waitForTimeout(300);
      // Cumulative layout shift: under 0.1 is "good" (web.dev). Measured with this machine's fallback serif (DejaVu Serif).
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.1);
      await context.close();
    },
  );
});

describe('a printed chapter', () => {
  it('is the article and its citation: no contents, topic list, editing notes, BibTeX or photograph note', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}chapters/beginning-of-the-end/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      '.contents-control',
      '.in-chapter',
      '.source-box details',
      '.cite details',
      '.figure',
      '.read-next',
      '.pager',
      '.site-header nav',
    ]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    for (const selector of ['h1', '.byline', '.body p', '.source-box dl', '.citation-plain']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    }
    await context.close();
  });
});

describe('the topics index', () => {
  it('has one left edge: the site’s title, the heading, the kinds and the first column', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}topics/`);
    const lefts = await Promise.all(
      ['.site-title', 'main h1', '.kind-nav a', '.topic-groups h2'].map(async (selector) =>
        Math.round((await page.locator(selector).first().boundingBox())!.x),
      ),
    );
    expect(new Set(lefts).size, lefts.join(', ')).toBe(1);
    await context.close();
  });
});

describe('paragraph links on a touch screen', () => {
  it('stay hidden until the paragraph is tapped, then offer a 44 px target', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}chapters/kill-box/`);
    const paragraph = page.locator('.body p[id]').nth(2);
    const link = paragraph.locator('.paragraph-link');
    // Unseen, and taking no tap meant for the words under it.
    const shown = () => link.evaluate((a) => [getComputedStyle(a).opacity, getComputedStyle(a).pointerEvents].join(' '));
    expect(await shown()).toBe('0 none');
    await paragraph.tap({ position: { x: 20, y: 10 } });
    await expect.poll(shown).toBe('1 auto');
    const box = (await link.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await context.close();
  });
});

describe('the reading-progress bar', () => {
  it('grows as the reader scrolls down a chapter', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}chapters/beginning-of-the-end/`);
    const scale = () => page.locator('.progress').evaluate((bar) => new DOMMatrixReadOnly(getComputedStyle(bar).transform).a);
    expect(await page.locator('.progress').evaluate((bar) => getComputedStyle(bar).display)).toBe('block');
    expect(await scale()).toBeLessThan(0.05);
    await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
    await page.waitForFunction(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.progress')!).transform).a > 0.3);
    expect(await scale()).toBeGreaterThan(0.4);
    expect(await scale()).toBeLessThan(0.6);
    await context.close();
  });
});

describe('keyboard', () => {
  it('shows a paragraph’s link when it has focus, and the skip link goes to the content', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}chapters/kill-box/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const link = page.locator('#p-3 .paragraph-link');
    expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
    await link.focus();
    await expect.poll(() => link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    expect(await link.getAttribute('aria-label')).toBe('Link to paragraph 3');
    await context.close();
  });
});

describe('mention previews', () => {
  it('show the topic on keyboard focus, are described once for screen readers, and a click follows the link', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}chapters/one-square-mile/`);
    const mention = page.locator('.body a.mention', { hasText: 'Ibrahim Abu Bakr Al-Baghdadi' }).first();
    expect(await mention.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
    await mention.focus();
    await expect.poll(() => mention.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('Leader of Islamic State');
    // The accessible description comes from the hidden preview; the name stays the mention's text.
    const snapshot = await page.locator('.body').ariaSnapshot();
    expect(snapshot).toContain('link "Ibrahim Abu Bakr Al-Baghdadi"');
    const describedBy = await mention.getAttribute('aria-describedby');
    // Said once: the kind, then the summary (which already names the role).
    expect(await page.locator(`#${describedBy}`).textContent()).toMatch(/^Person: Leader of Islamic State\. In July 2014/);
    await mention.click();
    await expect.poll(() => page.url()).toBe(`${origin}${BASE}topics/abu-bakr-al-baghdadi/`);
    await context.close();
  });

  it.each([390, 820, 1440])('stay inside the window at %i px, name the topic and say the link opens its page', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}chapters/beginning-of-the-end/`);
    // The mention whose link sits furthest right: where a preview hung from the link was cut off.
    const mentions = page.locator('.body a.mention');
    const rights = await mentions.evaluateAll((links) => links.map((a) => a.getBoundingClientRect().right));
    const mention = mentions.nth(rights.indexOf(Math.max(...rights)));
    await mention.focus();
    await expect.poll(() => mention.evaluate((a) => getComputedStyle(a, '::after').content)).toMatch(/opens its topic page/);
    const box = await mention.evaluate((a) => {
      const style = getComputedStyle(a, '::after');
      const width = parseFloat(style.width);
      // left: 50% of the window, moved back by half its width.
      const left = parseFloat(style.left) - width / 2;
      return { left, right: left + width, bottom: innerHeight - parseFloat(style.bottom), content: style.content };
    });
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(width);
    expect(box.bottom).toBeLessThanOrEqual(800);
    // The topic's own name first (the linked words may be a surname or an acronym): the build test checks which.
    expect(box.content.startsWith(`"${(await mention.getAttribute('data-preview'))!.split('\n')[0]}`)).toBe(true);
    await context.close();
  });

  it('follow the link on the first tap on a touch screen', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}chapters/kill-box/`);
    const mention = page.locator('.body a.mention').first();
    const href = await mention.getAttribute('href');
    await mention.tap();
    await expect.poll(() => page.url()).toBe(`${origin}${href}`);
    await context.close();
  });

  it('land a topic-page mention on its paragraph', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}topics/abu-bakr-al-baghdadi/`);
    await page.locator('.mentions a.context').nth(1).click();
    await expect.poll(() => page.url()).toBe(`${origin}${BASE}chapters/one-square-mile/#p-5`);
    expect(await page.locator('#p-5').textContent()).toContain('Ibrahim Abu Bakr Al-Baghdadi');
    await context.close();
  });

  it('find a word from the header field, and lead to the paragraph and to the topic', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}chapters/kill-box/`);
    await page.getByRole('searchbox', { name: 'Search the collection' }).fill('al-Nuri');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${origin}${BASE}search/?q=al-Nuri`);
    await expect.poll(() => page.locator('.search-results li').count()).toBeGreaterThanOrEqual(2);
    const hrefs = await page.locator('.search-results a.search-title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(`${BASE}topics/great-mosque-of-al-nuri/`);
    const chapterHit = hrefs.find((href) => href?.startsWith(`${BASE}chapters/`))!;
    expect(chapterHit).toMatch(/#p-\d+:~:text=al%2DNuri$/);
    await page.locator(`a[href="${chapterHit}"]`).click();
    const anchor = /#(p-\d+)/.exec(chapterHit)![1]!;
    await expect.poll(() => page.url()).toContain(`${BASE}chapters/`);
    expect(await page.locator(`#${anchor}`).textContent()).toContain('al-Nuri');
    await context.close();
  });

  it('keep a much-mentioned topic short on a phone, and page through all its mentions', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}topics/islamic-state/`);
    // Every mention on one page was over 15,000 px here; three a chapter is a few screens.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(9000);
    await page.getByRole('link', { name: /^All \d+ mentions, in reading order/ }).click();
    await expect.poll(() => page.url()).toBe(`${origin}${BASE}topics/islamic-state/mentions/`);
    await page.getByRole('link', { name: 'Next →' }).click();
    await expect.poll(() => page.url()).toBe(`${origin}${BASE}topics/islamic-state/mentions/2/`);
    expect(await page.locator('.mention-pager [aria-current="page"]').textContent()).toBe('2');
    await page.locator('.collection-line a').click();
    await expect.poll(() => page.url()).toBe(`${origin}${BASE}`);
    await context.close();
  });
});

describe('search at the root of a host', () => {
  let rootServer: Server;
  let rootOrigin: string;

  beforeAll(async () => {
    const build = astroBuild({ basePath: '/' });
    if (build.status !== 0) throw new Error(build.output);
    ({ server: rootServer, origin: rootOrigin } = await serveDist(build.outDir, '/'));
  });

  afterAll(() => {
    rootServer?.close();
  });

  it('finds the chapter and the topic, only the chapters when asked, with links that hold at /', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${rootOrigin}/search/?q=al-Nuri`);
    await expect.poll(() => page.locator('.search-results li').count()).toBeGreaterThanOrEqual(2);
    const hrefs = await page.locator('.search-results a.search-title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/topics/great-mosque-of-al-nuri/');
    expect(hrefs.some((href) => /^\/chapters\/[a-z-]+\/#p-\d+/.test(href ?? ''))).toBe(true);
    // Only the chapters: the topics drop out.
    await page.getByRole('radio', { name: 'chapters' }).check();
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.url()).toBe(`${rootOrigin}/search/?q=al-Nuri&in=Chapter`);
    await expect.poll(() => page.locator('.search-results li').count()).toBeGreaterThanOrEqual(1);
    const chaptersOnly = await page
      .locator('.search-results a.search-title')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(chaptersOnly.every((href) => href?.startsWith('/chapters/'))).toBe(true);
    await page.goBack();
    await expect.poll(() => page.locator('.search-results li').count()).toBeGreaterThanOrEqual(2);
    await page.locator('.search-results a.search-title', { hasText: 'Great Mosque of al-Nuri' }).click();
    await expect.poll(() => page.url()).toBe(`${rootOrigin}/topics/great-mosque-of-al-nuri/`);
    await context.close();
  });
});
