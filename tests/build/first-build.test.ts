/**
 * An editor's first build: their articles, no topic files, no `topics:` in
 * site.yaml. The site has topic pages drawn from the text, marked as such,
 * linked from the chapters.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/run.ts';
import { checkBuiltSite } from '../helpers/check.ts';
import { astroBuild, ROOT, type Build } from '../helpers/build.ts';
import { parseHtml } from '../helpers/links.ts';
import { tempDir } from '../helpers/temp.ts';

let build: Build;

beforeAll(async () => {
  const content = tempDir('first-build');
  cpSync(join(ROOT, 'tests/fixtures/first-build'), content, { recursive: true });
  await runIngest({ sources: join(content, 'sources'), out: join(content, 'articles') });
  build = astroBuild({ contentDir: content });
});

const page = (path: string) => parseHtml(join(build.outDir, path, 'index.html'));

describe('a first build with no topic files', () => {
  it('builds, says it drew topics from the text, and every link holds', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/\[dossier\] \d+ topics drawn from the text/);
    expect(checkBuiltSite(build.outDir).problems).toEqual([]);
  });

  it('lists the drawn topics on the index, each marked', () => {
    const index = page('topics');
    const names = selectAll('.topic-index li', index).map((li) => hastText(select('a', li)!));
    expect(names).toEqual(expect.arrayContaining(['Ana Brel', 'Tomas Veld', 'Ilsen Harbour Board', 'Kestrel Bridge']));
    expect(selectAll('.topic-index li', index).every((li) => select('.drawn-mark', li))).toBe(true);
  });

  it('gives each a page that says it was drawn from the text, with its mentions', () => {
    const brel = page('topics/ana-brel');
    expect(hastText(select('.drawn-note', brel)!)).toMatch(/drawn from the text by Dossier and has not yet been reviewed/);
    expect(selectAll('.mentions li', brel).length).toBeGreaterThanOrEqual(5);
    // The source's straight apostrophe after the marked name is an apostrophe on the page, not an opening quote.
    const possessive = selectAll('.mentions li', brel).find((li) => /deputy read/.test(hastText(li)))!;
    expect(hastText(possessive)).toMatch(/Ana Brel’s deputy read the union’s statement/);
  });

  it('says under each headline what the source does not record, with no stray separator', () => {
    const byline = hastText(select('.byline', page('chapters/dockers-walk-out-at-port-ilsen'))!);
    // These pasted texts name an author and no publication.
    expect(byline).toMatch(/^By Nadia Orsk · Publication not recorded · /);
    expect(byline).not.toMatch(/· ·|^·/);
  });

  it('shows the editor’s timeline additions, and names the entry it cannot read', () => {
    expect(selectAll('.editor-note-line', page('timeline')).map((li) => hastText(li))).toEqual([
      'Editor The port authority publishes its accounts.',
    ]);
    expect(build.output).toMatch(/timeline\.yaml: add entry 2: date: a date like/);
  });

  it('puts a real town on the map from the gazetteer, and lists the invented places as not on it', () => {
    const map = page('map');
    expect(selectAll('svg.map a', map).map((a) => String(a.properties.href))).toContain('/topics/rotterdam/');
    const rotterdam = selectAll('.map-places li', map).find((li) => hastText(select('a', li)!) === 'Rotterdam');
    expect(hastText(rotterdam!)).toMatch(/placed as Rotterdam, NL in the GeoNames gazetteer/);
    expect(select('.locator svg', page('topics/rotterdam'))).toBeTruthy();
    expect(hastText(select('#unplaced-heading + p + .map-places', map)!)).toMatch(/Kestrel Bridge/);
  });

  it('says in its markup that a chapter is not in English, and draws no topics from its words', () => {
    const chapter = page('chapters/hafenarbeiter-in-port-ilsen-kehren-zur-nachtschicht-zurueck');
    expect(select('h1', chapter)!.properties.lang).toBe('de');
    expect(select('.body', chapter)!.properties.lang).toBe('de');
    // The site's own words around it stay in the site's language.
    expect(select('.byline', chapter)!.properties.lang).toBeUndefined();
    const names = selectAll('.topic-index li a', page('topics')).map((a) => hastText(a));
    for (const noun of ['Hafenverwaltung', 'Hafenarbeiter', 'Nachtschicht', 'Reedereien']) expect(names).not.toContain(noun);
    expect(build.output).toMatch(/1 chapter is not in English: discovery reads English and passed it by/);
    // An English chapter's page carries no language of its own.
    expect(select('h1', page('chapters/dockers-walk-out-at-port-ilsen'))!.properties.lang).toBeUndefined();
    // Wherever its title and sentences are quoted: the contents, the chapter list, a topic's mentions.
    const germanTitle = 'Hafenarbeiter in Port Ilsen kehren zur Nachtschicht zurück';
    const titled = (tree: ReturnType<typeof page>) => selectAll('a, span, li', tree).filter((node) => hastText(node) === germanTitle);
    expect(titled(page('')).some((node) => node.properties.lang === 'de')).toBe(true);
    expect(titled(page('chapters/dockers-walk-out-at-port-ilsen')).some((node) => node.properties.lang === 'de')).toBe(true);
    const board = page('topics/ilsen-harbour-board');
    const germanGroup = selectAll('.mention-group', board).find((group) => hastText(group).includes(germanTitle));
    expect(germanGroup, 'the board is named in the German chapter').toBeDefined();
    expect(selectAll('a.context', germanGroup!).every((a) => a.properties.lang === 'de')).toBe(true);
    expect(select('.eyebrow', germanGroup!)!.properties.lang).toBeUndefined();
  });

  it('links the first mention in a chapter to the topic', () => {
    const chapter = page('chapters/dockers-walk-out-at-port-ilsen');
    const links = selectAll('.body a.mention', chapter).map((a) => String(a.properties.href));
    expect(links).toContain('/topics/ana-brel/');
  });
});
