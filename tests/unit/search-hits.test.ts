import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cachedSearchIndex } from '../../src/search/index-site.ts';
import { tempDir } from '../helpers/temp.ts';
import { paragraphHit, textDirective, type Fragment } from '../../src/search/hits.ts';

const words = (text: string) => text.split(/\s+/);
const content =
  'The Beginning of the End. The gunmen came in the afternoon. It was here in July 2014 that al-Baghdadi spoke, at the Mosque of al-Nuri, to the faithful of the city.';
const at = (word: string, from = 0) => words(content).findIndex((w, i) => i >= from && w.startsWith(word));

const fragment = (locations: number[], extra: Partial<Fragment> = {}): Fragment => ({
  url: '/mosul/chapters/beginning-of-the-end/',
  content,
  meta: { title: 'The Beginning of the End' },
  filters: { type: ['Chapter'] },
  locations,
  anchors: [
    { element: 'h1', id: 'title', location: 0 },
    { element: 'p', id: 'p-1', location: at('The', 1) },
    { element: 'p', id: 'p-2', location: at('It') },
  ],
  ...extra,
});

describe('a search hit', () => {
  it('leads to the paragraph of the first match, and asks the browser to highlight the word there', () => {
    const hit = paragraphHit(fragment([at('al-Nuri')]));
    expect(hit.href).toBe('/mosul/chapters/beginning-of-the-end/#p-2:~:text=al%2DNuri');
    expect(hit.title).toBe('The Beginning of the End');
    expect(hit.label).toBe('Chapter');
  });

  it('shows words of that paragraph only, the matches marked', () => {
    const hit = paragraphHit(fragment([at('al-Nuri')]));
    const text = hit.excerpt.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
    expect(text).toMatch(/^It was here in July 2014 .* Mosque of \[al-Nuri,\] to the faithful of the city\.$/);
    expect(text).not.toContain('gunmen');
  });

  it('names a topic by its kind, and links a page with no paragraphs to itself', () => {
    const hit = paragraphHit({
      ...fragment([2]),
      url: '/topics/great-mosque-of-al-nuri/',
      anchors: [],
      filters: { type: ['Topic'], kind: ['Place'] },
    });
    expect(hit.href).toBe('/topics/great-mosque-of-al-nuri/');
    expect(hit.label).toBe('Topic · Place');
  });

  it('encodes what a text fragment reserves', () => {
    expect(textDirective('al-Nuri, again & more')).toBe('al%2DNuri%2C%20again%20%26%20more');
  });
});

describe('a search index whose cache cannot be written', () => {
  it('is written into the site all the same, with a warning', async () => {
    const work = tempDir('search-cache');
    const dist = join(work, 'dist');
    mkdirSync(join(dist, 'chapters', 'walkout'), { recursive: true });
    writeFileSync(
      join(dist, 'chapters', 'walkout', 'index.html'),
      '<!doctype html><html lang="en"><head><title>Walkout</title></head><body><main data-pagefind-body><h1>Walkout</h1><p>Dockers at Port Ilsen walked out.</p></main></body></html>',
    );
    writeFileSync(join(work, 'cache'), 'a file where the cache folder should be');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const result = await cachedSearchIndex(dist, 'en', join(work, 'cache', 'pagefind'));
      expect(result).toMatchObject({ pages: 1, errors: [], reused: false });
      expect(existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))).toBe(true);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toMatch(/the search index cannot be kept for the next build/);
    } finally {
      warn.mockRestore();
    }
  });
});
