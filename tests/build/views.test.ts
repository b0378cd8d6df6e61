/**
 * `dossier({ views })`: a site built with the map and the voices turned off
 * has neither page, no header link to them, and no trace of them on the
 * pages that would show them (a place's locator, a person's "Quoted"); the
 * views left on are there.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBuiltSite } from '../helpers/check.ts';
import { astroBuild, type Build } from '../helpers/build.ts';
import { parseHtml } from '../helpers/links.ts';

let build: Build;

beforeAll(() => {
  build = astroBuild({ dossier: { views: { map: false, voices: false } } });
});

const page = (path: string) => parseHtml(join(build.outDir, path, 'index.html'));

describe('a site with some views turned off', () => {
  it('builds without the pages of the views that are off, and every link holds', () => {
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(build.outDir, 'map', 'index.html'))).toBe(false);
    expect(existsSync(join(build.outDir, 'voices', 'index.html'))).toBe(false);
    expect(existsSync(join(build.outDir, 'timeline', 'index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'search', 'index.html'))).toBe(true);
    expect(checkBuiltSite(build.outDir).problems).toEqual([]);
  });

  it('leaves them out of the header, and their sections out of the topic pages', () => {
    expect(selectAll('nav[aria-label="Site"] a', page('')).map((a) => hastText(a))).toEqual(['Chapters', 'Topics', 'Timeline', 'About']);
    expect(select('.locator', page('topics/raqqa'))).toBeUndefined();
    expect(select('#quoted-heading', page('topics/noah-bonsey'))).toBeUndefined();
    // The map does not run at all: it would name the places it cannot place.
    expect(build.output).not.toMatch(/not on the map/);
  });
});
