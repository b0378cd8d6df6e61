/** The declared line rules, each on a pattern of the web written for the test. */
import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/ingest/article.ts';
import { plainText } from '../../src/ingest/inline.ts';
import { judgeLine } from '../../src/ingest/rules/index.ts';

/** A line far down the body (or at the top, for 0), with no lines before it that matter. */
const at = (index: number) => ({ index, earlierHeadLines: [] });

const ingest = (text: string, name = 'a.txt') => {
  const result = ingestSource(name, new TextEncoder().encode(text));
  if (result.status !== 'ok') throw new Error(JSON.stringify(result));
  return { ...result.article, text: result.article.body.map((p) => plainText(p.inline)) };
};

describe('page chrome', () => {
  it.each([
    'Skip to main contentSkip to navigation',
    'Jump directly to the content',
    'Advertisement',
    'This article is more than 3 years old',
    'View this post on Instagram',
    '437',
    '12 shares',
    '3 of 12',
    'A A A',
    'Share | Tweet | Email',
    'To continue reading, subscribe for $1 a week.',
    'Latest News',
    'Recommended For you',
    'Home > Features',
    'Read more: Valley farmers count the cost',
    'Update: A second dam is planned upstream',
    'First footage of the spillway at work – video',
    '(Photo: Valley Wire / Ana Brel)',
    '(35 minutes later)',
    '(about 4 hours later)',
    '2 days ago',
    'Updated 5 hours ago',
    'Supported by',
    'SKIP ADVERTISEMENT',
    'Save',
    'Reuse this content',
    'Order Reprints | Today’s Paper | Subscribe',
    'Our Standards: The Valley Wire Trust Principles., opens new tab',
    'A version of this article appears in print on April 3, 2024, Section B, Page 1 of the New York edition.',
    'Copyright 2024 The Valley Wire. All rights reserved. This material may not be published, broadcast or rewritten.',
    '© 2024 Valley Wire',
    'Reporting by Mara Holt in Odesa; Editing by Ivo Brandt',
    'Item 2 of 5 Engineers inspect the spillway, March 4, 2024. VALLEY WIRE/Ana Brel',
    '4 min read',
    'Updated',
    'mholt@valleywire.com',
    'Filed Under: Valley Projects',
    'Leave a Reply Cancel reply',
    'Press enter or click to view image in full size',
    'Source: Valley Wire and news agencies',
    '(Photo by Ana Brel/Valley Wire)',
    'Image credit: © Stockphotos.com/Ana Brel',
    'Photo credits: Valley Wire',
    'imaginima/Getty Images',
    'REUTERS/Ana Brel',
    'toggle caption',
    'Farmers at the spillway on opening day. Photo: Valley Wire/Ana Brel',
    'Farmers at the spillway on opening day. Photo: valleyWire/Ana Brel',
    'Farmers at the spillway on opening day. Photo: J.R. Holt/Valley Wire',
    'Farmers at the spillway on opening day. Photo: © Ana Brel',
    'Farmers at the spillway on opening day. Photo: (c) Ana Brel',
    'Farmers at the spillway on opening day. Photo: courtesy of the Valley Museum',
    'Farmers at the spillway on opening day. Image: handout',
    'Farmers at the spillway on opening day. Ana Brel for The Valley Courier hide caption',
    'Farmers at the spillway on opening day. Ana Brel/The Valley Courier via AP hide caption',
    'Farmers at the spillway on opening day. hide caption',
    'Jean-Luc de la Cour/Reuters',
    'Mohammed bin Rashid/AFP',
    'Farmers at the spillway on opening day. Valley Wire/Ana Brel hide caption',
  ])('removes %j, recorded', (line) => {
    expect(judgeLine(line, at(20))?.reason).toBeDefined();
  });

  it.each(['By', 'Edited by', 'Fact-checked by'])('removes the byline label %j among the head’s lines, but not further down', (line) => {
    expect(judgeLine(line, at(3))?.reason).toBe('page chrome: byline label without its name');
    // "Stand / By / Me", a title set one word to a line; "Written by", a play's credits.
    expect(judgeLine(line, at(20))).toBeUndefined();
  });

  it.each([
    'The dam opened on Tuesday.',
    'Update the records, the mayor said, and then we will talk.',
    '“Read more: that is what I tell my students,” she said.',
    'By the end of the day the reservoir had risen by a metre.',
    'FOR nine days, the valley waited for news of the dam.',
    'Reporters on the ground said the shelling continued through the night.',
    'Section on the dam was closed after engineers found cracks in the spillway.',
    'Date on the letter was July 4, 2017, two days after the fall.',
    'ISIS — the group that seized the city in 2014 — has lost most of its territory.',
    'To continue reading the map, the soldiers climbed onto the roof of the school.',
    'Engineers Team up with farmers to save the valley’s orchards.',
    'Two days ago the dam was opened to visitors.',
    'Reporting by the Valley Wire found cracks in the spillway.',
    'Copyright law changed in 2019, and the publishers of the valley’s papers had to change with it.',
    'Save the valley, the banners said.',
    'Listen to the river, the old men say.',
    'Source: a senior official said the dam would open.',
    '✅',
    'The first water ran through the spillway – and then the crowd cheered.',
    'Input/Output was the name of the band.',
    'By and by the water came.',
    'Edited by hand, the film runs three hours.',
    'She said the view was worth it. Photo: she took one, and then another, of the spillway.',
    'Hide caption text, the designer said, and the page looks cleaner.',
    'The app’s menu is confusing. Users must tap twice to hide caption',
    'The crowd cheered when the boat came around the headland. Image: the captain waving from the bridge',
    'Fares rose. Parking fell. Credit: cards are now accepted on board',
    'AP/NORC poll',
    'The latest Ipsos/Reuters',
    'Polling by Ipsos/Reuters',
  ])('leaves prose alone: %j', (line) => {
    expect(judgeLine(line, at(0))).toBeUndefined();
  });
});

describe('punctuation alone', () => {
  it('leaves the head, but never as the first line, and a symbol stays', () => {
    expect(judgeLine('—', at(2))?.reason).toBe('punctuation alone, above the text');
    expect(judgeLine('|', at(3))).toBeDefined();
    expect(judgeLine('.', at(0))).toBeUndefined();
    expect(judgeLine('✅', at(2))).toBeUndefined();
  });
});

describe('metadata lines at the head of an article', () => {
  it('reads labelled metadata, a desk byline, and a dated "published" line', () => {
    const article = ingest(
      'Dam opens after ten years\npublished : 4 Mar 2024 at 05:39\nnewspaper section: News\nwriter: Valley Reporters\n\nThe Vesna dam opened on Tuesday, ten years after its first stone was laid.',
    );
    expect(article.fields).toMatchObject({
      title: 'Dam opens after ten years',
      author: 'Valley Reporters',
      date: '2024-03-04',
      section: 'News',
    });
    expect(article.text).toEqual(['The Vesna dam opened on Tuesday, ten years after its first stone was laid.']);
  });

  it('reads "- By X and Y", and a byline glued to its date', () => {
    expect(ingest('Dam opens\n- By Mara Holt and Ivo Brandt\nThe Vesna dam opened on Tuesday, ten years late.').fields.author).toBe(
      'Mara Holt and Ivo Brandt',
    );
    const glued = ingest('Dam opens\nMara Holt5 March 2024\nThe Vesna dam opened on Tuesday, ten years late.');
    expect(glued.fields).toMatchObject({ author: 'Mara Holt', date: '2024-03-05' });
    expect(glued.fields.dek).toBeUndefined();
  });

  it('reads a desk byline alone on its line, and a date label fused to the first sentence', () => {
    const article = ingest(
      'Dam opens after ten years\n\nValley Web Team\n\ndate 2024-03-05 The Vesna dam opened on Tuesday, ten years after its first stone was laid.',
    );
    expect(article.fields).toMatchObject({ author: 'Valley Web Team', date: '2024-03-05' });
    expect(article.text).toEqual(['The Vesna dam opened on Tuesday, ten years after its first stone was laid.']);
  });

  it('reads an "Updated" line for the date, and removes it', () => {
    const article = ingest(
      'Dam opens\nUpdated at 4:26 p.m. ET on 2024-03-05\nThe Vesna dam opened on Tuesday, ten years after its first stone was laid.',
    );
    expect(article.fields.date).toBe('2024-03-05');
    expect(article.text).toHaveLength(1);
  });

  it('reads a date alone on its line under the headline or byline as the date, not the standfirst', () => {
    const pasted = ingest(
      'Day 3 at the dam\n\nBy Ivo Brandt\n\nMarch 3, 2024\n\nThe water rose again on the third day, and the crews worked on through the night.',
    );
    expect(pasted.fields).toMatchObject({ title: 'Day 3 at the dam', author: 'Ivo Brandt', date: '2024-03-03' });
    expect(pasted.fields.dek).toBeUndefined();
    expect(pasted.text).toEqual(['The water rose again on the third day, and the crews worked on through the night.']);
    for (const [line, date] of [
      ['3 March 2024', '2024-03-03'],
      ['Sunday 3 March 2024 08.45 GMT', '2024-03-03'],
      ['March 3, 2024 at 4:26 p.m. ET', '2024-03-03'],
      ['Sun 3 Mar 2024', '2024-03-03'],
    ] as const) {
      expect(
        ingest(`Dam opens\n${line}\nThe Vesna dam opened on Sunday, ten years after its first stone was laid.`).fields.date,
        line,
      ).toBe(date);
    }
  });

  it('reads "Published <date> · By <name>" for both the date and the author', () => {
    const article = ingest(
      'Dam opens\nPublished March 3, 2024 · By Mara Holt\nThe Vesna dam opened on Sunday, ten years after its first stone was laid.',
    );
    expect(article.fields).toMatchObject({ author: 'Mara Holt', date: '2024-03-03' });
    expect(article.fields.dek).toBeUndefined();
  });

  it('reads "By X, Outlet" as the author and the publication, and "By X, Senior Correspondent" as the author', () => {
    expect(
      ingest('Dam opens\nBy Ana Brel, The Valley Courier\nThe Vesna dam opened on Sunday, ten years after its first stone was laid.')
        .fields,
    ).toMatchObject({
      author: 'Ana Brel',
      publication: 'The Valley Courier',
    });
    const role = ingest(
      'Dam opens\nBy Ana Brel, Senior Correspondent\nThe Vesna dam opened on Sunday, ten years after its first stone was laid.',
    );
    expect(role.fields.author).toBe('Ana Brel');
    expect(role.fields.publication).toBeUndefined();
    const post = ingest(
      'Dam opens\nBy Ana Brel, public sector CTO and VP for customer success, Valley Systems\nThe Vesna dam opened on Sunday, ten years after its first stone was laid.',
    );
    expect(post.fields.author).toBe('Ana Brel');
    expect(post.fields.dek).toBeUndefined();
    // A sentence that opens with a byline's words names no post.
    const sentence = ingest(
      'Dam opens\nBy Ana Brel, who covered the dam for a decade, the story was told first\nThe Vesna dam opened on Sunday, ten years after its first stone was laid.',
    );
    expect(sentence.fields.author).toBeUndefined();
    for (const line of [
      'By Royal Decree, the President reopens the harbour',
      'By New Year, the Fellow of the society had counted every crossing',
    ]) {
      const prose = ingest(`Dam opens\n${line}\nThe Vesna dam opened on Sunday, ten years after its first stone was laid.`);
      expect(prose.fields.author, line).toBeUndefined();
    }
  });

  it('reads a date-and-byline line that a title-cased headline of another story would otherwise claim', () => {
    const article = ingest(
      'Skip to main content\n\nHome | World\n\nWe will not leave the valley, the engineers said on Sunday\n\nPublished April 3, 2017 · By Omar Haddad\n\nShare this article\n\nThe Vesna dam opened on Sunday, ten years after its first stone was laid.',
    );
    expect(article.fields).toMatchObject({ author: 'Omar Haddad', date: '2017-04-03' });
  });

  it('leaves bylines that are not "By X, Outlet" alone: more names, a suffix, a headline that opens with "By"', () => {
    for (const line of ['By Jane Doe, John Smith and Ali Hassan', 'By Martin Smith, Jr.']) {
      expect(
        ingest(`Dam opens\n${line}\nThe Vesna dam opened on Sunday, ten years after its first stone was laid.`).fields.publication,
        line,
      ).toBeUndefined();
    }
    const headline = ingest(
      'By Any Means Necessary, Valley Engineers Hold the Line\n\nThe Vesna dam opened on Sunday, ten years after its first stone was laid.',
    );
    expect(headline.fields.title).toBe('By Any Means Necessary, Valley Engineers Hold the Line');
    expect(headline.fields.author).toBeUndefined();
  });

  it('keeps a headline that is a date, and a chronology\u2019s dated headings after the article\u2019s date', () => {
    expect(
      ingest('October 7, 2023\n\nBy Ana Brel\n\nThe day began like any other in the valley, and by noon nothing was the same.').fields
        .title,
    ).toBe('October 7, 2023');
    const chronology = ingest(
      'How the dam was built\n\nBy Jane Doe\n\nPublished 12 July 2017\n\nOctober 17, 2016\n\nThe first crews arrive at the site and start to clear the valley floor.\n\nNovember 1, 2016\n\nThe river is turned into its new channel for the first time.',
    );
    expect(chronology.fields.date).toBe('2017-07-12');
    expect(chronology.text).toEqual([
      'October 17, 2016',
      'The first crews arrive at the site and start to clear the valley floor.',
      'November 1, 2016',
      'The river is turned into its new channel for the first time.',
    ]);
  });

  it('reads the outlet alone on its line under the byline, but not a short line of the story', () => {
    const pasted = ingest(
      'Dam opens\n\nBy Mara Holt\nReuters\nMarch 3, 2024\n\nThe Vesna dam opened on Sunday, ten years after its first stone was laid.',
    );
    expect(pasted.fields).toMatchObject({ author: 'Mara Holt', publication: 'Reuters', date: '2024-03-03' });
    // A short line of the story, or a dateline's place, is no outlet.
    for (const line of ['Water everywhere', 'BAGHDAD', 'Mosul']) {
      const story = ingest(
        `Dam opens\n\nBy Mara Holt\n\n${line}\n\nThe Vesna dam opened on Sunday, ten years after its first stone was laid.`,
      );
      expect(story.fields.publication, line).toBeUndefined();
    }
  });

  it('keeps a sentence that opens with a date as text', () => {
    const article = ingest(
      'Dam opens\nMarch 3, 2024 the dam was open to visitors for the first time.\nThe crews had worked on it for ten years.',
    );
    expect(article.fields.date).toBeUndefined();
    expect(article.text.join(' ')).toContain('March 3, 2024 the dam was open to visitors');
  });
});

describe('datelines', () => {
  it('moves a wire dateline to the chapter, with its date, and keeps the sentence', () => {
    const article = ingest(
      'Dam opens\n\nORLEN, Vesna, March 5, 2024 (AFP) : The Vesna dam opened on Tuesday, ten years after its first stone was laid.',
    );
    expect(article.fields).toMatchObject({ dateline: 'ORLEN, Vesna, March 5, 2024 (AFP)', date: '2024-03-05' });
    expect(article.text).toEqual(['The Vesna dam opened on Tuesday, ten years after its first stone was laid.']);
    expect(article.fields.removed).toContainEqual({
      text: 'ORLEN, Vesna, March 5, 2024 (AFP) :',
      reason: 'dateline (moved to the chapter’s dateline)',
    });
  });

  it('takes "PLACE —" but not a label, initials, or capitals that start a sentence', () => {
    expect(ingest('Dam opens\n\nORLEN — The Vesna dam opened on Tuesday, ten years after its first stone was laid.').fields.dateline).toBe(
      'ORLEN',
    );
    for (const line of [
      'PHOTO: The Vesna dam opened on Tuesday, ten years after its first stone was laid.',
      'U.S. — officials said on Tuesday that the dam had opened ten years late.',
      'FOR nine days the valley waited for the dam to open, and then it did.',
    ]) {
      expect(ingest(`Dam opens\n\n${line}`).fields.dateline).toBeUndefined();
    }
  });
});

describe('sentences in other scripts', () => {
  it('does not call Chinese, Hindi or Arabic paragraphs truncated, nor take them for headlines', () => {
    const zh = ingest(
      '洞穴救援\n十二名少年足球队员和他们的教练被困在山洞中。\n救援人员经过十七天的努力，终于将所有人救出。\n他们目前在医院接受治疗。',
    );
    expect(zh.text).toHaveLength(3);
    expect(zh.fields.dek).toBeUndefined();
    const hi = ingest(
      'गुफा बचाव\nबारह लड़के और उनके कोच गुफा में फंसे हुए थे और बचाव दल ने उन्हें बाहर निकाला।\nसभी बच्चे अब अस्पताल में हैं और उनकी हालत ठीक है और डॉक्टर उनकी देखभाल कर रहे हैं।',
    );
    expect(hi.fields.truncated).toBe(false);
    expect(hi.text).toHaveLength(2);
    const ar = ingest(
      'إنقاذ الكهف\nهل خرج جميع الأطفال من الكهف بعد سبعة عشر يوما من البحث الطويل؟\nنعم، خرجوا جميعا وهم الآن في المستشفى مع عائلاتهم بعد رحلة طويلة.',
    );
    expect(ar.fields.truncated).toBe(false);
  });
});

describe('inline tags in a text file', () => {
  it('reads thousands of unclosed tags as the text they are', () => {
    const line = `The army said: ${'<b>x '.repeat(20_000)}`;
    const article = ingest(`Title\n\n${line}`);
    expect(article.text.join('')).toBe(line.trim());
  });
});

describe('a Markdown source with frontmatter', () => {
  it('takes its title, date, authors and description as metadata, not as a title line', () => {
    const article = ingest(
      '---\ntitle: "Dam opens: a report"\ndate: 2024-03-05T10:00:00Z\nauthors: [Mara Holt, Ivo Brandt]\ndescription: The valley waited ten years.\n---\n\nThe Vesna dam opened on *Tuesday*, ten years late.\n',
      'post.md',
    );
    expect(article.fields).toMatchObject({
      title: 'Dam opens: a report',
      dek: 'The valley waited ten years.',
      author: 'Mara Holt and Ivo Brandt',
      date: '2024-03-05',
    });
    expect(article.text).toEqual(['The Vesna dam opened on Tuesday, ten years late.']);
    // A year or a month stays a year or a month.
    expect(ingest('---\ntitle: Year only\ndate: 2018\n---\n\nThe army said the dam held.\n', 'y.md').fields.date).toBe('2018');
    expect(ingest('---\ntitle: Month only\ndate: "2018-07"\n---\n\nThe army said the dam held.\n', 'm.md').fields.date).toBe('2018-07');
  });

  it('records the words of a reference-style image it leaves out', () => {
    const article = ingest(
      'A title\n\nThe army said the bridge held on Tuesday morning.\n\n![Soldiers crossing the bridge at dawn][pic]\n\n[pic]: https://x.org/a.jpg\n',
      'r.md',
    );
    expect(article.fields.removed).toContainEqual({
      text: 'image: Soldiers crossing the bridge at dawn',
      reason: 'HTML or Markdown element not kept',
    });
  });
});

describe('headlines and captions as pages print them', () => {
  it('takes a headline printed twice as the headline, whatever its last mark, and keeps it whole', () => {
    const question = 'Dam opens: who are the engineers who built the spillway over ten long years?';
    const article = ingest(`${question}\n\n${question}\n\nThe Vesna dam opened on Tuesday, ten years after its first stone was laid.`);
    expect(article.fields.title).toBe(question);
    expect(article.text).toEqual(['The Vesna dam opened on Tuesday, ten years after its first stone was laid.']);
    expect(article.fields.removed).toContainEqual({ text: question, reason: 'the same line again (printed twice on the page)' });
  });

  it('moves a caption with its credit at the end, bracketed or glued, to the figures', () => {
    const article = ingest(
      'Dam opens\nThe first water runs through the spillway at noon (Photo: AFP)\nThe crowd on the old road above the reservoirCredit: Valley Wire\nThe Vesna dam opened on Tuesday, ten years after its first stone was laid.',
    );
    expect(article.fields.figures).toEqual([
      { caption: 'The first water runs through the spillway at noon', credit: 'AFP' },
      { caption: 'The crowd on the old road above the reservoir', credit: 'Valley Wire' },
    ]);
    expect(article.text).toHaveLength(1);
  });

  it('moves a caption glued to its image file name, and a long caption with its credit, to the figures', () => {
    const long =
      'Three engineers, Ana Brel (left), Ivo Brandt (centre) and Mara Holt, stand on the walkway above the four new gates of the spillway on the morning of the first test, a month before the snow melts on the high pastures (Photo: Valley Wire)';
    const article = ingest(
      `Dam opens\n240305-dam-gates-620.jpg Engineers watch the first water run through the gates\n${long}\nThe Vesna dam opened on Tuesday, ten years after its first stone was laid.`,
    );
    expect(article.fields.figures.map((f) => f.caption)).toEqual([
      'Engineers watch the first water run through the gates',
      long.replace(' (Photo: Valley Wire)', ''),
    ]);
    expect(article.text).toEqual(['The Vesna dam opened on Tuesday, ten years after its first stone was laid.']);
  });

  it("removes a reposting site's notice about where the article came from", () => {
    expect(judgeLine('The article has changed 13 times. There is an RSS feed of changes available.', at(30))?.reason).toBe(
      'page chrome: version-history notice',
    );
    expect(judgeLine("This article is from the source 'courier' and was first published or seen on 5 March.", at(30))?.reason).toBe(
      'page chrome: reposting notice',
    );
    // The notice names the original: its address becomes the article's url.
    expect(judgeLine('You can find the current article at its original source at https://example.org/dam', at(30))).toMatchObject({
      reason: 'reposting or archive notice (its address moved to url)',
      metadata: { url: 'https://example.org/dam' },
    });
  });

  it('keeps one copy of a headline printed twice side by side, in a version-comparison view', () => {
    const headline = 'Dam opens after ten years of delay – live';
    const article = ingest(
      `Version 4 Version 5\n${headline} ${headline}\n(35 minutes later)\nThe Vesna dam opened on Tuesday, ten years after its first stone was laid.`,
    );
    expect(article.fields.title).toBe(headline);
    expect(article.text).toEqual(['The Vesna dam opened on Tuesday, ten years after its first stone was laid.']);
    expect(article.fields.removed.map((r) => r.reason)).toEqual(
      expect.arrayContaining(['page chrome: version-comparison header', 'the same line twice side by side (one copy kept)']),
    );
    // A short phrase said twice is the writer's.
    expect(judgeLine('Go, go Go, go', at(0))).toBeUndefined();
  });

  it('moves a caption glued to its credit anywhere in the body to the figures, with its uncredited copy just before it', () => {
    const caption = 'Engineers on the walkway above the new gates of the spillway';
    const article = ingest(
      `Dam opens\n\nThe Vesna dam opened on Tuesday, ten years after its first stone was laid.\n\n${caption}\n\n3\n\n${caption}Credit: Valley Wire:Associated Press\n\nThe gates were tested at noon.`,
    );
    // Where it stood: after the first paragraph (its copy and the counter "3" are gone).
    expect(article.fields.figures).toContainEqual({ caption, credit: 'Valley Wire:Associated Press', after: 1 });
    expect(article.text).toEqual([
      'The Vesna dam opened on Tuesday, ten years after its first stone was laid.',
      'The gates were tested at noon.',
    ]);
    expect(article.fields.removed).toContainEqual({
      text: caption,
      reason: 'photo caption, printed again with its credit (moved to figures)',
    });
    // The prose's own "credit" is not a credit line.
    expect(judgeLine('The council will credit: every farmer who lost a field', at(20))).toBeUndefined();
  });
});

describe('the head of a copied article, laid out as a page prints it', () => {
  const lede = 'FOR ten years, the valley waited for the dam while the river flooded the lower farms every spring.';

  it('reads masthead, headline, standfirst and byline by where the byline stands, whatever their punctuation', () => {
    const article = ingest(
      `The Valley Courier\n\nDAM OPENS!\n\nAfter TEN years of delay, the gates close on the Vesna at last.\n\n- By Mara Holt and Ivo Brandt\n\n${lede}`,
    );
    expect(article.fields).toMatchObject({
      title: 'DAM OPENS!',
      dek: 'After TEN years of delay, the gates close on the Vesna at last.',
      author: 'Mara Holt and Ivo Brandt',
      publication: 'The Valley Courier',
    });
    expect(article.text[0]).toBe(lede);
    expect(article.fields.removed).toContainEqual({ text: 'The Valley Courier', reason: "masthead (the publication's name)" });
  });

  it('drops a section label, and a share button left after a crawl’s date label, above the headline', () => {
    const article = ingest(` date 2024-03-05 Twitter\nRivers\n\nThe Vesna dam opens after ten years of delay\n\n${lede}`);
    expect(article.fields).toMatchObject({ title: 'The Vesna dam opens after ten years of delay', date: '2024-03-05' });
    expect(article.text).toEqual([lede]);
    expect(article.fields.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['Twitter', 'Rivers']));
  });

  it('drops a breadcrumb that ends in a shortened copy of the headline', () => {
    const headline = "'Everybody is safe': the Vesna dam opens after ten years of delay";
    const article = ingest(`Home Europe News — Rivers 'Everybody is safe': the Vesna dam opens after ten...\n\n${headline}\n\n${lede}`);
    expect(article.fields.title).toBe(headline);
    expect(article.text).toEqual([lede]);
  });

  it("takes a running story's name before the headline as its kicker", () => {
    const article = ingest(`Vesna dam latest: Engineers close the last gate at noon\n\n${lede}`);
    expect(article.fields).toMatchObject({ title: 'Engineers close the last gate at noon', section: 'Vesna dam latest' });
    // A headline with a colon is not a kicker: "Vesna dam: who built it?"
    expect(ingest(`Vesna dam: who are the engineers who built it\n\n${lede}`).fields.title).toBe(
      'Vesna dam: who are the engineers who built it',
    );
  });

  it('takes a bare name over a place as the byline and the dateline', () => {
    const article = ingest(`The Vesna dam opens after ten years of delay\n\nAna Brel\nNovi Grad, Valleyland\n\n${lede}`);
    expect(article.fields).toMatchObject({ author: 'Ana Brel', dateline: 'Novi Grad, Valleyland' });
    expect(article.text).toEqual([lede]);
  });
});

describe("an article's address", () => {
  it('gives its date and site when nothing else does, marked as inferred', () => {
    const article = ingest(
      `https://www.valley-courier.example/news/2024/mar/05/dam-opens\n\nThe Vesna dam opens\n\n${'The Vesna dam opened on Tuesday, ten years after its first stone was laid.'}`,
    );
    expect(article.fields).toMatchObject({
      url: 'https://www.valley-courier.example/news/2024/mar/05/dam-opens',
      date: '2024-03-05',
      publication: 'valley-courier.example',
      title: 'The Vesna dam opens',
    });
    expect(article.fields.inferred).toEqual(expect.arrayContaining(['url', 'date', 'publication']));
  });

  it("takes the original's address out of an archive's", () => {
    const article = ingest(
      'The Wayback Machine - https://web.archive.org/web/20240306101500/https://courier.example/2024/03/05/dam-opens/\n\nThe Vesna dam opens\n\nThe dam opened on Tuesday, ten years after its first stone was laid.',
    );
    expect(article.fields).toMatchObject({
      url: 'https://courier.example/2024/03/05/dam-opens/',
      date: '2024-03-05',
      publication: 'courier.example',
    });
  });

  it.each([
    'The report, published at https://courier.example/report, says the dam will hold for a century.',
    "The council's archive of the plans is online at https://council.example/plans",
  ])('leaves a sentence that cites a link in the body: %j', (line) => {
    expect(ingest(`The Vesna dam opens\n\nThe dam opened on Tuesday.\n\n${line}`).text).toEqual(['The dam opened on Tuesday.', line]);
  });

  it.each(['Originally published at https://courier.example/2024/03/05/dam/', 'Source: https://courier.example/2024/03/05/dam/'])(
    'takes the address from %j at the foot',
    (line) => {
      const article = ingest(`The Vesna dam opens\n\nThe dam opened on Tuesday.\n\n${line}`);
      expect(article.text).toEqual(['The dam opened on Tuesday.']);
      expect(article.fields).toMatchObject({ url: 'https://courier.example/2024/03/05/dam/', date: '2024-03-05' });
    },
  );
});

describe('spam and other stories among the paragraphs', () => {
  it('takes SEO spam out of the sentence it was injected into, and records it', () => {
    const article = ingest(
      'The Vesna dam opens\n\nEngineers said the gates were cheap nfl jerseys wholesale jerseys from china Michael Kors outlet online tested at noon.\n\nThe river rose by a metre.',
    );
    expect(article.text[0]).toBe('Engineers said the gates were tested at noon.');
    expect(article.fields.removed).toContainEqual({
      text: 'cheap nfl jerseys wholesale jerseys from china Michael Kors outlet online',
      reason: 'SEO spam injected into a sentence',
    });
  });

  it.each([
    'Police seized cheap Nike shoes at the border crossing.',
    'The store sold Nike shoes online to fans in the valley.',
    'Stalls sold cheap shoes, cheap bags and fake watches.',
  ])('leaves a sentence about shopping alone: %j', (sentence) => {
    expect(ingest(`The Vesna dam opens\n\n${sentence}`).text).toEqual([sentence]);
  });

  it('removes another story’s Title Case headline among the paragraphs, but not a short subhead', () => {
    const other = 'Valley Coach Upbeat About United’s Chances Against City, Explains Late Substitution';
    const article = ingest(
      `The Vesna dam opens\n\nThe dam opened on Tuesday.\n\nThe gates were tested.\n\nThe Long Road Home\n\nFarmers came back to the valley.\n\n${other}\n\nThe river rose by a metre.`,
    );
    expect(article.text).toEqual([
      'The dam opened on Tuesday.',
      'The gates were tested.',
      'The Long Road Home',
      'Farmers came back to the valley.',
      'The river rose by a metre.',
    ]);
    expect(article.fields.removed).toContainEqual({ text: other, reason: 'link to another story (a headline among the paragraphs)' });
    // In HTML the same words are a marked-up subhead, and stay.
    const html = ingest(
      `<h1>The Vesna dam opens</h1><p>The dam opened on Tuesday.</p><p>The gates were tested.</p><p>Farmers came back.</p><h2>${other}</h2><p>The river rose by a metre.</p>`,
      'a.html',
    );
    expect(html.text).toContain(other);
  });
});

describe('a version-comparison view', () => {
  const view = (rows: string[]) => ingest(['Version 0 Version 1', 'The Vesna dam opens The Vesna dam opens', ...rows].join('\n'));

  it('keeps the newer version of each paragraph, and records the older', () => {
    const article = view([
      'The dam opened on Tuesday after ten years. The first water ran at noon. The dam opened on Tuesday after ten long years. The first water ran at noon.',
      'It meant that, finally, the valley was safe.It meant that, finally, the valley was safe.',
      '"How many gates?" asked the mayor. "Four? Good." "How many gates?" asked Mayor Brel. "Four? Good."',
    ]);
    expect(article.fields.title).toBe('The Vesna dam opens');
    expect(article.text).toEqual([
      'The dam opened on Tuesday after ten long years. The first water ran at noon.',
      'It meant that, finally, the valley was safe.',
      '"How many gates?" asked Mayor Brel. "Four? Good."',
    ]);
    expect(article.fields.removed).toContainEqual({
      text: 'The dam opened on Tuesday after ten years. The first water ran at noon.',
      reason: 'older version of the paragraph (version-comparison view)',
    });
  });

  it('keeps a rewritten row whole, since which words are newer cannot be told', () => {
    const row = 'The council met on Monday to vote. Farmers cheered as the gates closed for the first time.';
    expect(view([row]).text).toEqual([row]);
  });

  it('leaves ordinary text alone: a paragraph that says a thing twice is not a version view without its header', () => {
    const row = 'The gates closed on Tuesday at noon. The gates closed on Tuesday, and the valley was safe at last.';
    expect(ingest(`The Vesna dam opens\n\n${row}`).text).toEqual([row]);
  });
});
