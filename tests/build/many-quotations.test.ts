/**
 * A speaker quoted in every chapter: the topic page and the voices page show
 * the first few quotations and say where the rest are, so neither page grows
 * with the corpus (at 1,000 such chapters they had been 290 KB and 2 MB).
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/run.ts';
import { QUOTATIONS_ON_TOPIC_PAGE, QUOTATIONS_PER_VOICE } from '../../src/site/topic-mentions.ts';
import { astroBuild, type Build } from '../helpers/build.ts';
import { checkBuiltSite } from '../helpers/check.ts';
import { parseHtml } from '../helpers/links.ts';
import { tempDir } from '../helpers/temp.ts';

const CHAPTERS = 12;
const QUOTES_PER_CHAPTER = 2;
let build: Build;

beforeAll(async () => {
  const content = tempDir('quotations');
  mkdirSync(join(content, 'sources'), { recursive: true });
  mkdirSync(join(content, 'topics'));
  writeFileSync(
    join(content, 'topics', 'mara-holt.md'),
    '---\ntitle: Mara Holt\nkind: person\naliases: [Holt]\nsummary: The engineer of the dam.\n---\n',
  );
  for (let day = 1; day <= CHAPTERS; day++) {
    writeFileSync(
      join(content, 'sources', `day-${day}.txt`),
      `Day ${day} at the dam\n\nBy Ivo Brandt\n\nMarch ${day}, 2024\n\n` +
        `The water rose again on day ${day}, and the crews worked through the night on the spillway.\n\n` +
        `“The spillway holds on day ${day},” said Mara Holt, the engineer who designed it.\n\n` +
        `Workers on the crest counted the hours until the morning shift arrived from the valley.\n\n` +
        `“We will open the second gate if the river keeps rising on day ${day},” Holt said.\n\n` +
        `“The gate will hold on day ${day},” one engineer said.\n\n` +
        `“The crest is dry on day ${day},” one engineer said.\n`,
    );
  }
  writeFileSync(join(content, 'sources', 'sources.yaml'), 'sources: {}\n');
  const ingest = await runIngest({ sources: join(content, 'sources'), out: join(content, 'articles') });
  expect(ingest.outcomes.every((outcome) => outcome.status === 'written')).toBe(true);
  build = astroBuild({ contentDir: content });
});

const page = (path: string) => parseHtml(join(build.outDir, path, 'index.html'));

describe('a speaker quoted in every chapter', () => {
  it('builds, and passes npm run check', () => {
    expect(build.status, build.output).toBe(0);
    expect(checkBuiltSite(build.outDir).problems).toEqual([]);
  });

  it('shows the first quotations on the topic page, and says where the others are', () => {
    const topic = page('topics/mara-holt');
    const quotes = selectAll('#quoted-heading ~ .quotations blockquote', topic).map((quote) => hastText(quote));
    expect(quotes).toHaveLength(QUOTATIONS_ON_TOPIC_PAGE);
    expect(quotes[0]).toBe('“The spillway holds on day 1”');
    const more = select('#quoted-heading ~ .more-mentions', topic) as Element;
    expect(hastText(more)).toContain(
      `${CHAPTERS * QUOTES_PER_CHAPTER - QUOTATIONS_ON_TOPIC_PAGE} more quotations in the chapters, not listed here`,
    );
    const link = select('a', more) as Element;
    // In this corpus every quoted paragraph names her, so each quotation is among the mentions the link leads to.
    const target = String(link.properties.href).replace(/^\//, '').replace(/#.*$/, '');
    const mentions = hastText(target ? page(target) : topic);
    for (let day = 1; day <= CHAPTERS; day++) expect(mentions).toContain(`holds on day ${day},”`);
  });

  it('shows a few on the voices page, with a link to the rest on her page', () => {
    const voice = select('#voice-mara-holt', page('voices'))!;
    const section = selectAll('section.voice', page('voices')).find((s) => select('#voice-mara-holt', s))!;
    expect(voice).toBeTruthy();
    expect(selectAll('.quotations blockquote', section)).toHaveLength(QUOTATIONS_PER_VOICE);
    const more = select('.more-mentions a', section) as Element;
    expect(hastText(more)).toBe('more from Mara Holt');
    expect(hastText(select('.more-mentions', section)!)).toBe(
      `${CHAPTERS * QUOTES_PER_CHAPTER - QUOTATIONS_PER_VOICE} more in the chapters; more from Mara Holt on their page`,
    );
    expect(more.properties.href).toBe('/topics/mara-holt/#quoted-heading');
  });

  it('shows the first quotations of a speaker without a page, and counts the rest', () => {
    const section = selectAll('section.voice', page('voices')).find((s) => /one engineer/i.test(hastText(select('h2', s)!)))!;
    expect(section).toBeTruthy();
    expect(selectAll('.quotations blockquote', section)).toHaveLength(QUOTATIONS_ON_TOPIC_PAGE);
    expect(hastText(select('.more-mentions', section)!)).toBe(
      `${CHAPTERS * 2 - QUOTATIONS_ON_TOPIC_PAGE} more in the chapters, not listed here.`,
    );
  });

  it('keeps the topic page small', () => {
    expect(statSync(join(build.outDir, 'topics/mara-holt/index.html')).size).toBeLessThan(60_000);
  });
});
