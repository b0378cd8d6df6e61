/**
 * A collection of one article, as an editor's first try often is: the site
 * holds together and counts it as one, not "1 chapters".
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/run.ts';
import { checkBuiltSite } from '../helpers/check.ts';
import { astroBuild, type Build } from '../helpers/build.ts';
import { parseHtml } from '../helpers/links.ts';
import { tempDir } from '../helpers/temp.ts';

const ARTICLE = `Ferry service returns to Kallo Sound

By Mira Osk
12 April 2021

The first ferry in three winters crossed Kallo Sound on Monday morning, carrying forty passengers and a van of post to the island.

"We had stopped believing it," said Aune Leht, who runs the island's shop. The old ferry was withdrawn after the harbour wall collapsed in 2018.

The county says the crossing will run twice a day until the autumn storms.

Bus fares to rise by 20p from April across the county and the
`;

let build: Build;
let truncatedAsIngested = false;
const page = (path: string) => parseHtml(join(build.outDir, path, 'index.html'));

beforeAll(async () => {
  const content = tempDir('one-chapter');
  mkdirSync(join(content, 'sources'));
  writeFileSync(join(content, 'sources', 'ferry.txt'), ARTICLE);
  writeFileSync(join(content, 'sources', 'sources.yaml'), 'sources:\n  ferry.txt:\n    section: Island news\n');
  writeFileSync(join(content, 'site.yaml'), 'title: "Kallo Sound: a ferry returns"\neditor: Mira Osk\n');
  await runIngest({ sources: join(content, 'sources'), out: join(content, 'articles') });
  // The editor takes out the other story's teaser ingest left at the end, marked as text that breaks off.
  const chapter = join(content, 'articles', 'ferry-service-returns-to-kallo-sound.mdx');
  truncatedAsIngested = /^truncated: true$/m.test(readFileSync(chapter, 'utf8'));
  writeFileSync(chapter, readFileSync(chapter, 'utf8').replace(/\n+Bus fares to rise[^\n]*\n+<Truncated \/>\n?/, '\n'));
  build = astroBuild({ contentDir: content });
});

describe('a collection of one chapter', () => {
  it('shows the date its byline printed as printed, and says in the source box that no editor confirmed it', () => {
    const chapter = page('chapters/ferry-service-returns-to-kallo-sound');
    expect(hastText(select('.byline', chapter)!)).toMatch(/12 April 2021/);
    expect(hastText(select('.byline', chapter)!)).not.toMatch(/approx/);
    expect(hastText(select('.source-box', chapter)!)).toMatch(/Inferred by ingest, not confirmed by an editor: [^.]*\bdate\b/);
  });

  it('is no excerpt once the editor has taken out the lines that broke off, whatever its frontmatter still says', () => {
    expect(truncatedAsIngested).toBe(true);
    expect(select('.excerpt-mark', page(''))).toBeUndefined();
    const chapter = page('chapters/ferry-service-returns-to-kallo-sound');
    expect(hastText(select('.source-box', chapter)!)).not.toMatch(/breaks off/);
    expect(hastText(select('.body', chapter)!)).not.toMatch(/Bus fares/);
  });

  it('says whose collection it is in a sentence that reads, and what the source box knows of the publication', () => {
    expect(hastText(select('footer p', page(''))!)).toMatch(/^Kallo Sound: a ferry returns, edited by Mira Osk\./);
    const sourceBox = hastText(select('.source-box', page('chapters/ferry-service-returns-to-kallo-sound'))!);
    expect(sourceBox).toMatch(/PublicationNot given \(section: Island news\)/);
  });

  it('builds, and every link holds', () => {
    expect(build.status, build.output).toBe(0);
    expect(checkBuiltSite(build.outDir).problems).toEqual([]);
  });

  it('counts one chapter as one, on the cover, on the chapter and on the views', () => {
    expect(hastText(select('main .eyebrow', page(''))!)).toBe('A documentary collection · 1 chapter');
    const chapter = page('chapters/ferry-service-returns-to-kallo-sound');
    // The line a page reached by a shared link opens with, on the views (and the topic pages).
    expect(hastText(select('.collection-line', page('timeline'))!)).toMatch(/a documentary collection in 1 chapter$/);
    expect(hastText(select('.pager .to-contents', chapter)!)).toBe('ContentsThe cover');
    expect(readFileSync(join(build.outDir, 'chapters/ferry-service-returns-to-kallo-sound/index.html'), 'utf8')).not.toMatch(
      /\b1 chapters\b/,
    );
  });
});
