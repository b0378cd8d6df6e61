/** Configuration that cannot be wrong silently: deploy variables, site.yaml, dates. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';
import { readSiteConfig } from '../../src/site/site-yaml.ts';
import { parseManifest } from '../../src/ingest/manifest.ts';
import { pagesRenderedAtOnce, parseDossierOptions } from '../../src/options.ts';
import { articleFrontmatter, isCalendarDate, siteConfig } from '../../src/schema.ts';
import { deployTarget } from '../../src/site/deploy.ts';
import { unknownInReadingOrder } from '../../src/site/reading-order.ts';
import { frontmatterYaml } from '../../src/text/frontmatter.ts';
import { load as loadLikeAstro } from 'js-yaml';

describe('dossier() options', () => {
  it('defaults to the bundled layout: ./content, Sätteri, every view on, site.yaml’s link mode', () => {
    expect(parseDossierOptions(undefined)).toEqual({
      ok: true,
      options: { content: './content', markdown: 'satteri', views: { timeline: true, voices: true, map: true, search: true } },
    });
  });

  it('keeps what is given, and the views not named stay on', () => {
    const parsed = parseDossierOptions({ content: '../newsroom/content', markdown: 'unified', links: 'every', views: { map: false } });
    expect(parsed).toEqual({
      ok: true,
      options: {
        content: '../newsroom/content',
        markdown: 'unified',
        links: 'every',
        views: { timeline: true, voices: true, map: false, search: true },
      },
    });
  });

  it('names each option that cannot be right, in one line', () => {
    const parsed = parseDossierOptions({ content: ' ', links: 'sometimes', colour: 'red', views: { timline: false } });
    expect(parsed.ok).toBe(false);
    const error = parsed.ok ? '' : parsed.error;
    expect(error).toMatch(/^dossier\(\) in astro\.config\.mjs: /);
    expect(error).toMatch(/content: a folder, like \.\/content/);
    expect(error).toMatch(/links: .*first-in-chapter/);
    expect(error).toMatch(/\(options\): unknown field "colour"/);
    expect(error).toMatch(/views: unknown field "timline" \(did you mean timeline\?\)/);
    expect(error).not.toMatch(/\n/);
  });
});

describe('pages rendered at once', () => {
  it('renders four pages at once where the project left Astro’s default of one, so cards are drawn while pages render', () => {
    expect(pagesRenderedAtOnce(1)).toBe(4);
  });

  it('keeps a number the project set itself, lower or higher', () => {
    expect(pagesRenderedAtOnce(2)).toBe(2);
    expect(pagesRenderedAtOnce(16)).toBe(16);
  });
});

describe('SITE_URL and BASE_PATH', () => {
  it('normalises what has one obvious meaning', () => {
    expect(deployTarget({})).toEqual({ site: 'https://example.org', base: '/' });
    expect(deployTarget({ BASE_PATH: 'mosul' })).toEqual({ site: 'https://example.org', base: '/mosul/' });
    expect(deployTarget({ BASE_PATH: '/mosul' })).toEqual({ site: 'https://example.org', base: '/mosul/' });
    expect(deployTarget({ BASE_PATH: 'a/b/' })).toEqual({ site: 'https://example.org', base: '/a/b/' });
    // A SITE_URL with a path: the path is where the site lives.
    expect(deployTarget({ SITE_URL: 'https://user.github.io/mosul' })).toEqual({ site: 'https://user.github.io', base: '/mosul/' });
    expect(deployTarget({ SITE_URL: 'https://user.github.io/mosul/', BASE_PATH: '/mosul/' })).toEqual({
      site: 'https://user.github.io',
      base: '/mosul/',
    });
  });

  it('refuses the rest, naming the variable', () => {
    expect(() => deployTarget({ BASE_PATH: '//evil.com/' })).toThrow(/^BASE_PATH="\/\/evil\.com\/" points to another site/);
    expect(() => deployTarget({ BASE_PATH: 'https://evil.com/' })).toThrow(/^BASE_PATH=.* points to another site/);
    expect(() => deployTarget({ BASE_PATH: '/a b/' })).toThrow(
      /^BASE_PATH="\/a b\/": "a b" has characters a URL path would have to escape.*like \/a-b\//,
    );
    expect(() => deployTarget({ BASE_PATH: '/../x/' })).toThrow(/^BASE_PATH=.*"\.\." segment/);
    expect(() => deployTarget({ SITE_URL: 'javascript:alert(1)' })).toThrow(
      /^SITE_URL="javascript:alert\(1\)" must start with https:\/\/ or http:\/\//,
    );
    expect(() => deployTarget({ SITE_URL: 'example.org' })).toThrow(/^SITE_URL="example\.org" is not an address/);
    expect(() => deployTarget({ SITE_URL: 'https://x.org/?q=1' })).toThrow(/^SITE_URL=.*query/);
    expect(() => deployTarget({ SITE_URL: 'https://x.org/a/', BASE_PATH: '/b/' })).toThrow(/has the path \/a\/, but BASE_PATH="\/b\/"/);
    expect(() => deployTarget({ SITE_URL: 'https://x.org/%E0%A4' })).toThrow(/^SITE_URL=.*not valid percent-encoding/);
    expect(() => deployTarget({ SITE_URL: 'https://x.org/a%2Fb/' })).toThrow(/^SITE_URL=.*encoded "\/"/);
  });
});

describe('site.yaml', () => {
  const base = { title: 'T', description: 'D', editor: 'E' };
  it('checks the language as a BCP 47 tag, in its canonical form', () => {
    expect(siteConfig.parse({ ...base, language: 'en-GB' }).language).toBe('en-GB');
    expect(siteConfig.parse(base).language).toBe('en');
    for (const language of ['<evil>', 'en_GB', 'x', '']) {
      const result = siteConfig.safeParse({ ...base, language });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ['language'], message: expect.stringMatching(/is not a language tag/) });
    }
  });

  it('refuses a title of spaces', () => {
    const result = siteConfig.safeParse({ ...base, title: '   ' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['title'], message: 'cannot be empty' });
  });

  it('names a misspelt field, in site.yaml and in sources.yaml, with the field it was probably meant to be', () => {
    const folder = tempDir('site-yaml');
    writeFileSync(join(folder, 'site.yaml'), 'titel: Kallo Sound\nsubtitel: A ferry returns\ncolour: blue\n');
    expect(readSiteConfig(join(folder, 'site.yaml'))).toEqual({
      ok: false,
      error: `${join(folder, 'site.yaml')}: (top level): unknown fields "titel" (did you mean title?), "subtitel" (did you mean subtitle?), "colour"`,
    });
    expect(parseManifest('sources:\n  a.txt:\n    athor: Mira Osk\n', 'sources.yaml')).toEqual({
      ok: false,
      errors: ['sources.yaml: sources → a.txt: unknown field "athor" (did you mean author?)'],
    });
    expect(parseManifest('source:\n  a.txt: {}\n', 'sources.yaml')).toMatchObject({
      errors: expect.arrayContaining(['sources.yaml: (top level): unknown field "source" (did you mean sources?)']),
    });
  });

  it('finds readingOrder entries that name no chapter', () => {
    expect(unknownInReadingOrder(['a', 'typo', 'b'], [{ id: 'a' }, { id: 'b' }])).toEqual(['typo']);
  });
});

describe('dates', () => {
  it('are on the calendar', () => {
    for (const date of ['2017', '2017-02', '2017-02-28', '2016-02-29', '2000-02-29', '0001']) expect(isCalendarDate(date), date).toBe(true);
    for (const date of ['2017-02-30', '2017-13-45', '2017-00', '0000', '1900-02-29', '2017-04-31', '17-04-01'])
      expect(isCalendarDate(date), date).toBe(false);
  });

  it('are refused in sources.yaml with the field named', () => {
    const result = parseManifest('sources:\n  a.txt:\n    date: 2017-02-30\n  b.txt:\n    date: "0000"\n', 'sources.yaml');
    expect(result).toEqual({
      ok: false,
      errors: [
        'sources.yaml: sources → a.txt → date: not a date on the calendar: the month must be 01–12, the day one the month has, and the year 0001 or later',
        'sources.yaml: sources → b.txt → date: not a date on the calendar: the month must be 01–12, the day one the month has, and the year 0001 or later',
      ],
    });
  });

  it('are written so that Astro’s YAML reader reads back the same string', () => {
    const data = { title: '2017', date: '2017-02-28', order: 1, dek: 'yes', file: '1e10.txt', plain: 'words' };
    const yaml = frontmatterYaml(data);
    expect(loadLikeAstro(yaml)).toEqual(data);
  });

  it('that a hand-edited chapter gives unquoted, Astro reads as a Date: refused, with the fix', () => {
    const dated = loadLikeAstro('date: 2017-02-30') as { date: unknown };
    expect(dated.date).toBeInstanceOf(Date); // js-yaml, as Astro uses it, has already rolled it over to 2 March
    const result = articleFrontmatter.shape.date.safeParse(dated.date);
    expect(result.error?.issues[0]?.message).toMatch(/write the date in quotes, like "2017-04-12"/);
  });
});
