/**
 * Discovery's rules, each on a short corpus written for the test: what is not
 * a topic, what is one entity, and that it scales. (The corpora under
 * shared/ are measured with `npm run eval:topics`, never copied here.)
 */
import { describe, expect, it } from 'vitest';
import { discoverCandidates, type Candidate, type CorpusChapter } from '../../src/topics/discover.ts';
import { extractEvidence, formKey, splitTitles } from '../../src/topics/extract.ts';
import { mergeForms, skeleton } from '../../src/topics/merge.ts';

const chapter = (slug: string, ...paragraphs: string[]): CorpusChapter => ({ slug, paragraphs });
const find = (candidates: Candidate[], name: string) =>
  candidates.find((c) => [c.name, ...c.aliases].some((n) => n.toLowerCase() === name.toLowerCase()));
const names = (candidates: Candidate[]) => candidates.flatMap((c) => [c.name, ...c.aliases]);

describe('a name with a plural’s possessive in it', () => {
  it('reads "Miners’ Institute" and "Veterans’ Affairs" whole, and a team’s or a people’s possessive before a name as two', () => {
    const found = discoverCandidates([
      chapter('a', "The vote was held at the Miners' Institute in Abercynon.", "The Department of Veterans' Affairs sent a letter."),
      chapter('b', "Speeches followed at the Miners' Institute, and the Department of Veterans' Affairs wrote again."),
      chapter('c', "The Rangers' Tom Rees scored twice.", "The Rangers' Tom Rees was named the best player."),
    ]);
    expect(names(found)).toEqual(expect.arrayContaining(["Miners' Institute", "Department of Veterans' Affairs", 'Tom Rees']));
    expect(names(found)).not.toContain('Miners');
    expect(names(found).some((name) => /Rangers' Tom/.test(name))).toBe(false);
  });
});

describe('precision: what is not a topic', () => {
  // A story about a siege, with one chapter that talks about the markup of its own web page.
  const corpus = [
    chapter(
      'a',
      'The situation in the street was grim, said Colonel Amira Haddou, as a small number of militia fighters held the bridge over the Varka River at Qaraqosh.',
      'Residents of Qaraqosh told Reuters the outside world had forgotten them. The militia had planted car bombs in the street and used human shields, and the situation was worse each day.',
      'Haddou said the Northern Defence Force (NDF) would reach the town within a week.',
    ),
    chapter(
      'b',
      'In Qaraqush, a small number of families stayed. “The outside world does not see us,” said Jamal al-Rashid, 44, a baker. The situation, he said, was desperate: car bombs every night.',
      'The NDF-led offensive stalled at the Varka River, where militia fighters used car bombs and human shields.',
      'Al-Rashid said the NDF had promised help. Haddou did not answer.',
    ),
    chapter(
      'c',
      'This page is written in HTML. Each list item is an HTML element; a list item sits inside a list, and HTML has several kinds of list item.',
      'The situation on the street outside the newsroom: a small number of readers, said the editor. HTML is simple.',
      'Rashid, the baker, was later seen in Qaraqosh, where human shields were reported near the river.',
    ),
  ];
  const candidates = discoverCandidates(corpus);

  it('proposes no markup words, common nouns or everyday phrases', () => {
    for (const junk of [
      'HTML',
      'list item',
      'situation',
      'street',
      'militia',
      'small number',
      'outside world',
      'Residents',
      'This',
      'Each',
    ])
      expect(find(candidates, junk), junk).toBeUndefined();
  });

  it("takes no company's legal form after a comma for a name of its own", () => {
    const extraction = extractEvidence([
      chapter(
        'a',
        'Mara Holt, Vice President of Sales for Orbital Works, Inc., says: “It flies.”',
        'NASA chose Ceres Robotics and Tyvak Nano-Satellite Systems, Inc. to join the programme; Orbital Works, Ltd. builds the bus.',
      ),
    ]);
    const forms = [...extraction.forms.values()].map((evidence) => evidence.form);
    expect(forms).toContain('Ceres Robotics');
    for (const form of ['Inc', 'Ltd']) expect(forms, form).not.toContain(form);
  });

  it('takes a recurring pair for a term, but not one that describes a group of people', () => {
    const corpus = [
      chapter(
        'a',
        'The soccer team was trapped for days. Divers carried oxygen tanks into the cave.',
        'Parents of the soccer team waited outside while more oxygen tanks arrived.',
      ),
      chapter('b', 'Rescuers reached the soccer team on Monday. The oxygen tanks ran low by Tuesday.'),
    ];
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    expect(find(candidates, 'oxygen tanks')).toBeDefined();
    expect(find(candidates, 'soccer team')).toBeUndefined();
  });

  it('takes no heading, ranking, feature label or heading-only phrase in Title Case for a name', () => {
    const labels = [
      'Best Seed Kit for Windowsills',
      'Most Affordable Garden Planner',
      'Monthly Plans',
      'With the Fastest Growing Herbs',
      'Plus Garden App',
      'Custom Pricing',
      'Garden Tool Access',
      'Best Garden Apps for Beginners',
      'Best Seed Tray for Balconies',
      'Best Tools for Traditional Planting',
      'Why Traditional Planting Still Works',
      'No Hidden Costs',
      'Spotlight On Fernhill Gardens',
    ];
    // A listicle's headings, on both pages of it.
    const headings = [
      'Best Seed Kit for Windowsills',
      'Most Affordable Garden Planner',
      'Monthly Plans',
      'With the Fastest Growing Herbs',
      'The Best Garden Apps for Beginners',
      'Plotwise - Best Seed Tray for Balconies',
      'Spotlight On Fernhill Gardens',
    ];
    const corpus = [
      chapter(
        'a',
        ...headings,
        'Plus Garden App – Custom Pricing – Get your own planner with the Greenwood Society badge.',
        'Garden Tool Access – Members open their plots on the Plotwise app for phones.',
        'We tried the seed kit from Plotwise, and the Greenwood Society rated it well.',
        'Best Tools for Traditional Planting',
        'No Hidden Costs – you pay once, and the seeds are yours.',
      ),
      chapter(
        'b',
        ...headings,
        'Garden Tool Access – Members share notes with the Greenwood Society.',
        'Plotwise sells the kit to schools.',
        'Why Traditional Planting Still Works',
        'No Hidden Costs – the plan covers every season.',
      ),
    ];
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    // Nothing proposed is a label or a piece of one.
    expect(names(candidates).filter((name) => labels.some((label) => label.includes(name)))).toEqual([]);
    expect(find(candidates, 'Greenwood Society')).toBeDefined();
    expect(find(candidates, 'Plotwise')).toBeDefined();
  });

  it('keeps a name made of everyday words where a sentence names it ("Least Developed Countries")', () => {
    const corpus = [
      chapter('a', 'Aid to the Least Developed Countries fell in 2016, the Greenwood Society said.'),
      chapter('b', 'The Least Developed Countries asked for more, and the Greenwood Society agreed.'),
    ];
    expect(find(discoverCandidates(corpus, { minMentions: 1 }), 'Least Developed Countries')).toBeDefined();
  });

  it('takes no phrase the sentences write in lower case for a name, though a menu and a sentence capitalise it', () => {
    const corpus = [
      chapter(
        'a',
        'Home · Seed Sharing Apps · Reviews · Menu',
        'We compared seed sharing apps for a season. Most seed sharing apps are free, and the Greenwood Society lists the best Seed Sharing Apps each spring.',
        'The best seed sharing apps let you swap with neighbours; two seed sharing apps charge a fee.',
      ),
      chapter(
        'b',
        'Seed sharing apps came late to Fernhill. The Greenwood Society said seed sharing apps help small gardens, and so does the Fernhill Seed Library.',
      ),
      chapter(
        'c',
        'At the Fernhill Seed Library, the Greenwood Society met growers who had never used seed sharing apps, and two who had deleted their seed sharing apps.',
        'Growers thanked the Thai navy. “We found them,” said Mike Austin, a diver. Austin swam for hours; Austin slept on the rocks; Austin said the water rose.',
      ),
    ];
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    expect(find(candidates, 'Seed Sharing Apps')).toBeUndefined();
    expect(find(candidates, 'Seed Sharing App')).toBeUndefined();
    // Everyday words that are a name where the sentences write them so.
    expect(find(candidates, 'Fernhill Seed Library')).toBeDefined();
    expect(find(candidates, 'Greenwood Society')).toBeDefined();
    expect(find(candidates, 'Mike Austin')).toBeDefined();
  });

  it('keeps a name the text writes in lower case where capitals are not rare, where it is also a term, or where only a sentence’s start or a demonym is capitalised', () => {
    const corpus = [
      // Twice as often in lower case as with capitals, not more: still a name.
      chapter('a', 'The Night Market App opened in May, and the Night Market App sells soup.', 'Neighbours call it the night market app.'),
      chapter(
        'b',
        'They say the night market app is cheap; the night market app in Fernhill sells bread, and the night market app needs money.',
      ),
      // One agency capitalises it, two do not, and the lower-case uses are a term of their own.
      chapter(
        'ap',
        'The Health Ministry said 40 people died. The Health Ministry counted the wounded later.',
        'A spokesman for the Health Ministry said hospitals were full.',
      ),
      chapter(
        'reuters',
        'The Gaza health ministry said the toll rose. The health ministry said 12 children died.',
        'Health ministry figures could not be verified. A health ministry official spoke.',
      ),
      chapter(
        'bbc',
        'The health ministry in Gaza said aid was short, and the health ministry asked for fuel.',
        'Doctors told the health ministry that power had failed.',
      ),
      // "Iraqi forces" opening sentences (discovery also proposes it as a description of the one Iraqi force), "the Thai navy": capitals.
      chapter(
        'c',
        'The town was taken by the Iraqi Special Forces on Monday. Iraqi forces retook the bridge. Iraqi forces then moved north.',
        'Iraqi fighters raised a flag over the mosque.',
      ),
      chapter(
        'd',
        'Commanders of the Iraqi Special Forces said the push would go on. Iraqi forces met little resistance.',
        'Iraqi fighters said the streets were mined. Iraqi forces lost two vehicles.',
      ),
      chapter('e', 'Growers thanked the Thai navy, and the Thai navy thanked the Thai navy’s divers. The Thai Navy sent boats.'),
    ];
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    expect(find(candidates, 'Night Market App')).toBeDefined();
    expect(find(candidates, 'Health Ministry')).toBeDefined();
    expect(find(candidates, 'Iraqi Special Forces')).toBeDefined();
    expect(find(candidates, 'Thai Navy')).toBeDefined();
  });

  it('takes no identifier from code, web address, hyphenated adjective or clause for a topic', () => {
    const corpus = ['a', 'b'].map((slug) =>
      chapter(
        slug,
        'Set “ratingValue” and “sameAs” in the markup, as https://plotwise.example/guide shows, and write to help@plotwise.example for a “customizable” AI-driven setup.',
        'The ratingValue and sameAs fields matter, https://plotwise.example/faq says; AI-driven tools read them (https://plotwise.example/tools).',
        'Editors told us “it depends”, then “start here” and “for research purposes”, about the Harlow Archive, at https://harlow.example/r. Meanwhile Varka fell to the Harlow Archive’s rivals.',
        'The Harlow Archive answered: “it depends”, and “start here”; Varka was quiet, said https://harlow.example/news.',
      ),
    );
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    for (const junk of [
      'ratingValue',
      'sameAs',
      'https',
      'plotwise',
      'AI-driven',
      'customizable',
      'it depends',
      'start here',
      'for research purposes',
    ])
      expect(find(candidates, junk), junk).toBeUndefined();
    // The full stop after an address still ends its sentence: "Meanwhile" is not part of a name.
    expect(find(candidates, 'Meanwhile Varka')).toBeUndefined();
    expect(find(candidates, 'Varka')).toBeDefined();
    expect(find(candidates, 'Harlow Archive')).toBeDefined();
  });

  it('keeps a quoted term that ends in a participle, and takes no adjective for a term', () => {
    const corpus = ['a', 'b', 'c'].map((slug) =>
      chapter(
        slug,
        'The iterative checks were slow, and what the ministry called “salami slicing” went on.',
        'Nurses said the iterative reviews came before telemedicine.',
        'Telemedicine reached the valley in spring; telemedicine is now routine.',
      ),
    );
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    expect(find(candidates, 'iterative')).toBeUndefined();
    expect(find(candidates, 'telemedicine')).toBeDefined();
    expect(find(candidates, 'salami slicing')).toBeDefined();
  });

  it('reads a name whole: "&" joins it, "St." leads it, a number ends it, a possessive after a full stop goes', () => {
    const corpus = [
      chapter(
        'a',
        'Reviewers at Brandel & Voss praised the Vantor Model 3 and the Kia-E Rally, then sailed to St. Brannock Island.',
        'Customers of Aurelo’s. Aurelo said the Vantor Model 3 ships in May.',
      ),
      chapter(
        'b',
        'Brandel & Voss tested the Vantor Model 3 again on St. Brannock Island, where Aurelo sells it.',
        'The Kia-E Rally is the other.',
      ),
    ];
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    for (const name of ['Brandel & Voss', 'St. Brannock Island', 'Aurelo', 'Vantor']) expect(find(candidates, name), name).toBeDefined();
    for (const fragment of ['Brandel', 'Vantor Model', 'Rally', 'Brannock Island', 'Aurelo’s'])
      expect(names(candidates), fragment).not.toContain(fragment);
  });

  it('keeps the names around "&", a number or a hyphen in news copy', () => {
    const corpus = ['a', 'b'].map((slug) =>
      chapter(
        slug,
        'Talks between Israel & Hamas resumed as Malaysia Airlines Flight 17 was remembered and the Boeing 737 Max stayed grounded.',
        'Jean-Yves Le Drian flew in. The attack on Bourbon St. Police said more.',
      ),
    );
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    for (const name of ['Israel', 'Hamas', 'Malaysia Airlines', 'Boeing', 'Le Drian']) expect(find(candidates, name), name).toBeDefined();
    for (const wrong of ['Israel & Hamas', 'Max', 'Malaysia Airlines Flight', 'Bourbon St. Police'])
      expect(find(candidates, wrong), wrong).toBeUndefined();
  });

  it('proposes the names and the recurring terms', () => {
    for (const name of [
      'Amira Haddou',
      'Qaraqosh',
      'Varka River',
      'Northern Defence Force',
      'Jamal al-Rashid',
      'car bombs',
      'human shields',
    ])
      expect(find(candidates, name), name).toBeDefined();
  });

  it('keeps the role a title gives, and knows a person, a place and an organisation apart', () => {
    expect(find(candidates, 'Amira Haddou')).toMatchObject({ kind: 'person', role: 'Colonel' });
    expect(find(candidates, 'Varka River')!.kind).toBe('place');
    expect(find(candidates, 'Northern Defence Force')!.kind).toBe('organisation');
    expect(find(candidates, 'human shields')!.kind).toBe('idea');
  });

  it('merges spellings, surnames, acronyms and X-led adjectives into one topic each, and says why', () => {
    const town = find(candidates, 'Qaraqosh')!;
    expect(find(candidates, 'Qaraqush')).toBe(town);
    expect(town.merged?.map((m) => m.because).join(' ')).toMatch(/spelling/);
    const baker = find(candidates, 'Jamal al-Rashid')!;
    expect(find(candidates, 'Al-Rashid')).toBe(baker);
    expect(find(candidates, 'Rashid')).toBe(baker);
    const force = find(candidates, 'Northern Defence Force')!;
    expect(find(candidates, 'NDF')).toBe(force);
    expect(names(candidates)).not.toContain('NDF-led');
    // "Northern Defence Force", "(NDF)" and "the NDF"; "NDF-led" joins the force but, half of a compound, is no mention of it.
    expect(force.mentions).toBe(3);
  });
});

describe('kinds: what the words around a name say it is', () => {
  // Each case a corpus of two short chapters where one rule decides, and the kinds it must give.
  const cases: Array<{ rule: string; chapters: string[][]; kinds: Record<string, string> }> = [
    {
      rule: 'one "in X" among many mentions makes no place; a capital inside a word is a brand’s',
      chapters: [
        [
          'Quillmark offers a free plan. We tested Quillmark for a month, and Quillmark was fast.',
          'The export settings in Quillmark are hidden. Quillmark costs less, and Quillmark syncs.',
          'NoteForge has templates. We left NoteForge, and NoteForge kept a copy.',
        ],
        ['Quillmark and NoteForge both sync. Quillmark wins on price, and Quillmark wins on speed.', 'NoteForge lags.'],
      ],
      kinds: { Quillmark: 'organisation', NoteForge: 'organisation' },
    },
    {
      rule: 'a town a war report writes mostly as subject or object is a place when one mention in four is written as a place’s',
      chapters: [
        ['Troops captured Velmarsk on Monday. The fall of Velmarsk opened the road. Shelling hit Velmarsk again.'],
        ['Commanders said Velmarsk could not be held. Velmarsk lies north of the river. Fighting in Velmarsk went on.'],
      ],
      kinds: { Velmarsk: 'place' },
    },
    {
      rule: 'travel ends at a place, and an adjective may stand between',
      chapters: [
        ['On day two you will drive to Carrowmore for lunch. Carrowmore has one pub, and Carrowmore is quiet.'],
        ['We spent a night in picturesque Ballyvane. Ballyvane is small, and Ballyvane is old. Ballyvane sleeps early.'],
      ],
      kinds: { Carrowmore: 'place', Ballyvane: 'place' },
    },
    {
      rule: 'an address: a town with its state, and the state code after a town',
      chapters: [
        ['The best value was Norvale, CT. Norvale has good schools, and Norvale is cheap.'],
        ['Rents in Norvale, CT, are low. Dunmere, Arizona, is hotter. Dunmere has a lake, and Dunmere has a mine.'],
      ],
      kinds: { Norvale: 'place', CT: 'place', Dunmere: 'place' },
    },
    {
      rule: 'a part of a town after its possessive is a place’s, a thing after it a firm’s',
      chapters: [
        ['Airstrikes hit buildings in Talvar’s old city. Families in Talvar’s western districts fled. Talvar burned.'],
        ['Prices rose in Quorvant’s premium plan. We stayed in Quorvant’s free plan. Quorvant emailed us. Quorvant is cheap.'],
      ],
      kinds: { Talvar: 'place', Quorvant: 'organisation' },
    },
    {
      rule: 'no place from "in X trail shoes", "researchers at X" or "in the X 6"; a place from "a strike at X"',
      chapters: [
        [
          'Runners do well in Tarnwick trail shoes. Researchers at Velloway Analytics tested them.',
          'The grip improved in the Tarnwick 6, said the researchers at Velloway Analytics.',
          'A missile strike at Oskvar killed ten people.',
        ],
        ['Tarnwick makes shoes. Velloway Analytics publishes its data each spring.', 'Oskvar was crowded with evacuees.'],
      ],
      kinds: { Tarnwick: 'organisation', 'Velloway Analytics': 'organisation', Oskvar: 'place' },
    },
    {
      rule: 'a body "in" a country or listed beside countries is no place',
      chapters: [
        [
          'Israel vowed to destroy Kataib Zor in Gaza. Envoys met Kataib Zor in Qatar.',
          'The militia is backed by Russia, Iran and Harakat.',
        ],
        ['Leaders of Kataib Zor rejected the plan. Kataib Zor fired rockets.', 'Harakat fired rockets, and Harakat denied it.'],
      ],
      kinds: { 'Kataib Zor': 'organisation', Harakat: 'organisation' },
    },
    {
      rule: 'a name in a list of towns is a place (past the verb that leads it); not one among countries, firms or teams, nor what a name has',
      chapters: [
        [
          'Itinerary: Discover Boston, Ferrowick, the Ossary, Lake Orsin and Denver.',
          'New sanctions fell on Russia, Iran, North Korea and Varnak. The Celtics beat Denver, Phoenix, Dallas and the Harlows.',
        ],
        [
          'Ferrowick has a market, and Ferrowick was busy.',
          'Partners include Tavrel, Morwick, Selden, Quay Holdings, Paris, Boston and Denver. Tavrel has a plan, and Tavrel grew.',
          'Varnak denied it, and Varnak hired guards. The Harlows won, and the Harlows lost.',
          'Pickets stood in Boston, Denver, Lake Orsin and Kellan’s office. Later, Kellan said the deal was done.',
        ],
      ],
      kinds: { Ferrowick: 'place', Tavrel: 'organisation', Varnak: 'organisation', Harlows: 'organisation', Kellan: 'person' },
    },
    {
      rule: 'what speaks of itself as "it" is a body, whatever else it says; not one who says "it would rain", "it had been a hard year"',
      chapters: [
        ['On Monday, Marveth said it had accepted the offer.', 'Jonah Pelley said it would rain by noon.'],
        [
          'Later, Marveth said the talks had stalled.',
          'Pelley said the crops had failed.',
          'Later, Korvath said it would be cutting jobs.',
        ],
        ['On Friday, Korvath said the plant was safe.', 'Quell said it had been a hard year, and Quell said the season was over.'],
      ],
      kinds: { Marveth: 'organisation', 'Jonah Pelley': 'person', Korvath: 'organisation', Quell: 'person' },
    },
    {
      rule: 'a canyon and a mall are places',
      chapters: [
        ['We hiked Marrow Canyon at dawn and walked the Alder Mall at noon.'],
        ['Marrow Canyon was empty. The Alder Mall was full.'],
      ],
      kinds: { 'Marrow Canyon': 'place', 'Alder Mall': 'place' },
    },
    {
      rule: 'an acronym counted like a common noun is an idea; one that acts, or describes a noun, an organisation',
      chapters: [
        [
          'A VPN is worth having. Most VPNs hide your address. The FTC warns about free VPNs.',
          'Jets struck what they called a PKK or YPG target.',
        ],
        ['Pick a VPN that logs nothing. The FTC fined two of them.', 'The PKK denied it, and the PKK has fought for decades.'],
      ],
      kinds: { VPN: 'idea', FTC: 'organisation', PKK: 'organisation' },
    },
    {
      rule: 'a thing the text writes in lower case as often as capitalised is an idea',
      chapters: [
        ['A report on Ransomware came out. Cheap ransomware spreads fast, and ransomware pays.'],
        ['We track Ransomware weekly. Gangs rent ransomware, and most ransomware hides.'],
      ],
      kinds: { Ransomware: 'idea' },
    },
    {
      rule: 'an activity in Title Case is an idea, a firm named for its trade an organisation, a named day an event',
      chapters: [
        ['We tried Companion Planting in May. Blue Moving helped us move the pots.', 'Prices fell on Black Friday.'],
        ['Companion Planting works best with herbs. We would hire Blue Moving again.', 'Black Friday came early.'],
      ],
      kinds: { 'Companion Planting': 'idea', 'Blue Moving': 'organisation', 'Black Friday': 'event' },
    },
    {
      rule: 'a person from a job before the name, a kinsman or a work after it, a description, what they came up as',
      chapters: [
        [
          'The best of the year came from bestselling author Mirela Voss.',
          'Critics preferred Tamsk’s second album, released in May.',
          'The shop was run by Qasim, a retired firefighter. Locals trust Qasim.',
          'Like his teachers, Orlin came up as a composer. The record rests on Orlin’s writing.',
        ],
        [
          'The book by Mirela Voss sold out.',
          'On it, Tamsk’s brother plays drums.',
          'Neighbours visit Qasim daily.',
          'On the record, Orlin played the viola.',
        ],
      ],
      kinds: { 'Mirela Voss': 'person', Tamsk: 'person', Qasim: 'person', Orlin: 'person' },
    },
    {
      rule: 'a person from "added … that", and no person from "we added X", "says X’s vice president", "the X, who"',
      chapters: [
        [
          'In Kyiv, Veresk added in his nightly address that the front held. Keldra added winglets to the plate.',
          '“Prices are fair,” says Rennet Moving’s vice president. Ships were hit by the Zaydis, who hold the coast.',
        ],
        [
          'We added Keldra to our list. Rennet Moving packed our books. Keldra makes shoes.',
          'Envoys spoke with Veresk twice. The Zaydis fired again, and the Zaydis denied it.',
        ],
      ],
      kinds: { Veresk: 'person', Keldra: 'organisation', 'Rennet Moving': 'organisation', Zaydis: 'organisation' },
    },
    {
      rule: 'a noun a firm is as readily as a person gives no person; a brand’s inner capital none either, a surname’s prefix does',
      chapters: [
        ['The grid operator Ukrelko cut power. Ukrelko blamed the strikes.', 'Winston DeskPro rises at a touch.'],
        [
          'Ukrelko restored power by noon.',
          'Winston DeskPro is sturdy. The prize went to Dana McTavish, and Dana McTavish will race again.',
        ],
      ],
      kinds: { Ukrelko: 'organisation', 'Winston DeskPro': 'organisation', 'Dana McTavish': 'person' },
    },
    {
      rule: 'an orchestra is an organisation though named for a man, and "X of Reuters, who…" says nothing of Reuters',
      chapters: [
        ['The Glenn Kessler Orchestra played in the square. Dana Ilves of Reuters, who covered it, said so.'],
        ['Tickets for Glenn Kessler Orchestra sold out, Reuters reported.'],
      ],
      kinds: { 'Glenn Kessler Orchestra': 'organisation', Reuters: 'organisation' },
    },
    {
      rule: 'a body speaks too: "X said it", "the X said", "The X, who" give no person; "said X was" names no speaker',
      chapters: [
        [
          'On Monday, Harakat Zor said it had accepted the truce. The Velmont Pentagon said it was watching.',
          'Officials said Dorvask was shelled. Thousands remain in Dorvask.',
        ],
        [
          'Envoys met Harakat Zor twice. Later the Velmont Pentagon said more ships were coming.',
          'The Zaydis, who hold the coast, fired again. Ships were hit by the Zaydis.',
        ],
        ['Bloggers said Dorvask could fall within weeks. The Zaydis denied it, and Harakat Zor agreed.'],
      ],
      kinds: { 'Harakat Zor': 'organisation', 'Velmont Pentagon': 'organisation', Dorvask: 'place', Zaydis: 'organisation' },
    },
    {
      rule: 'money goes "in" a firm and firms are "at" their troubles; one "in" among five mentions is no place; things happen "at" a place',
      chapters: [
        ['Volkar will invest $5 billion in Rivex. Job cuts at Nordvel hit 1,600 workers.', 'Paratroopers landed at Hostravka at dawn.'],
        [
          'Rivex makes trucks, and Rivex shares rose. Nordvel filed for bankruptcy.',
          'Clashes at Hostravka lasted two days. Hostravka was wrecked.',
        ],
        [
          'Experts found a flaw in Tarvo. They told users of Tarvo, and Tarvo patched it. Critics said Tarvo was slow, and fans of Tarvo shrugged.',
        ],
      ],
      kinds: { Rivex: 'organisation', Nordvel: 'organisation', Hostravka: 'place', Tarvo: 'organisation' },
    },
    {
      rule: 'a town’s parts after its possessive, not a camp, a plant or border villages; a person’s death, funeral and family, not family plans',
      chapters: [
        [
          'Allies in Gantzer’s camp urged him to quit. Jets struck targets in Hizb Tarek’s border villages.',
          'Work near Voltra’s plant stopped.',
        ],
        [
          'Gantzer said he would decide soon. Hizb Tarek fired rockets, and Hizb Tarek denied it.',
          'Output at Voltra’s plant fell, and Voltra cut prices.',
        ],
        [
          'Critics mourned Prigorin’s death in a crash, and Prigorin’s funeral was quiet. Mourners met Raizan’s family, and Raizan was buried.',
        ],
        ['Buyers like Shieldo’s family plans, and Shieldo is cheap.'],
      ],
      kinds: {
        Gantzer: 'person',
        'Hizb Tarek': 'organisation',
        Voltra: 'organisation',
        Prigorin: 'person',
        Raizan: 'person',
        Shieldo: 'organisation',
      },
    },
    {
      rule: 'an address names a land after a town ("Jabalka, Gaza, was"), a list does not ("Harakat, Iran, and Russia")',
      chapters: [
        [
          'Residents of Jabalka, Gaza, were told to move south. Aid workers said Jabalka had no hospital.',
          'Assad was backed by Kataib Zor, Iran, and Russia.',
        ],
        ['Jabalka was bombed again, and the roads to Jabalka were cut.', 'Leaders of Kataib Zor fled, and Kataib Zor regrouped.'],
      ],
      kinds: { Jabalka: 'place', 'Kataib Zor': 'organisation' },
    },
    {
      rule: 'no person from "X added a trim that…", "X, the chip designer" or "X, a driver training company"; a war’s words before a town make a place',
      chapters: [
        [
          'Rivex added a cheaper trim that starts at $45,000. Cerbrix, the chip designer, filed to list.',
          'Russia retook Sudzhar in March.',
        ],
        ['Trainees of Veldra, a driver training company, passed, and Veldra grew.'],
        [
          'Critics praised Rivex, and Rivex sold out. Investors like Cerbrix, and Cerbrix grew.',
          'Sudzhar lies north of Belgrovka, and troops on the outskirts of Belgrovka dug in.',
        ],
        ['Sudzhar was empty. Belgrovka is a rail hub, and Belgrovka fell.'],
      ],
      kinds: { Rivex: 'organisation', Cerbrix: 'organisation', Veldra: 'organisation', Sudzhar: 'place', Belgrovka: 'place' },
    },
    {
      rule: 'a whole name after "said … was", "told", "according to" is a person’s; "X said it was" is one; a town visited is a place',
      chapters: [
        [
          'Police said Kemi Adebayo was arrested. The offer failed, according to Bohdan Yarem.',
          'Later, Bukar Sako said it was his best night.',
        ],
        ['The minister told Bohdan Yarem that talks were over. Friends of Kemi Adebayo gathered.', 'Fans cheered Bukar Sako.'],
        ['The king visited Southmere on Thursday, and mourners visited Southmere again.', 'Rain fell on Southmere.'],
      ],
      kinds: { 'Kemi Adebayo': 'person', 'Bohdan Yarem': 'person', 'Bukar Sako': 'person', Southmere: 'place' },
    },
    {
      rule: 'no person from "X’s arrest of…", "analysts at X said", "told X", "according to X"; crowds "at" a place; a storm is an event',
      chapters: [
        [
          'Critics condemned Volgan’s arrest of the reporter. Analysts at Jeffords said the deal was fair.',
          'Thousands queued at Heathmoor on Friday.',
        ],
        ['A source told Novex, and Novex ran the story. The plan failed, according to Novex.'],
        [
          'Envoys met Volgan officials, and Volgan denied it. Bankers at Jeffords said little.',
          'The chaos at Heathmoor lasted days. Flights from Heathmoor resumed.',
        ],
        ['Recovery from Storm Babbet took months. Damage from Storm Babbet was vast.'],
      ],
      kinds: { Volgan: 'organisation', Jeffords: 'organisation', Novex: 'organisation', Heathmoor: 'place', 'Storm Babbet': 'event' },
    },
  ];

  it.each(cases)('$rule', ({ chapters, kinds }) => {
    const candidates = discoverCandidates(chapters.map((paragraphs, i) => chapter(`c${i}`, ...paragraphs)));
    const found = Object.fromEntries(Object.keys(kinds).map((name) => [name, find(candidates, name)?.kind]));
    expect(found).toEqual(kinds);
  });
});

describe('chapters not in English', () => {
  it('are passed by: a German chapter capitalises every noun', () => {
    const corpus = [
      chapter('a', 'The Ilsen Harbour Board met on Monday. The Ilsen Harbour Board said the strike was over.'),
      {
        ...chapter(
          'b',
          'Die Hafenverwaltung teilte mit, dass die Nachtschicht bleibt. Die Hafenverwaltung und die Nachtschicht sind wichtig.',
        ),
        language: 'de',
      },
    ];
    const names = discoverCandidates(corpus, { minMentions: 1 }).map((candidate) => candidate.name);
    expect(names).toContain('Ilsen Harbour Board');
    expect(names).not.toContain('Hafenverwaltung');
    expect(names).not.toContain('Nachtschicht');
  });
});

describe('one entity, one topic', () => {
  it('knows a person under a short first name, a middle name, the surname or the first name alone, and another spelling', () => {
    const corpus = [
      chapter(
        'a',
        'The divers, led by Rick Stanton, reached the chamber at dawn. “It was very tight,” Stanton said.',
        'Governor Narongsak Osottanakorn said the pumps were working. Narongsak said the boys were weak.',
      ),
      chapter(
        'b',
        'Richard Stanton, 57, a retired firefighter, went in first. Richard William Stanton was later honoured.',
        'Officials under Narongsak Osatanakorn met at noon. “We have no time,” Osatanakorn said.',
      ),
      chapter('c', 'Rick Stanton returned to Coventry. Narongsak said he was proud.'),
    ];
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    const diver = find(candidates, 'Rick Stanton')!;
    for (const name of ['Richard Stanton', 'Richard William Stanton', 'Stanton']) expect(find(candidates, name), name).toBe(diver);
    expect(diver.merged?.map((m) => m.because).join(' ')).toMatch(/short for/);
    const governor = find(candidates, 'Narongsak Osottanakorn')!;
    for (const name of ['Narongsak', 'Narongsak Osatanakorn', 'Osatanakorn']) expect(find(candidates, name), name).toBe(governor);
  });

  it('knows a first name alone, with nothing said of it, as the one person so named in the same chapters; not a place', () => {
    const corpus = [
      chapter('a', 'Musk met junta leader Gen. Prayoot Chan-ocha at the airport. He said Prayoot encouraged Musk to invest.'),
      chapter('b', 'Rivals of Georgia Vance said she would win. Voters in Georgia cheered, and Georgia voted.'),
      chapter('c', 'Rivals of Tamsin Orr said she was ready.'),
      chapter('d', 'Locals named the ferry Tamsin, and Tamsin sank.'),
    ];
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    expect(find(candidates, 'Prayoot')).toBe(find(candidates, 'Prayoot Chan-ocha'));
    expect(find(candidates, 'Georgia')).not.toBe(find(candidates, 'Georgia Vance'));
    expect(find(candidates, 'Tamsin')).not.toBe(find(candidates, 'Tamsin Orr'));
  });

  it('takes a name with and without its demonym, a cave with and without the word, and a transliterated name inside its long form', () => {
    const corpus = [
      chapter('a', 'Divers from the Thai Navy SEALs went in. The Navy SEALs posted photos from Tham Luang Cave.'),
      chapter(
        'b',
        'The Navy SEALs said the water was rising in Tham Luang. Thai Navy SEALs brought oxygen.',
        'The full name is Tham Luang Nang Non, and maps show Luang Nang Non Cave.',
      ),
      chapter('c', 'Tourists visit Hong Kong and Hong Kong Disneyland, and the New York Times wrote about New York.'),
    ];
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    expect(find(candidates, 'Navy SEALs')).toBe(find(candidates, 'Thai Navy SEALs'));
    const cave = find(candidates, 'Tham Luang')!;
    for (const name of ['Tham Luang Cave', 'Tham Luang Nang Non', 'Luang Nang Non Cave']) expect(find(candidates, name), name).toBe(cave);
    // English words make a longer name another thing: a newspaper, a park.
    for (const [longer, shorter] of [
      ['New York Times', 'New York'],
      ['Hong Kong Disneyland', 'Hong Kong'],
    ] as const) {
      expect(find(candidates, longer), longer).toBeDefined();
      expect(find(candidates, longer)).not.toBe(find(candidates, shorter));
    }
  });

  it('proposes the descriptions the chapters use for the one entity that fits, with the evidence', () => {
    const corpus = [
      chapter(
        'a',
        'The US-led coalition bombed the bridge. The coalition said it regretted the deaths.',
        'Kurdish Peshmerga units held the ridge while Kurdish forces moved south.',
      ),
      chapter(
        'b',
        'A spokesman for the coalition declined to comment. The US-led coalition has 60 members.',
        'Officers of the Kurdish Peshmerga reported that Kurdish fighters had taken the village.',
        'The U.S.-backed campaign stalled; the campaign resumed in spring.',
      ),
    ];
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    const coalition = find(candidates, 'US-led coalition')!;
    expect(coalition.aliases).toContain('the coalition');
    expect(coalition.merged?.find((m) => m.name === 'the coalition')?.because).toMatch(/only coalition the chapters name with a backer/);
    const peshmerga = find(candidates, 'Kurdish Peshmerga')!;
    expect(peshmerga.aliases).toEqual(expect.arrayContaining(['Kurdish forces', 'Kurdish fighters']));
    expect(peshmerga.name).toBe('Kurdish Peshmerga');
    // "the campaign" is any undertaking: no alias.
    expect(names(candidates)).not.toContain('the campaign');
    // Two Kurdish organisations: "Kurdish forces" could be either, so neither gets it.
    const two = discoverCandidates(
      [...corpus, chapter('c', 'The Kurdish Workers Party denied it. The Kurdish Workers Party has fighters in the hills.')],
      { minMentions: 1 },
    );
    expect(names(two)).not.toContain('Kurdish forces');
  });

  it('merges a recurring term with its initials, and keeps a term in the lower case the text writes it in', () => {
    const corpus = [
      chapter(
        'a',
        'Apps now use artificial intelligence for everything. The AI suggests a lesson; artificial intelligence grades it.',
        'Daily cardio helps: cardio before breakfast, cardio after work.',
      ),
      chapter(
        'b',
        'Critics say artificial intelligence makes mistakes, and AI tutors cannot listen.',
        'Your Cardio Plan',
        'Most people skip cardio, but cardio matters.',
      ),
    ];
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    expect(find(candidates, 'AI')).toBe(find(candidates, 'artificial intelligence'));
    const cardio = find(candidates, 'cardio')!;
    expect(cardio.name).toBe('cardio');
    expect(cardio.kind).toBe('idea');
  });

  it('merges no acronym into what only looks like its words', () => {
    const corpus = [
      chapter(
        'a',
        'In April I’ve tested VPN tools from the United States (US) and paid in USD.',
        'The app offers their VPN called Mentor Bot, and VPN help. Prices in USD rose in the US.',
      ),
      chapter('b', 'Mentor Bot answers questions. A VPN is common in the United States, where USD prices apply.'),
    ];
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    const bot = find(candidates, 'Mentor Bot')!;
    expect([bot.name, ...bot.aliases]).not.toContain('VPN');
    expect(find(candidates, 'VPN')).toBeDefined();
    expect(names(candidates)).not.toContain('April I’ve');
    const us = find(candidates, 'United States')!;
    expect([us.name, ...us.aliases]).not.toContain('USD');
  });

  it('merges dotted and undotted acronyms, apostrophes and a leading "al-"', () => {
    const corpus = [
      chapter(
        'a',
        'U.S. officials met Shi’ite leaders in Mosul. Al-Baghdadi was not seen.',
        'The US envoy said Shiite militias would stay out of Mosul.',
      ),
      chapter('b', "Baghdadi, the leader, spoke once. Shi'ite parties in Mosul disagreed with U.S. envoys, and al-Baghdadi stayed silent."),
    ];
    const candidates = discoverCandidates(corpus);
    expect(find(candidates, 'US')).toBe(find(candidates, 'U.S.'));
    expect(find(candidates, 'Al-Baghdadi')).toBe(find(candidates, 'Baghdadi'));
    expect(formKey('Shi’ite')).toBe(formKey("Shi'ite"));
  });

  it('takes the editor’s alias list for names nothing in the text ties together (Daesh is Islamic State)', () => {
    const corpus = [
      chapter(
        'a',
        'Fighters of the Islamic State held the town. Local people call the group Daesh.',
        'Daesh fighters left at night, and Islamic State flags came down.',
      ),
      chapter('b', 'The Islamic State lost the city. Daesh, residents said, had mined the roads.'),
    ];
    expect(find(discoverCandidates(corpus), 'Daesh')).not.toBe(find(discoverCandidates(corpus), 'Islamic State'));
    const merged = discoverCandidates(corpus, { sameAs: [['Islamic State', 'Daesh']] });
    const topic = find(merged, 'Islamic State')!;
    expect(find(merged, 'Daesh')).toBe(topic);
    expect(topic.merged).toContainEqual(expect.objectContaining({ name: 'Daesh', because: expect.stringMatching(/alias list/) }));
  });

  it('merges no two words that only share a short skeleton, nor an acronym into a person whose photo credit ends with it', () => {
    const corpus = [
      chapter(
        'a',
        'Ambassador Ben Patton met officials in Syria. Patton said the talks went well.',
        'Apple said Siri would answer in Arabic. Soraya Hadid, a teacher, said Siri rarely did.',
        'Sales at Toyota rose on Tue. Analysts at Toyota said TI chips were scarce.',
      ),
      chapter(
        'b',
        'President Vladimir Putin spoke in Moscow. Putin said Syria would rebuild.',
        'Europe lagged. Europe and Syria signed a pact.',
        'Photographs by Timothy Weeks AP. The AP reported the pact, as the Associated Press (AP) said.',
      ),
      chapter('c', 'Namun the ferry was late, Adam Neumann wrote; Neumann blamed the weather in Europe.'),
    ];
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    const apart: Array<[string, string]> = [
      ['Patton', 'Putin'],
      ['Syria', 'Siri'],
      ['Siri', 'Soraya Hadid'],
      ['Toyota', 'Tue'],
      ['Toyota', 'TI'],
      ['AP', 'Timothy Weeks AP'],
    ];
    for (const [a, b] of apart) {
      expect(find(candidates, a), a).toBeDefined();
      expect(find(candidates, a), `${a} / ${b}`).not.toBe(find(candidates, b));
    }
    expect(names(candidates.filter((c) => c === find(candidates, 'Neumann')))).not.toContain('Namun');
    expect(find(candidates, 'Putin')).toBe(find(candidates, 'Vladimir Putin'));
    expect(find(candidates, 'Patton')).toBe(find(candidates, 'Ben Patton'));
    expect(find(candidates, 'AP')).toBe(find(candidates, 'Associated Press'));
    expect(find(candidates, 'Neumann')).toBe(find(candidates, 'Adam Neumann'));
  });

  it('keeps two people apart whose surnames share their consonants, and a person from a place spelled alike', () => {
    const corpus = [
      chapter(
        'a',
        'Defensive end Cam Heyward said the line held. Heyward had two sacks.',
        'Christopher Steele wrote the dossier. Steele declined to comment.',
      ),
      chapter(
        'b',
        'Kelli Howard, a nurse, said the clinic was full. Howard said it every winter.',
        'Flights to Seattle were cancelled, and Seattle schools closed.',
      ),
    ];
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    expect(find(candidates, 'Cam Heyward')).toBeDefined();
    expect(find(candidates, 'Cam Heyward')).not.toBe(find(candidates, 'Kelli Howard'));
    expect(find(candidates, 'Seattle')).toBeDefined();
    expect(find(candidates, 'Seattle')).not.toBe(find(candidates, 'Christopher Steele'));
  });

  it('takes a bare surname for the one person so named only where it stands beside the full name, or is said of a person', () => {
    const corpus = [
      chapter('a', 'Bruno Mars sold out the arena. Fans said Mars sang for two hours.'),
      chapter('b', 'Water vapour rose from Mars, the probe found. Mars has two moons, and Mars is cold.'),
      chapter('c', 'A rover will land on Mars in 2030.'),
      chapter('d', 'Senator Ilse Dorn spoke first.'),
      chapter('e', 'Dorn said the vote was close.'),
    ];
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    expect(find(candidates, 'Bruno Mars')).toBeDefined();
    expect(find(candidates, 'Mars')).not.toBe(find(candidates, 'Bruno Mars'));
    expect(find(candidates, 'Dorn')).toBe(find(candidates, 'Ilse Dorn'));
  });

  it('keeps a place apart from a phrase "X of Y" that begins with it, and an acronym from a name two letters short of it', () => {
    const corpus = [
      chapter(
        'a',
        'The annexation by Russia of Crimea was condemned. Russia denied it, and Russia of Crimea was never a name.',
        'Editors of Nature Astronomy said NASA had confirmed the plumes; Nature Astronomy published the paper.',
      ),
      chapter('b', 'Russia sent ships. NASA scientists and Nature Astronomy reviewers agreed, NASA said.'),
    ];
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    expect(find(candidates, 'Russia')).not.toBe(find(candidates, 'Russia of Crimea'));
    expect(find(candidates, 'NASA')).not.toBe(find(candidates, 'Nature Astronomy'));
  });

  it('says who two spellings are by their consonants, not "Baghdad" for "Baghdadi"', () => {
    expect(skeleton('qaraqosh')).toBe(skeleton('qaraqush'));
    expect(skeleton('narongsak osottanakorn')).toBe(skeleton('narongsak osotthanakorn'));
    expect(skeleton('baghdad')).not.toBe(skeleton('baghdadi'));
    // Their vowels agree too; a short skeleton alone is shared by unrelated words.
    const corpus = [
      chapter('a', 'Troops entered Qaraqosh at dawn. Families fled Qaraqosh and Mosul.'),
      chapter('b', 'Churches in Qaraqush were burned. Residents of Qaraqush returned.'),
    ];
    const candidates = discoverCandidates(corpus, { minMentions: 1 });
    expect(find(candidates, 'Qaraqush')).toBe(find(candidates, 'Qaraqosh'));
  });

  it('splits the titles off a name and keeps them as the role', () => {
    expect(splitTitles(['U.S.', 'Army', 'Lieut.', 'Colonel', 'James', 'Browning'])).toEqual({
      before: ['U.S.', 'Army'],
      role: 'Lieut. Colonel',
      name: ['James', 'Browning'],
      titled: true,
    });
    expect(splitTitles(['Mr', 'Volanthen'])).toEqual({ before: [], name: ['Volanthen'], titled: true });
  });

  it('merges with one union-find: a chain of evidence ends in one group', () => {
    const extraction = extractEvidence([
      chapter(
        'a',
        'The Northern Defence Force (NDF) and the NDF-led coalition advanced; the international coalition followed. Northern Defence Forces held the ridge.',
      ),
    ]);
    const groups = mergeForms(extraction);
    const group = groups.find((g) => g.forms.some((f) => f.form === 'NDF'))!;
    expect(group.forms.map((f) => f.form)).toEqual(expect.arrayContaining(['NDF', 'Northern Defence Force']));
  });
});
