import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readChapterTexts } from '../../src/topics/chapters.ts';
import { ROOT } from '../helpers/build.ts';
import { displayEdtf, findDates } from '../../src/timeline/dates.ts';
import { applyTimelineEdits, parseTimelineEdits } from '../../src/timeline/edits.ts';
import { timelineAxis } from '../../src/timeline/axis.ts';
import { htmlDatetime, referenceDate, timelineEvents } from '../../src/timeline/events.ts';

const april2017 = referenceDate('2017-04');
const dates = (text: string, reference = april2017) => findDates(text, reference).map((d) => `${d.text}=${d.edtf}`);

describe('dates in a sentence', () => {
  it('reads a day, a month and year, and a bare year after a word that dates', () => {
    expect(dates('An air strike on March 17 killed scores; the city fell in June 2014, and in 2003 the invasion began.')).toEqual([
      'March 17=2017-03-17',
      'June 2014=2014-06',
      '2003=2003',
    ]);
    expect(dates('On 10 July 2017 Abadi declared victory.')).toEqual(['10 July 2017=2017-07-10']);
  });

  it('tells a weekday from the day of writing the same on a machine in any time zone', () => {
    const written = new Date(Date.UTC(2017, 5, 30)); // Friday 30 June 2017
    const text = 'On Wednesday the army said it had retaken the mosque, and on Friday night the fighting stopped.';
    const zone = process.env.TZ;
    try {
      const told = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Baghdad'].map((tz) => {
        process.env.TZ = tz;
        return findDates(text, written, 'day').map((date) => `${date.text}=${date.edtf}`);
      });
      expect(told[0]).toEqual(['Wednesday=2017-06-28', 'Friday night=2017-06-30']);
      for (const other of told.slice(1)) expect(other).toEqual(told[0]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('puts a day without a year on or before the chapter’s date', () => {
    // Written in April 2017, "December 3" is December 2016.
    expect(dates('Fighting resumed on December 3.')).toEqual(['December 3=2016-12-03']);
  });

  it('puts a day or month without a year said of what is to come after the chapter’s date, and what was said on it before', () => {
    const january2025 = referenceDate('2025-01-20');
    const ahead = (text: string) => dates(text, january2025);
    expect(ahead('The owners said on Monday that the pit will close at the end of March.')).toEqual(['Monday=2025-01-20', 'March=2025-03']);
    expect(ahead('The strike is due to begin on 10 February.')).toEqual(['10 February=2025-02-10']);
    expect(ahead('Talks will resume in late February.')).toEqual(['late February=2025-02~']);
    // Told from the story's past, or the day it was said: the past, as before.
    expect(ahead('The pit, which flooded on 3 March, will reopen.')).toEqual(['3 March=2024-03-03']);
    expect(ahead('He said on 3 March that the pit would close.')).toEqual(['3 March=2024-03-03']);
    expect(ahead('The lender will offer the mine that it bought in May.')).toEqual(['May=2024-05']);
    expect(ahead('Last October the union voted to strike.')).toEqual(['Last October=2024-10']);
    // Not the future: a name, a noun, the month just gone; and a preposition is no clause's start.
    expect(ahead('Will Jones joined the club in March.')).toEqual(['March=2024-03']);
    expect(ahead('It went against the will of the miners in March.')).toEqual(['March=2024-03']);
    expect(ahead("The council's plans to close the pit were unveiled in March.")).toEqual(['March=2024-03']);
    expect(ahead('The council will discuss the report published on 14 January.')).toEqual(['14 January=2025-01-14']);
    expect(ahead('The council will discuss the report published in December.')).toEqual(['December=2024-12']);
    expect(ahead('Talks will resume after 10 February.')).toEqual(['10 February=2025-02-10']);
  });

  it('puts a weekday before the day of writing, or after it when the clause speaks of what is to come', () => {
    const sunday = referenceDate('2025-08-24');
    expect(dates('The fire jumped the road before dark on Monday.', sunday)).toEqual(['Monday=2025-08-18']);
    expect(dates('Evacuation orders will be lifted on Friday.', referenceDate('2025-08-18'))).toEqual(['Friday=2025-08-22']);
    expect(dates('The show opens to the public on Friday.', referenceDate('2025-08-18'))).toEqual(['Friday=2025-08-22']);
    // A day within a month after the chapter's date is that one, whatever the tense; a weekday with its date is that date.
    expect(dates('Schools were due to open on Aug. 13.', referenceDate('2025-08-12'))).toEqual(['Aug. 13=2025-08-13']);
    expect(dates('The march was on Saturday, May 18.', referenceDate('2019-05-20'))[0]).toMatch(/=2019-05-18$/);
  });

  it('reads seasons, early/mid/late, ranges and "last October" into the past', () => {
    expect(dates('In summer 2014 the group advanced; by early 2017 it was falling back.')).toEqual([
      'summer 2014=2014-22',
      'early 2017=2017~',
    ]);
    expect(dates('The battle lasted from October 2016 to July 2017.')).toEqual(['from October 2016 to July 2017=2016-10/2017-07']);
    expect(dates('Between January and July 2017 the city was retaken.')).toEqual(['Between January and July 2017=2017-01/2017-07']);
    expect(dates('The offensive began last October.', referenceDate('2017-01'))).toEqual(['last October=2016-10']);
  });

  it('takes no count of people for a year', () => {
    expect(dates('It sent 2000 fighters, and 2017 people fled.')).toEqual([]);
  });

  it('shows each value as a reader says it', () => {
    expect(['2014-06', '2017-03-17', '2014-22', '2017~', '2016-10/2017-07'].map(displayEdtf)).toEqual([
      'June 2014',
      '17 March 2017',
      'summer 2014',
      'about 2017',
      'October 2016 to July 2017',
    ]);
    expect(htmlDatetime('2014-22', '2014-06-01')).toBe('2014-06');
    expect(htmlDatetime('2017-03-17', '2017-03-17')).toBe('2017-03-17');
  });
});

describe('the timeline', () => {
  it('orders the dated sentences, keeps one date told twice together, and links each to its paragraph', () => {
    const events = timelineEvents([
      { slug: 'one', date: '2017-07', paragraphs: ['Mosul fell in June 2014. Nothing else.', 'On July 10 Abadi declared victory.'] },
      { slug: 'two', date: '2018', paragraphs: ['The city had fallen in June 2014, to few fighters.'] },
    ]);
    expect(events.map((e) => e.label)).toEqual(['June 2014', '10 July 2017']);
    expect(events[0]!.tellings.map((t) => `${t.chapter}#${t.anchor}:${t.before}[${t.dateText}]${t.after}`)).toEqual([
      'one#p-1:Mosul fell in [June 2014].',
      'two#p-1:The city had fallen in [June 2014], to few fighters.',
    ]);
    expect(events[1]!.tellings[0]!.anchor).toBe('p-2');
  });

  it('takes in the topics the editor dated, beside what the chapters say of that date', () => {
    const events = timelineEvents(
      [{ slug: 'one', date: '2017-07', paragraphs: ['The offensive began in October 2016.'] }],
      [
        { slug: 'battle', title: 'Battle for Mosul', date: '2016-10' },
        { slug: 'war', title: 'The war', date: '2014' },
      ],
    );
    expect(events.map((e) => `${e.label}: ${e.topics.map((t) => t.title).join()} / ${e.tellings.length}`)).toEqual([
      '2014: The war / 0',
      'October 2016: Battle for Mosul / 1',
    ]);
  });
});

describe('the timeline of the bundled chapters, against dates labelled by hand', () => {
  const labels = parse(readFileSync(join(ROOT, 'tests/fixtures/labelled/timeline.yaml'), 'utf8')) as {
    events: string[][];
    key: string[][];
  };
  const dir = join(ROOT, 'content/articles');
  const { chapters } = readChapterTexts(dir);
  const dateOf = (slug: string) => /^date: "?([^"\n]+)"?$/m.exec(readFileSync(join(dir, `${slug}.mdx`), 'utf8'))?.[1];
  const events = timelineEvents(chapters.map((c) => ({ ...c, date: dateOf(c.slug) })));
  const found = events.flatMap((e) => e.tellings.map((t) => `${t.chapter} ${t.anchor} ${e.edtf}`));
  const truth = new Set(labels.events.map((e) => e.join(' ')));

  it('finds at least 90% of the dated statements, and at least 90% of what it finds is one', () => {
    const right = found.filter((f) => truth.has(f));
    expect(right.length / found.length, found.filter((f) => !truth.has(f)).join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(right.length / truth.size, [...truth].filter((t) => !found.includes(t)).join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('has every event the issue names, at its date', () => {
    for (const [name, edtf, word] of labels.key) {
      const event = events.find((e) => e.edtf === edtf);
      expect(
        event?.tellings.some((t) => `${t.before}${t.dateText}${t.after}`.includes(word!)),
        `${name} (${edtf})`,
      ).toBe(true);
    }
  });
});

describe('the editor’s timeline.yaml', () => {
  const events = timelineEvents([
    { slug: 'one', date: '2017-04', paragraphs: ['The invasion of 2003 began it.', 'A breakthrough came on Wednesday.'] },
    { slug: 'two', date: '2018', paragraphs: ['Since 2003, war.'] },
  ]);
  const yaml = [
    'hide:',
    '  - { date: 2003, chapter: one }',
    'correct:',
    '  - { date: 2017-04~, chapter: one, paragraph: p-2, to: 2017-04-12 }',
    'add:',
    '  - { date: 2016-10-17, text: The offensive begins. }',
    '  - { date: 2016-13, text: A month that is not one. }',
    '  - { date: 2016-11, txt: A field misspelt. }',
    'remove:',
    '  - { date: 2003 }',
  ].join('\n');

  it('hides, corrects and adds, and names each entry it cannot read without losing the rest', () => {
    const { edits, errors } = parseTimelineEdits(yaml, 'content/timeline.yaml');
    expect(errors).toEqual([
      expect.stringMatching(/^content\/timeline\.yaml: add entry 2: date: a date like .*; left out$/),
      expect.stringMatching(/^content\/timeline\.yaml: add entry 3: .*entry: unknown field "txt" \(did you mean text\?\); left out$/),
      'content/timeline.yaml: "remove" is not a list the timeline reads (hide, correct, add)',
    ]);
    const { events: edited, unmatched } = applyTimelineEdits(events, edits);
    expect(unmatched).toEqual([]);
    expect(edited.map((e) => `${e.label}: ${e.tellings.map((t) => t.chapter).join()}${(e.notes ?? []).join()}`)).toEqual([
      '2003: two',
      '17 October 2016: The offensive begins.',
      '12 April 2017: one',
    ]);
  });

  it('says which hide or correction matches nothing', () => {
    const { unmatched } = applyTimelineEdits(events, parseTimelineEdits('hide:\n  - { date: 1999 }', 'x').edits);
    expect(unmatched).toEqual(['1999']);
  });
});

describe('the timeline’s axis', () => {
  const events = timelineEvents([
    { slug: 'one', date: '2018', paragraphs: ['In 2010 it began. In 2010 again. By 2012 it was over; the record from 2017 says so.'] },
  ]);

  it('puts each date where its time falls, and a mark told more often stands taller', () => {
    const axis = timelineAxis(events, 640, 56)!;
    expect(axis.ticks.map((t) => t.year)).toEqual(['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018']);
    const [y2010, y2012, y2017] = axis.marks;
    // 2012 is two of the eight years along; 2017 seven.
    expect((y2012!.x - y2010!.x) / (y2017!.x - y2010!.x)).toBeCloseTo(2 / 7, 2);
    expect(y2010!.height).toBeGreaterThan(y2012!.height);
  });

  it('draws nothing for fewer than two dates', () => {
    expect(timelineAxis(events.slice(0, 1))).toBeUndefined();
  });
});
