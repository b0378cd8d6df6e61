/**
 * Whole pages copied as text, in the frames the big news sites put around an
 * article (tests/fixtures/pasted-pages/, written for the test): the editor
 * should get the headline, byline, date and a clean body without touching them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/ingest/article.ts';
import { plainText } from '../../src/ingest/inline.ts';
import { pageBottomBelowArticle, pageTopAboveHeadline, siteFooter, siteHeader } from '../../src/ingest/rules/page-frame.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pasted-pages/${name}`, import.meta.url));

function ingest(name: string, bytes: Uint8Array = fixture(name)) {
  const result = ingestSource(name, bytes);
  if (result.status !== 'ok') throw new Error(JSON.stringify(result));
  const { fields, body } = result.article;
  return { fields, body: body.map((paragraph) => plainText(paragraph.inline)) };
}

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

describe('pages copied whole as text', () => {
  it.each([
    {
      file: 'bbc-school.txt',
      fields: {
        title: 'School reopens a year after fire destroyed its hall',
        author: 'Jane Whitfield',
        publication: 'BBC News',
        dateline: 'Leeds',
      },
      opens: 'A primary school in West Yorkshire',
      ends: 'she said.',
      gone: ['British Broadcasting Corporation', 'iPlayer', '2 days ago', 'Save', 'More on this story', 'Council approves rebuild plans'],
    },
    {
      file: 'reuters-grain.txt',
      fields: {
        title: 'Grain exports resume through Black Sea corridor, officials say',
        author: 'Tom Baker and Irina Volk',
        date: '2024-03-06',
      },
      opens: 'Grain shipments resumed on Wednesday',
      ends: "growers' association.",
      gone: [
        'Exclusive news, data and analytics',
        'Sustainability',
        'Item 1 of 3',
        'opens new tab',
        'Editing by',
        'Suggested Topics',
        'Commodities',
      ],
    },
    {
      file: 'guardian-bees.txt',
      fields: {
        title: 'Wild bee numbers fall by a third in a decade, study finds',
        dek: 'Researchers say loss of meadows and pesticide use are the main causes of decline across northern Europe',
        author: 'Helen Marsh',
        date: '2024-03-12',
      },
      opens: 'Wild bee numbers in northern Europe',
      ends: 'it is not slowing."',
      gone: ['Environment correspondent', 'Last modified', 'Explore more on these topics', 'Insects', 'Reuse this content'],
    },
    {
      file: 'nyt-port.txt',
      fields: {
        title: 'A Port City Bets Its Future on Wind Power',
        author: 'Daniel Ortiz',
        date: '2024-04-02',
        dateline: 'Esbjerg, Denmark',
        dek: 'Turbine makers are moving in. Not everyone is sure the jobs will last.',
      },
      opens: 'The cranes at the harbor of Esbjerg',
      ends: 'covering the Nordic countries.',
      gone: ['Supported by', 'SKIP ADVERTISEMENT', 'Reporting from', 'A version of this article appears in print', 'Order Reprints'],
    },
    {
      file: 'ap-dam.txt',
      fields: {
        title: 'Floodwaters breach dam on river as villages evacuate',
        author: 'Maria Gonzalez and Peter Holt',
        publication: 'Associated Press',
        date: '2024-03-05',
        dateline: 'KHERSONVILLE, Ukraine (AP)',
      },
      opens: 'Floodwaters broke through an earthen dam',
      ends: 'contributed to this report.',
      gone: ['All rights reserved', 'MARIA GONZALEZ'],
    },
    {
      file: 'wapo-bridge.txt',
      fields: {
        title: 'Aging bridge closes after inspectors find corrosion',
        dek: 'The span carried 40,000 vehicles a day. Repairs could take two years.',
        author: 'Chris Navarro and Dana Whitlock',
        date: '2024-05-03',
      },
      opens: 'Engineers closed the Millbrook Bridge',
      ends: 'It is 40,000.',
      gone: ['Democracy Dies in Darkness', 'Photo by', 'Listen', '4 min', 'Gift Article', 'Comment'],
    },
    {
      file: 'blog-garden.txt',
      fields: { title: 'How I Built a Three-Bin Compost System for Under $50', author: 'Martha Greene', date: '2023-06-02' },
      opens: 'Last spring I finally got tired',
      ends: 'The third holds finished compost.',
      gone: ['The Compost Corner', 'Recipes', '14 Comments', 'Filed Under', 'Tagged With', 'Leave a Reply', 'Required fields'],
    },
    {
      file: 'local-council.txt',
      fields: {
        title: 'Council votes to expand bus service',
        author: 'Harold Kim',
        publication: 'Springfield Gazette',
        date: '2024-10-10',
      },
      opens: 'The city council voted 7-2 on Tuesday',
      ends: 'Contact Harold Kim at 555-0143.',
      gone: ['Springfield Gazette', 'Staff Writer', '@springfieldgazette.com'],
    },
    {
      file: 'aljazeera-talks.txt',
      fields: {
        title: 'Ceasefire talks resume in Doha as aid convoys wait at border',
        dek: 'Negotiators meet for a third round as the United Nations warns of famine in the north.',
        publication: 'Al Jazeera',
        date: '2024-02-14',
      },
      opens: 'Negotiators from both sides returned to Doha',
      ends: 'World Food Programme.',
      gone: ['14 Feb 2024', 'Save articles', 'Source:'],
    },
    {
      file: 'cnn-quake.txt',
      fields: {
        title: 'Strong earthquake shakes coast, brief tsunami warning issued',
        author: 'Lena Park',
        publication: 'CNN',
        date: '2024-05-12',
      },
      opens: 'A magnitude 6.1 earthquake struck',
      ends: 'contributed to this report.',
      gone: ['Updated', 'Source: CNN', '—'],
    },
    {
      file: 'substack.txt',
      fields: {
        title: 'The Long Road to the Harbor',
        dek: 'Why the port strike matters more than it looks',
        author: 'Anna Berg',
        date: '2024-03-05',
      },
      opens: 'The strike at the harbor entered its third week',
      ends: 'Here is what the workers told me.',
      gone: ['Paid', 'Share', 'Subscribe to The Harbor Letter'],
    },
    {
      file: 'medium.txt',
      fields: { title: 'What I Learned Running a Newsroom on a Shoestring', author: 'Ravi Menon', date: '2024-01-12' },
      opens: 'For five years I ran a local newsroom',
      ends: 'I learned the hard way.',
      gone: ['Follow', '6 min read', 'Listen', '--'],
    },
    {
      file: 'yahoo.txt',
      fields: { title: 'Lake levels hit record low as drought deepens', author: 'Sam Ortega', date: '2024-03-04' },
      opens: 'The lake that supplies water',
      ends: 'told to expect cuts.',
      gone: ['Sam Ortega', '3 min read'],
    },
    {
      // "05/03/2024" is 5 March in France and May 3 in the United States: only the year is certain.
      file: 'france24.txt',
      fields: { title: 'Farmers block roads around the capital for a second day', date: '2024' },
      opens: 'Farmers drove hundreds of tractors',
      ends: 'three motorways.',
      gone: ['Issued on', 'Modified'],
    },
    {
      file: 'bloomberg.txt',
      fields: {
        title: 'Central Bank Holds Rates, Signals Cut Later This Year',
        dek: 'Policy makers kept the benchmark at 4.5% for a fifth meeting. Governor says inflation is slowing faster than expected',
        author: 'Kiran Shah and Lea Novak',
        date: '2024-03-05',
      },
      opens: 'The central bank left interest rates unchanged',
      ends: 'faster than the bank had forecast.',
      gone: ['Subscribe', 'Updated on', 'GMT+1'],
    },
    {
      file: 'toi.txt',
      fields: { title: 'Monsoon arrives early in Kerala, says weather office', author: 'TOI News Desk', date: '2024-06-01' },
      opens: 'The monsoon reached the coast of Kerala',
      ends: 'the next five days.',
      gone: ['News Desk', 'IST'],
    },
    {
      file: 'kyivind.txt',
      fields: { title: 'Drone attack damages power plant in the east', author: 'Olha Koval', date: '2024-03-05' },
      opens: 'A drone attack overnight damaged a power plant',
      ends: 'several weeks.',
      gone: ['Author:', '2 min read'],
    },
  ])('$file: the headline, byline and date, and a body without the page', ({ file, fields, opens, ends, gone }) => {
    const article = ingest(file);
    expect(article.fields).toMatchObject({ ...fields, truncated: false });
    expect(article.body[0]).toMatch(new RegExp(`^${opens.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(article.body.at(-1)!.endsWith(ends)).toBe(true);
    const text = article.body.join('\n');
    for (const chrome of gone) expect(text, chrome).not.toContain(chrome);
  });

  it.each(readdirSync(new URL('../fixtures/pasted-pages/', import.meta.url)).filter((name) => name.endsWith('.txt')))(
    '%s: every word of the page is in the body, the fields or the list of what was removed',
    (file) => {
      const source = fixture(file).toString('utf8');
      const { fields, body } = ingest(file);
      const kept = new Set(
        words(
          [...body, ...fields.removed.map((item) => item.text), ...fields.figures.map((f) => `${f.caption} ${f.credit ?? ''}`)].join(' '),
        ),
      );
      expect(words(source).filter((word) => !kept.has(word))).toEqual([]);
    },
  );

  it('takes a gallery caption printed twice as one figure with its credit', () => {
    expect(ingest('reuters-grain.txt').fields.figures).toEqual([
      { caption: 'A cargo ship loaded with grain sails in the Black Sea, March 4, 2024.', credit: 'REUTERS/Stringer' },
    ]);
  });
});

describe('a reader service’s Markdown (Title: / URL Source: / Markdown Content:)', () => {
  it.each(['reader-service.md', 'reader-service.txt'])('%s: the header gives the metadata, the rest is read as Markdown', (name) => {
    const article = ingest(name, fixture('reader-service.md'));
    expect(article.fields).toMatchObject({
      title: 'Grain exports resume through Black Sea corridor, officials say',
      url: 'https://www.reuters.com/world/europe/grain-exports-resume-2024-03-06/',
      date: '2024-03-06',
      author: 'Tom Baker',
      dateline: 'ODESA, March 6 (Reuters)',
    });
    expect(article.body).toEqual([
      'Grain shipments resumed on Wednesday through a corridor in the Black Sea, port officials said, after a two-day pause caused by drone attacks.',
      'Twelve vessels left the ports of Odesa and Pivdennyi, the officials said.',
    ]);
    expect(article.fields.removed.map((item) => item.text)).toContain('World · Business · Markets');
  });

  it('reads a text that only mentions such a header as text', () => {
    const article = ingest('t.txt', new TextEncoder().encode('Title: a guide\n\nThe Markdown Content: line is what the service writes.'));
    expect(article.body.join(' ')).toContain('The Markdown Content: line is what the service writes.');
  });
});

describe('dates in numbers, and metadata side by side', () => {
  it('reads a date in numbers after a label, to the day only when the order is certain', () => {
    const dated = (line: string) =>
      ingest('d.txt', new TextEncoder().encode(`Dam opens on the Vesna\n${line}\n\n${'The dam opened. '.repeat(3)}`)).fields.date;
    expect(dated('Published: 25/03/2024')).toBe('2024-03-25');
    expect(dated('Published: 03/25/2024')).toBe('2024-03-25');
    expect(dated('Published: 05/03/2024')).toBe('2024');
    expect(dated('Published: 5.3.2024')).toBe('2024-03-05');
    // Alone on its line, a number date may be a table's cell: it stays in the text.
    expect(dated('25/03/2024')).toBeUndefined();
  });

  it('reads a date line with its times, zone and "Updated", and a date the file’s name starts with', () => {
    const dated = (line: string, name = 'd.txt') =>
      ingest(name, new TextEncoder().encode(`Dam opens on the Vesna\n${line}\n\n${'The dam opened. '.repeat(3)}`)).fields;
    expect(dated('August 15, 2025 7:18 PM PDT Updated 2 hours ago')).toMatchObject({ date: '2025-08-15' });
    expect(dated('August 15, 2025 7:18 PM PDT Updated 2 hours ago').dek).toBeUndefined();
    expect(dated('Published August 13, 2025 4:12pm PDT | Updated August 13, 2025 6:40pm PDT').date).toBe('2025-08-13');
    // Nothing in the text dates it: the editor's file name does; a number that is no calendar date does not.
    expect(dated('By Mara Holt', '2025-08-12-ap-dam.txt').date).toBe('2025-08-12');
    expect(dated('By Mara Holt', '2025-13-40-notes.txt').date).toBeUndefined();
  });

  it('reads a byline and a date printed side by side, and leaves a headline with a slash alone', () => {
    const article = ingest(
      's.txt',
      new TextEncoder().encode(`Dam opens on the Vesna\nBy Mara Holt | March 3, 2024\n\n${'The dam opened. '.repeat(3)}`),
    );
    expect(article.fields).toMatchObject({ author: 'Mara Holt', date: '2024-03-03' });
    const headline = ingest(
      'h.txt',
      new TextEncoder().encode(`Valley news\nDams / Rivers / Lakes in the valley\n\n${'The dam opened. '.repeat(3)}`),
    );
    expect(headline.fields.author).toBeUndefined();
    expect(headline.fields.date).toBeUndefined();
  });
});

describe('a local paper’s head: its name over the headline, a credit, the paper and the date on one line', () => {
  const head = (lines: string) =>
    ingest(
      'p.txt',
      new TextEncoder().encode(
        `${lines}\n\nCarys Lloyd has run the island shop for twenty years and has never seen the harbour so busy.\n`,
      ),
    ).fields;

  it('reads an interviewer’s credit as the byline, and the paper’s name over the headline as the publication', () => {
    expect(head('Cynon Valley Voice\nFerry plan splits the island\nInterview by Lowri Thomas\nMarch 5, 2025')).toMatchObject({
      title: 'Ferry plan splits the island',
      author: 'Lowri Thomas',
      publication: 'Cynon Valley Voice',
      date: '2025-03-05',
    });
    expect(head('Ferry plan splits the island\nWords by Lowri Thomas').author).toBe('Lowri Thomas');
    // A desk's byline with its last word in lower case, under the headline: the author, not the standfirst.
    expect(head('Ferry plan splits the island\nKallo Daily Record staff')).toMatchObject({ author: 'Kallo Daily Record staff' });
  });

  it('takes a first line of two sentences over the paper and the date for the headline, whole', () => {
    const fields = head('Opinion: We rebuilt once. We cannot do it alone.\n\nKallo Daily Record | Aug. 20, 2025');
    expect(fields).toMatchObject({
      title: 'Opinion: We rebuilt once. We cannot do it alone.',
      publication: 'Kallo Daily Record',
      date: '2025-08-20',
      titleSupplied: false,
    });
  });

  it('reads the paper and the date printed together under the byline, not as a standfirst', () => {
    const fields = head('Pit reopening plan backed by council\nBy Mara Holt\nAberdare Leader, 22 April 2025');
    expect(fields).toMatchObject({ publication: 'Aberdare Leader', date: '2025-04-22', author: 'Mara Holt' });
    expect(fields.dek).toBeUndefined();
    // A place with the date is a dateline, not a paper; nor are names that only open with a paper's word or "The".
    expect(head('Pit reopening plan backed by council\nBy Mara Holt\nAberdare, 22 April 2025').publication).toBeUndefined();
    expect(head('Pit reopening plan backed by council\nBy Mara Holt\nThe Hague, 22 April 2025').publication).toBeUndefined();
    expect(head('Pit reopening plan backed by council\nBy Mara Holt\nEcho Park, 22 April 2025').publication).toBeUndefined();
    // A council's leader writing is a post, not a paper.
    expect(head('Pit reopening plan backed by council\nBy Andrew Morgan, Council Leader')).toMatchObject({ author: 'Andrew Morgan' });
    expect(head('Pit reopening plan backed by council\nBy Andrew Morgan, Council Leader').publication).toBeUndefined();
  });
});

describe('the page frame: a menu with a headline under it, lists after the article', () => {
  it('needs a headline under the menu, so a text that opens with a short list keeps it', () => {
    expect(siteHeader(['Ingredients', 'Flour', 'Sugar', 'Eggs', 'Mix them well and bake for an hour.']).lines).toBe(0);
    expect(siteHeader(['Dam opens', 'By Mara Holt', 'Reuters', 'March 3, 2024', 'The dam opened on Sunday.']).lines).toBe(0);
    expect(siteHeader(['News', 'World', 'Europe', 'Dam opens on the Vesna after ten years', 'The dam opened.']).lines).toBe(3);
  });

  it('takes the headline over its standfirst, and cuts the comments, other stories and footer under the article', () => {
    const page = [
      'Skip to main content',
      'Valley Courier',
      'Home',
      'News',
      'Sport',
      "What's On",
      'Subscribe',
      'News › Local › Cynon Valley',
      'Ferry returns to Kallo Sound after three winters',
      'Islanders and shopkeepers lined the quay for the first crossing since the harbour wall collapsed',
      'By Mira Osk',
      'Published 08:12, 2 February 2025',
      'Share',
      'The first ferry in three winters crossed Kallo Sound on Monday morning, carrying forty passengers and a van of post to the island, the county said.',
      'The old ferry was withdrawn after the harbour wall collapsed in 2018, and islanders have since relied on a fishing boat that runs twice a week in good weather.',
      'The county says the crossing will run twice a day until the autumn storms, and every day from next spring if the new pier holds.',
      'Police said the day passed off peacefully.',
      'Comments (12)',
      'Most Read',
      'Bus fares to rise by 20p from April',
      'Man charged after crash on the coast road near Pontmill',
      'Ten of the best walks on the island',
      'Follow us',
      'Facebook Twitter Instagram',
      'About us | Contact | Privacy policy | Cookie settings | Terms',
      '© 2025 Valley Courier Ltd. All rights reserved.',
    ].join('\n');
    const article = ingest('ferry.txt', new TextEncoder().encode(page));
    expect(article.fields).toMatchObject({
      title: 'Ferry returns to Kallo Sound after three winters',
      dek: 'Islanders and shopkeepers lined the quay for the first crossing since the harbour wall collapsed',
      author: 'Mira Osk',
      truncated: false,
    });
    expect(article.body.at(-1)).toBe('Police said the day passed off peacefully.');
    // A kicker over a long headline is no headline.
    const kicked = page.replace(
      'Ferry returns to Kallo Sound after three winters\nIslanders and shopkeepers lined the quay for the first crossing since the harbour wall collapsed',
      'Cost of living crisis\nIslanders and shopkeepers lined the quay for the first ferry to cross Kallo Sound in three winters',
    );
    expect(ingest('kicked.txt', new TextEncoder().encode(kicked)).fields.title).toBe(
      'Islanders and shopkeepers lined the quay for the first ferry to cross Kallo Sound in three winters',
    );
  });

  it('leaves the masthead alone when too much stands above the menu', () => {
    const prose = 'The dam opened on Sunday, ten years after its first stone was laid.';
    expect(siteHeader([prose, 'News', 'World', 'Europe', 'Dam opens on the Vesna after ten years']).lines).toBe(0);
  });

  it('takes a whole page copied as text from its headline, above the first run of prose, with the page above recorded', () => {
    const prose = (n: number) =>
      `Paragraph ${n} of the report: the harbour reopened on Tuesday after the storm, and the first ferry crossed at dawn with forty passengers aboard.`;
    const page = [
      'Skip to content',
      'Port Notes',
      'Home',
      'News',
      'Ferries',
      'Tides and weather',
      'Search',
      'Sign in',
      'Subscribe',
      'Get our newsletter every morning',
      'Trending: storm damage map',
      'What does the reopened harbour mean for ferries?',
      'By Ana Brel',
      'March 3, 2024',
      prose(1),
      prose(2),
      prose(3),
    ].join('\n');
    const article = ingest('page.txt', new TextEncoder().encode(page));
    expect(article.fields).toMatchObject({
      title: 'What does the reopened harbour mean for ferries?',
      author: 'Ana Brel',
      date: '2024-03-03',
    });
    expect(article.body[0]).toBe(prose(1));
    expect(article.fields.removed[0]!.text).toMatch(/^Skip to content · Port Notes · Home/);
  });

  it('finds the headline by the byline under it when an author’s box and an offer stand between it and the text', () => {
    const prose = 'The dam opened on Sunday, ten years after its first stone was laid, and the valley came to watch it fill.';
    const page = [
      'Skip to content',
      'Home',
      'News',
      'Search',
      'Sign in',
      'Ports',
      'Ferries',
      'Tides',
      'Home » Dam opens on the Vesna',
      'Dam opens on the Vesna after ten years',
      'by',
      'Mara Holt',
      '16 min read',
      'Mara Holt has written about rivers and the towns on them for twenty years, from the delta to the source.',
      'Our weekly letter',
      'Join 10,000 readers',
      'Tips on rivers every Friday, with the week’s best photographs from our readers.',
      'Sign up',
      prose,
      prose,
    ];
    expect(pageTopAboveHeadline(page).lines).toBe(9);
    // A shop's long menu of its own words, none a news site's, then the headline, its standfirst and "Written by …".
    const services = Array.from({ length: 22 }, (_, i) => `Service ${String.fromCharCode(65 + i)} Windows`);
    const shop = [
      ...services,
      'Renovation trends for the valley’s old houses',
      'What owners are choosing this year, and why it pays to wait for the dry season before starting on the roof.',
      'Written by Mara Holt and Tom Rees',
      '17 minutes read',
      'As taught in our course',
      prose,
      prose,
    ];
    expect(pageTopAboveHeadline(shop).lines).toBe(22);
  });

  it('leaves the top of a text alone when no page stands above its prose: no menu, no site words, or few lines', () => {
    const prose = 'The dam opened on Sunday, ten years after its first stone was laid, and the valley came to watch it fill.';
    const steps = ['Flour', 'Sugar', 'Eggs', 'Butter', 'Milk', 'Salt', 'Yeast', 'Water', 'A loaf for the harbour festival'];
    expect(pageTopAboveHeadline([...steps, prose, prose]).lines).toBe(0);
    expect(pageTopAboveHeadline(['Home', 'News', 'Dam opens on the Vesna after ten years', prose, prose]).lines).toBe(0);
    expect(
      pageTopAboveHeadline([
        'Home',
        'News',
        'Search',
        'Menu',
        'Sign in',
        'Ports',
        'Ferries',
        'Tides',
        'Dam opens on the Vesna',
        prose,
        prose,
      ]).lines,
    ).toBe(8);
    // A credit opens its line; a headline may say "reviewed by" further on.
    const menu = ['Home', 'News', 'Search', 'Menu', 'Sign in', 'Ports', 'Ferries', 'Tides'];
    expect(pageTopAboveHeadline([...menu, 'Dam reviewed by inspectors after the flood', prose, prose]).lines).toBe(8);
    expect(pageTopAboveHeadline([...menu, 'Dam opens on the Vesna', 'Medically reviewed by Tom Rees', prose, prose]).lines).toBe(8);
  });

  it('cuts the bottom of a whole page copied as text from where it starts after the article, and keeps the article’s last list', () => {
    const prose = 'The dam opened on Sunday, ten years after its first stone was laid, and the valley came to watch it fill.';
    const ending = ['What to bring to the opening:', 'A raincoat', 'Boots', 'A flask'];
    const bottom = [
      'Related posts',
      'Valley floods again',
      'The river’s new course',
      'Leave a Reply',
      'Name *',
      'Email *',
      'Privacy Policy',
      '© 2025 Valley News',
    ];
    expect(pageBottomBelowArticle([prose, prose, ...ending, ...bottom]).lines).toBe(bottom.length);
    // Without a footer's lines, what follows the prose is the article's.
    expect(
      pageBottomBelowArticle([
        prose,
        prose,
        ...ending,
        'Related posts',
        'Valley floods again',
        'The river’s new course',
        'Dam opens',
        'Boats return',
        'Fish ladders work',
      ]).lines,
    ).toBe(0);
    const article = ingest(
      'page.txt',
      new TextEncoder().encode(['Dam opens on the Vesna after ten years', 'By Mara Holt', prose, prose, ...ending, ...bottom].join('\n')),
    );
    expect(article.body.at(-1)).toBe('A flask');
    expect(article.fields.removed).toContainEqual({
      text: bottom.join(' · '),
      reason: 'page footer: the page around the article, below it',
    });
  });

  it('cuts a footer only when nothing but short lines follows its heading', () => {
    expect(siteFooter(['The dam opened.', 'More on this story', 'Dam opens', 'Valley floods']).lines).toBe(3);
    expect(siteFooter(['The dam opened.', 'Related', 'The engineers said the spillway had worked as planned.']).lines).toBe(0);
    expect(siteFooter(['Topics', 'The dam opened.']).lines).toBe(0);
  });
});

describe('no false friends: prose and headlines the page rules leave alone', () => {
  const lede = 'The Vesna dam opened on Sunday, ten years after its first stone was laid, and the valley came to watch.';
  const read = (text: string) => ingest('f.txt', new TextEncoder().encode(text));
  const reasons = (article: ReturnType<typeof read>) => article.fields.removed.map((item) => item.reason).join(' | ');

  it('takes a question over its byline or date for the headline, and leaves a question that opens the prose in the body', () => {
    const asked = read(`What does the reopened dam mean for the valley?\nBy Mara Holt\nMarch 3, 2024\n\n${lede}`);
    expect(asked.fields).toMatchObject({
      title: 'What does the reopened dam mean for the valley?',
      titleSupplied: false,
      author: 'Mara Holt',
    });
    expect(asked.body[0]).toBe(lede);
    const opening = read(`Who remembers the valley before the dam?\n\n${lede}\n\n${lede}`);
    expect(opening.body[0]).toBe('Who remembers the valley before the dam?');
  });

  it('keeps a Title Case headline that ends like a paper’s name', () => {
    for (const headline of ['Teens Quit Social Media', 'Murdoch Sells The Times', 'Minister Attacks Fake News', 'Daily Life Under Siege']) {
      const article = read(`${headline}\nA growing number of readers are deleting their accounts, a survey finds\nBy Mara Holt\n\n${lede}`);
      expect(article.fields.title, headline).toBe(headline);
      expect(article.fields.publication, headline).toBeUndefined();
    }
  });

  it('keeps a list under the headline that is no menu: titles, parties, names', () => {
    const shortlist = read(
      `Booker Prize shortlist announced\nBy Kim Ray\nProphet Song\nWestern Lane\nThe Bee Sting\nIf I Survive You\n\n${lede}`,
    );
    expect(shortlist.fields).toMatchObject({ title: 'Booker Prize shortlist announced', author: 'Kim Ray' });
    const results = read(`Results\nLabour\nConservative\nGreen\nLabour holds the seat with a larger majority\n\n${lede}`);
    expect(reasons(results)).not.toContain('menu');
  });

  it('keeps the story’s own lists at its end', () => {
    for (const ending of [
      'Topics\nPensioners\nStudents\nRenters',
      'Read more\nHelvellyn\nCatbells',
      'Latest news\n14:05 A66 closed both ways',
    ]) {
      const article = read(`Dam opens on the Vesna\n\n${lede}\n${ending}`);
      expect(article.body.join('\n'), ending).toContain(ending.split('\n').at(-1));
    }
  });

  it('keeps sentences that open like credits or sources, and a chart’s source', () => {
    const article = read(
      `Dam opens on the Vesna\n\n${lede}\nResearch by Cambridge scientists suggests that the fish will return within a decade.\nEdited by Zadie Smith, this anthology gathers thirty new stories.\nSource: Office for National Statistics\nCategory: Best Picture`,
    );
    expect(article.body).toEqual(
      expect.arrayContaining([
        'Research by Cambridge scientists suggests that the fish will return within a decade.',
        'Edited by Zadie Smith, this anthology gathers thirty new stories.',
        'Source: Office for National Statistics',
        'Category: Best Picture',
      ]),
    );
    expect(article.fields.publication).toBeUndefined();
  });

  it('takes no headline for its author, and no recipe’s time, subhead or diary day for chrome', () => {
    for (const line of ['Breaking News', 'Teachers Under Pressure']) {
      expect(read(`Dam opens on the Vesna\n${line}\nMarch 5, 2024\n\n${lede}`).fields.author, line).toBeUndefined();
    }
    const recipe = read(`Plum cake\nPrep time\n15 minutes\n\n${lede}`);
    expect(recipe.body).toContain('15 minutes');
    expect(read(`York Minster opens new window\n\n${lede}`).fields.title).toBe('York Minster opens new window');
    const diary = read(`A week on the river\n\nMONDAY, May 6 – We set off from the dam at dawn and rowed until the light went.`);
    expect(diary.fields.dateline).toBeUndefined();
    const subhead = read(`Dam opens on the Vesna\n\n${lede}\nReporting from Gaza\nThe crossing was closed again on Monday.`);
    expect(subhead.body).toContain('Reporting from Gaza');
    const prose = read(`Dam opens on the Vesna\n\n${lede}\nPhoto 1 of 3 in the series shows the valley before the water came.`);
    expect(prose.fields.figures).toEqual([]);
  });

  it('joins only a byline’s names, and writes names in capitals as names', () => {
    const poem = read('By the river\nand\nSilent Waters\n\nTwo poems for the valley, read at the opening of the dam.');
    expect(poem.fields.author).toBeUndefined();
    expect(read(`Dam opens on the Vesna\nBy MARY MCDONALD and JUAN DE LA CRUZ\n\n${lede}`).fields.author).toBe(
      'Mary McDonald and Juan de la Cruz',
    );
  });
});
