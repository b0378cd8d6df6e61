/** What an article's address says: its date (to the precision the path gives) and its site. */
import { describe, expect, it } from 'vitest';
import { dateFromUrl, originalOfArchivedUrl, siteOfUrl } from '../../src/text/urls.ts';

describe('dates in addresses', () => {
  it.each([
    ['https://www.theguardian.example/world/2018/jul/04/cave-rescue-live', '2018-07-04'],
    ['https://news.example/2018/07/04/rescuers-found.html', '2018-07-04'],
    ['https://replica.example/uk/daily-mail/20180703/281745565134098', '2018-07-03'],
    ['https://blog.example/posts/2018-07-10-elon-sub', '2018-07-10'],
    ['https://mag.example/wp/2020/05/home-gym/', '2020-05'],
    ['https://www.post.example/thailand/general/1496902/uk-divers', undefined],
    ['https://www.bbc.example/news/uk-44690688', undefined],
    ['https://news.example/2018/02/30/not-a-day', undefined],
    ['https://news.example/2018/mayor/04/race', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });
});

describe('sites and archives', () => {
  it('names the site by its host, without www', () => {
    expect(siteOfUrl('https://www.theguardian.example/world')).toBe('theguardian.example');
    expect(siteOfUrl('http://nhub.example/?p=1')).toBe('nhub.example');
    expect(siteOfUrl('ftp://x.example/')).toBeUndefined();
  });

  it("unwraps the Wayback Machine's address", () => {
    expect(originalOfArchivedUrl('https://web.archive.org/web/20180704120000/https://news.example/a')).toBe('https://news.example/a');
    expect(originalOfArchivedUrl('https://news.example/a')).toBe('https://news.example/a');
  });
});
