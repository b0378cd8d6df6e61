/**
 * Discovery, step 1 of 3: what the chapters name. One pass over every
 * sentence, linear in the length of the corpus, gathering evidence per form:
 * capitalised names (with the titles before them kept as a role), acronyms and
 * their written-out forms, "X-led coalition" names, quoted terms, and recurring
 * lower-case terms ("human shields"). Nothing is judged here beyond what one
 * sentence shows; `merge.ts` groups forms and `rank.ts` decides.
 */
import {
  everydayRank,
  isAdjective,
  isCommonWord,
  isCountry,
  isDemonym,
  isNoun,
  isNounPhrase,
  isOrdinaryWord,
  isPersonNoun,
  isRegion,
  isStopword,
  isUnknownWord,
  knownAs,
  knownKind,
  posTags,
  usuallyNoun,
} from './lexicon.ts';

export interface CorpusChapter {
  slug: string;
  paragraphs: string[];
  /** Set when the chapter is not in English (ingest's `language`): discovery reads English, and passes it by. */
  language?: string;
}

export type Source = 'name' | 'acronym' | 'idea';

export interface FormEvidence {
  form: string;
  source: Source;
  /** Times extraction saw it (the matcher counts mentions later). */
  seen: number;
  chapters: Set<string>;
  /** Times it stood inside a sentence, not as its first words. */
  midSentence: number;
  /** Titles written before a person's name: "Lieut. Colonel" → 2. */
  roles: Map<string, number>;
  /** Sentences that show what it is: quoted as speaking, introduced with an age, preceded by "in". */
  person: number;
  place: number;
  /** Times it spoke of itself as "it", as a body does: "Qualcomm said it would cut jobs". */
  spokeAsBody: number;
  /** Times visited: a place's evidence unless a person's is seen ("visited Pokrovsk"; "neighbours visit Qasim, a baker"). */
  visited: number;
  /** Times written "the X": an organisation or a landmark, rarely a person. */
  the: number;
  quoted: number;
  /** Times counted as a common noun is: in the plural ("VPNs") or after "a"/"an" as a word on its own ("a VPN is…"). */
  counted: number;
}

/** Two forms the text itself says are one: "Islamic State (IS)", "Daesh, also known as…". */
export interface Equivalence {
  a: string;
  b: string;
  because: string;
}

export interface Extraction {
  forms: Map<string, FormEvidence>;
  equivalences: Equivalence[];
  /** Per acronym, the keys of the names written in the same chapters: an acronym is only merged with a name it stands beside. */
  together: Map<string, Set<string>>;
  /** Pairs of words seen in lower case: "free trial" written so shows "Free Trial" is a heading, not a name. */
  lowercasePairs: ReadonlySet<string>;
  /** Lower-case words seen inside sentences: a capitalised one that is also here is an ordinary word. */
  lowercase: Set<string>;
}

export const TITLES = [
  'President',
  'Vice President',
  'Prime Minister',
  'Lieutenant General',
  'Lieutenant Colonel',
  'Major General',
  'Brigadier General',
  'Lieut.',
  'Lieutenant',
  'Lt.',
  'General',
  'Gen.',
  'Colonel',
  'Col.',
  'Major',
  'Maj.',
  'Captain',
  'Capt.',
  'Sergeant',
  'Sgt.',
  'Sgt',
  'Corporal',
  'Cpl.',
  'Commander',
  'Admiral',
  'Dr.',
  'Dr',
  'Mr.',
  'Mr',
  'Mrs.',
  'Mrs',
  'Ms.',
  'Ms',
  'Prof.',
  'Professor',
  'Senator',
  'Sen.',
  'Rep.',
  'Governor',
  'Gov.',
  'Mayor',
  'Councillor',
  'Councilman',
  'Councilwoman',
  'Alderman',
  'Chancellor',
  'Archbishop',
  'Bishop',
  'Rabbi',
  'Reverend',
  'Rev.',
  'Sheriff',
  'Detective',
  'Inspector',
  'Superintendent',
  'Constable',
  'Minister',
  'Secretary',
  'Ambassador',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Sheikh',
  'Ayatollah',
  'Imam',
  'Pope',
  'Judge',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
];
const TITLE_WORDS = new Set(TITLES.flatMap((title) => title.split(' ')));
/** Titles that only address a person, and so are no role worth keeping. */
const COURTESY = /^(Mr|Mrs|Ms|Sir|Dame)\.?$/;
const CONNECTORS = new Set([
  'of',
  'the',
  'for',
  'and',
  'al',
  'de',
  'del',
  'da',
  'bin',
  'ibn',
  'abu',
  'von',
  'van',
  'la',
  'le',
  'el',
  'du',
  'des',
  'on',
]);
// What ends a company's name after a comma ("Tyvak Nano-Satellite Systems, Inc."): a legal form, no name of its own.
const COMPANY_DESIGNATOR = /^(?:Inc|INC|Ltd|LTD|LLC|PLC|Plc|Corp|CORP|GmbH|Pty|PTY)$/;
const MONTHS_AND_DAYS =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
/** The second half of "US-led", "Iranian-backed": the adjective made from a name. */
const LED =
  /^(.+?)-(led|backed|based|funded|run|controlled|allied|trained|held|linked|supported|sponsored|aligned|dominated|powered|owned|made)$/u;
/** What an "X-led" adjective can lead that is a name of its own: "US-led coalition", not "NDF-led offensive". */
const GROUP_NOUN = /^(coalition|alliance|forces|force|militias?|troops|government|administration|army|rebels|fighters|groups?|campaign)$/;
/** "Surfshark’s plan", "Raqqa's": what follows is what the name has. */
const isPossessive = (after: string) => /^['’]s\b/u.test(after);
// "…,” said Smith", "says Smith, who", "told Smith", "according to Smith"; "added", "asked", "wrote" only where they report
// speech (", added Colonel X"), not in "we added Bitdefender".
const SPEECH_BEFORE = /(?:\b(?:says|said|told|according to)|[,”"]\s*(?:asked|added|explained|recalled|wrote))\s*$/u;
/**
 * A speaker or a listener after the verb: "…,” said Stanton.", "according to Bohdan Yaremchuk". A single word
 * there may be a body or a town ("told Reuters", "officials said Kupiansk was shelled"): a whole name is a person's
 * ("police said Kemi Adeyemi was arrested"); a single word only where it ends the attribution ("said Stanton.").
 */
function speakerBefore(ahead: string, after: string, form: string): boolean {
  // "says Maxi Moving's Vice President": the speaker is the one the name has.
  if (!SPEECH_BEFORE.test(ahead) || isPossessive(after)) return false;
  if (form.includes(' ')) return true;
  if (/\b(?:told|according to)\s*$/u.test(ahead)) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  return !(next && /^(?:VB|MD)/.test(posTags(next)[0] ?? ''));
}
/** Nouns for what a firm is as readily as a person ("chip maker AMD", "the grid operator Ukrenergo"): no evidence either way. */
const FIRM_OR_PERSON =
  /^(?:maker|developer|partner|producer|provider|supplier|owner|operator|host|employer|dealer|broker|trader|builder|carrier|insurer|lender|retailer|manufacturer|publisher|distributor|contractor|vendor|winner|sponsor|designer|investor|backer|client|customer|user|member|rival|competitor|seller|buyer|forebear|predecessor|successor|ally|enemy|affiliate|parent)$/;
const isNounForAPerson = (word: string) => isPersonNoun(word) && !FIRM_OR_PERSON.test(word);
/** "author Dorie Clark", "composer Arnold Dreyblatt": a lower-case noun for what a person does, right before the name. */
function personNounBefore(ahead: string): boolean {
  const noun = /(?<![\p{L}-])(\p{Ll}+)\s+$/u.exec(ahead)?.[1];
  return noun !== undefined && isNounForAPerson(noun);
}
/**
 * "Rosalía’s fourth album", "Lacerda’s long-time collaborator", "Hamdan’s brother commands": what only a
 * person has (a town has children and a voice too; "X’s wife plans" is not a wife plan; "X’s family business" no family).
 */
const PERSONAL_BELONGING =
  /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(albums?|vocals|lyrics|career|wife|husband|sons?|daughters?|mother|father|brother|sister|widow|parents|family|collaborators?|biography|memoir|novels?|poems?|death|funeral|assassination|arrest|resignation)\b(?:\s+(\p{Ll}+))?/u;
function personalBelonging(after: string): boolean {
  const match = PERSONAL_BELONGING.exec(after);
  if (match === null) return false;
  const [, belonging, next] = match;
  if (!next) return true;
  // "X’s wife plans", "X’s brother commands": the kin act; "X’s family plans", "X’s family business": a firm's offer.
  // "the Kremlin’s arrest of the reporter", "Mossad’s assassination of…": a body's act, done to someone else.
  if (next === 'of' && /^(?:arrest|assassination)$/.test(belonging!)) return false;
  const tags = posTags(next);
  return belonging === 'family' ? !tags.some((tag) => tag.startsWith('NN')) : !tags.every((tag) => tag.startsWith('NN'));
}
/**
 * "Jamal al-Rashid, 44, a baker", "Qasim, a retired firefighter", "Dreyblatt came up as a composer": described
 * by what a person does (not "Reuters, the news agency"; not "the Leaf was a pioneer", which a product can be).
 */
function describedAsPerson(after: string): boolean {
  const words = /^(?:,\s+(?:\d{1,3},\s+)?|\s+(?:became|came up as|started out as|started as)\s+)(?:an?|the)((?:\s+[\p{Ll}-]+){1,3})/u.exec(
    after,
  )?.[1];
  const head = words && headNoun(words.trim().split(/\s+/));
  return head !== undefined && isNounForAPerson(head);
}
/** The noun a phrase is about, past the words describing it: "retired firefighter", "chip designer", "baker who…". */
function headNoun(words: readonly string[]): string | undefined {
  let head: string | undefined;
  for (const word of words) {
    const tag = posTags(word)[0] ?? '';
    if (/^NN/.test(tag)) head = word;
    else if (head || !/^(?:JJ|VBN|VBG|RB)/.test(tag)) break;
  }
  return head;
}
/**
 * "Meta said it would cut jobs", "Hamas said it had accepted": a body speaks of itself as "it" ("Saka said it was" is a
 * person). Not the "it" of the weather or of a state of things: "said it would rain", "said it had been a hard year",
 * "said it would take two years" (but "said it would be cutting jobs" is a body's).
 */
const BODY_SAID =
  /^\s+said\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?it\s+(?:would|will|had|has|plans|planned|intends|expects|is planning|was planning)\b(?!\s+(?:(?:always|also|never|not|still|now)\s+)?(?:(?:be|been)(?!\s+\p{L}+ing\b)|take|taken|rain|seem|seemed|feel|felt|go|get|got)\b)/u;
/**
 * The speaker before the verb: "Stanton said", "Narongsak, who". Not a body ("the Houthis, who", "the Pentagon said",
 * "Hamas said it would"), nor the place or firm of the one who speaks ("analysts at Jefferies said").
 */
function speakerAfter(ahead: string, after: string, the: boolean, spokeAsBody: boolean): boolean {
  return SPEECH_AFTER.test(after) && !the && !spokeAsBody && !/\b(?:at|of|for|from|with)\s+$/u.test(ahead);
}
// "Hoka added winglets", "Rivian added a trim that…": "added" before its object is no speech; "X added that…", "X added in a
// statement that…", "X added:" is.
const SPEECH_AFTER =
  /^\s*(?:,\s*\d{1,3},|,\s+who\s|\s+(?:says|said|told|explained|recalled|wrote|asked)\b|\s+added(?:[,.:]|(?:\s+(?:in|on|at|during|after|later|also|separately)\b(?:\s+[\p{L}’'-]+){0,4}?)?\s+that\b|\s*$))/u;
// "In Raqqa, …" opens a sentence with a place; "At NBC Select, we…" opens one with a firm's voice.
const PLACE_BEFORE = /\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Ii]nside|[Aa]cross|[Ff]rom|[Ii]nto|[Aa]round|[Tt]owards?|at)\s+(?:the\s+)?$/u;
/** Travel ends at a place: "heading to Tucson", "a trip to Sedona", "the town of Taos". */
const TRAVEL_BEFORE =
  /\b(?:head(?:s|ed|ing)?|driv(?:e|es|ing)|drove|travel(?:s|l?ed|l?ing)?|fl(?:y|ies|ying|ew)|trips?|journey|way|off|sail(?:s|ed|ing)?|march(?:es|ed|ing)?|advanc(?:e|es|ed|ing)|fle(?:e|es|d|eing)|return(?:s|ed|ing)?)\s+to\s+(?:the\s+)?$|\b(?:nearby|(?:city|town|village|province|county|state|island|port) of)\s+(?:the\s+)?$/u;
/**
 * Where only a place stands: "north of Donetsk", "the outskirts of Kherson", "the siege of Mariupol", "the battle for
 * Bakhmut", "troops captured Kupiansk" (not "the fall of": rulers fall too; "captured Hamas fighters" is a thing, below).
 */
const PLACE_OF =
  /\b(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|outskirts\s+of|siege\s+of|battle\s+(?:of|for)|(?:re)?captured|retook|seized|stormed|overran|liberated|besieged|shelled|encircled)\s+(?:the\s+)?$/iu;
/** Parts only a town or a land has, after its possessive: "in Raqqa’s old city", "Rafah’s western neighbourhoods" (not "Gantz’s camp", "Tesla’s plant"). */
const TOWN_PARTS =
  'city|old|downtown|centre|center|outskirts|suburbs?|streets?|neighbou?rhoods?|districts?|quarters?|countryside|residents|provinces?|governorate|airport';
const PLACE_PARTS = new RegExp(`^(?:${TOWN_PARTS})$`);
/** Nouns a place's name describes: its parts, and "in Nineveh province", "near Kherson station", "the Gaza border". */
const PLACE_NOUNS = new RegExp(
  `^(?:${TOWN_PARTS}|cities|towns?|villages?|areas?|region|county|state|valley|camps?|border|station|port|plant|front|frontline)$`,
);
/**
 * The place words before a name ("in Mosul", "heading to Tucson", "in war-torn Mosul", "in Raqqa’s old city"),
 * unless the name describes a thing after it ("in Altra trail shoes", "in Surfshark’s plan", "in the
 * Speedcross 6") or the words are people at their employer ("researchers at Construction Coverage").
 */
function placeAhead(ahead: string, after: string): boolean {
  // What the name has: a place's part ("in Raqqa’s old city") or a thing ("in Surfshark’s premium plan").
  const had = /^['’]s((?:\s+[\p{Ll}-]+){1,3})/u.exec(after);
  if (had) {
    if (
      !had[1]!
        .trim()
        .split(/\s+/)
        .some((word) => PLACE_PARTS.test(word))
    )
      return false;
  } else if (isPossessive(after)) return false;
  // What the name describes, past names joined to it ("in Altra and Topo shoes"): a model's number, a thing.
  const thing = had ? undefined : /^(?:\s+(?:and|or|&)\s+\p{Lu}[\p{L}-]*)?\s+(\p{Ll}+|\d+)\b/u.exec(after)?.[1];
  if (thing && /^\d{1,3}$/.test(thing)) return false;
  if (thing && !/ing$/.test(thing) && usuallyNoun(thing) && !PLACE_NOUNS.test(thing)) return false;
  // "in picturesque Monterey", "in war-torn Mosul": an adjective may stand between.
  const describing = /(?<=\s)[\p{Ll}-]+\s+$/u.exec(ahead);
  const before = describing && /^JJ/.test(posTags(describing[0].trim())[0] ?? '') ? [ahead, ahead.slice(0, describing.index)] : [ahead];
  if (before.some((words) => TRAVEL_BEFORE.test(words) || PLACE_OF.test(words))) return true;
  if (!before.some((words) => PLACE_BEFORE.test(words))) return false;
  // "invest $5 billion in Rivian", "a stake in Cerebras": money goes into firms.
  if (/\b(?:invest(?:s|ed|ing|ments?|ors?)?|stakes?|shares|holdings?)\b(?:\s+\S+){0,3}\s+in\s+(?:the\s+)?$/u.test(ahead)) return false;
  // "a strike at Kramatorsk", "queued at Heathrow"; not people or a firm's fortunes at their firm ("researchers at
  // Construction Coverage", "job cuts at Northvolt", "on sale at REI").
  const beforeAt = /(\p{L}+)\s+at\s+(?:the\s+)?$/u.exec(ahead)?.[1]?.toLowerCase();
  return !(beforeAt && (isPersonNoun(beforeAt) || AT_A_FIRM.test(beforeAt)));
}
const AT_A_FIRM =
  /^(?:team|staff|crew|folks|cuts|layoffs|jobs|crisis|turmoil|shake-?up|changes|troubles|problems|sale|sales|available|buy|bought|prices|deals|discounts|shopping|shop|work|worked|works|working|job|career|internship|executives)$/;
const CLAUSE_END = /^(?:[,.;:!?)]|\s*$)/u;
/** The US Postal Service's codes for states and the capital, as addresses write them after a town: "Norwalk, CT". */
const US_STATE_CODES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(
    ' ',
  ),
);
const isStateCode = (word: string) => US_STATE_CODES.has(word.replace(/\./g, ''));
const isRegionName = (word: string | undefined) => word !== undefined && (isRegion(word) || isStateCode(word));
/**
 * A town written the way addresses write one, with the state or land it lies in: "Sedona, Arizona", "Norwalk, CT",
 * "Jabalia, Gaza, was"; and the state code itself. Not "Hamas in Gaza", nor a list: "Hamas, Iran and Russia".
 */
function inARegion(form: string, ahead: string, after: string): boolean {
  const address = /^,\s+(\p{Lu}[\p{L}.]*(?: \p{Lu}\p{L}+)?)(?:(?=[.;:!?)]|\s*$)|,\s+(\p{L}+))/u.exec(after);
  const land = address?.[1]?.replace(/\.$/, '');
  if (land !== undefined && land !== form && !/,\s*$/.test(ahead)) {
    // After a second comma, a list goes on ("Hamas, Iran, and Russia"); an address is done ("Jabalia, Gaza, was").
    const goesOn = address![2] !== undefined && (/^\p{Lu}/u.test(address![2]) || /^(?:and|or)$/.test(address![2]));
    if (!goesOn && (isRegionName(land) || knownAs(land) === 'place')) return true;
  }
  return isStateCode(form) && /\p{Lu}\p{L}+,\s+$/u.test(ahead) && CLAUSE_END.test(after);
}
// A word of a name, or an abbreviation in one ("St. Helens"), and no sentence's full stop: "…and Denver. Tavrel grew".
const LIST_WORD = String.raw`\p{Lu}(?:\p{Ll}{0,2}\.|[\p{L}'’-]*)`;
const LIST_NAME = String.raw`(?:the\s+)?${LIST_WORD}(?:\s+${LIST_WORD})*`;
const LISTED_BEFORE = new RegExp(String.raw`(?:^|[\s,])(${LIST_NAME})(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$`, 'u');
const LISTED_AFTER = new RegExp(String.raw`^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(${LIST_NAME})`, 'u');
/** The names listed with this one: "Scottsdale" and "the Grand Canyon" in "Explore Scottsdale, Sedona, the Grand Canyon…". */
function listedWith(ahead: string, after: string): string[] {
  const names: string[] = [];
  for (let rest = ahead, m = LISTED_BEFORE.exec(rest); m; m = LISTED_BEFORE.exec(rest)) {
    names.push(m[1]!);
    rest = rest.slice(0, m.index);
  }
  for (let rest = after, m = LISTED_AFTER.exec(rest); m; m = LISTED_AFTER.exec(rest)) {
    names.push(m[1]!);
    rest = rest.slice(m[0].length);
  }
  return names;
}
/**
 * "Boston", "Coastal Maine", "North Conway", "Lake Powell", "the Grand Canyon": a town or a landmark by its name alone. Not
 * a country: lists of countries take in their groups and firms ("sanctions on Russia, Iran, North Korea and Wagner").
 */
function townByName(name: string): boolean {
  const country = isCountry(name) || isCountry(name.split(' ').pop()!);
  return (knownKind(name) === 'place' && !country) || namedAsPlace(name);
}
export const PLACE_WORDS =
  /\b(City|River|Mosque|Church|Cathedral|Temple|Street|Square|Province|Governorate|Valley|Mountains?|Bridge|Hospital|Airport|Desert|Sea|Gulf|Border|Cave|Caves|Island|Islands|County|District|Park|Beach|Lake|Dam|Palace|Camp|Base|Canyon|Cemetery|Mall|Aquarium|Museum|Zoo|Monument|Harbou?r|Bay|Coast|Peninsula|Falls|Springs|Forest|Plaza)\b/;
// "Port Ilsen", "Lake Chad", "Mount Sinjar": a place word that leads the name.
const LEADING_PLACE_WORDS =
  /^(Port|Lake|Mount|Fort|Cape|Camp|Saint|St\.|North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|New|Old)\s+\p{Lu}/u;
/** A name that says it is a place's: "Bryce Canyon National Park", "Lake Powell", "west Mosul". */
export const namedAsPlace = (name: string): boolean =>
  PLACE_WORDS.test(name) || LEADING_PLACE_WORDS.test(name) || /^(east|west|north|south) \p{Lu}/u.test(name);
/**
 * A name in a list of towns is a place: "Explore Scottsdale, Sedona, the Grand Canyon and Lake Powell". Three towns
 * the list names by themselves at least, and most of it, since a short list mixes kinds. Not what a name has:
 * "Lviv and Zelensky’s office".
 */
function listedAmongPlaces(sentence: string, start: number, after: string): boolean {
  if (isPossessive(after)) return false;
  // Most names stand in no list: a look at the words either side spares reading one.
  if (!/(?:,|\band|\bor)\s*$/u.test(sentence.slice(Math.max(0, start - 8), start)) && !/^(?:,|\s+(?:and|or)\s)/u.test(after)) return false;
  const ahead = sentence.slice(Math.max(0, start - LIST_LOOK_BEHIND), start);
  const others = listedWith(ahead, after.slice(0, LIST_LOOK_BEHIND));
  // "Discover Boston, …": a verb in the imperative leads the list, not a name.
  const bare = others.map((name) =>
    name
      .replace(/^the\s+/u, '')
      .replace(/^(\p{Lu}\p{Ll}+)\s+(?=\p{Lu})/u, (verb, word: string) =>
        (posTags(word.toLowerCase())[0] ?? '').startsWith('VB') ? '' : verb,
      ),
  );
  const places = bare.filter(townByName).length;
  return places >= 3 && places * 2 > others.length;
}
/** How far a list is read either side of a name: some eight names. */
const LIST_LOOK_BEHIND = 160;
/** "a VPN is", "a VPN.": an acronym counted like a common noun, not describing a noun ("an FBI agent", "a PKK or YPG target"). */
function countedAt(ahead: string, after: string): boolean {
  if (!/\b[Aa]n?\s+$/u.test(ahead)) return false;
  const next = /^\s+(\p{L}+)/u.exec(after)?.[1];
  return next ? isStopword(next) && !/^(?:and|or|nor)$/i.test(next) : CLAUSE_END.test(after);
}

const namesAPlace = (word: string) => knownAs(word) === 'place' || isDemonym(word);

/** Abbreviations that lead a place's name: "St. Simons Island", "Mt. Hood", "Ft. Worth". */
const PLACE_ABBREVIATIONS = /^(St|Ste|Mt|Ft)\.$/;
const stripEdges = (word: string) => word.replace(/^[“"‘'([]+/u, '').replace(/[”"’'),;:!?\]]+$/u, '');
const isInitial = (bare: string) => /^\p{Lu}\.$/u.test(bare);
const isDotted = (bare: string) => /^(?:\p{Lu}\.){2,}$/u.test(bare);
const isAcronym = (bare: string) => /^\p{Lu}{2,6}$/u.test(bare) || isDotted(bare);
/** A person's name by its shape: a known first name, or an Arabic name's "Abu", "bin", "al-" before its last word. */
export function looksLikePersonName(key: string): boolean {
  const words = key.split(' ');
  return words.length > 1 && (knownAs(words[0]!) === 'first-name' || / (abu|bin|ibn|bint|umm|al) \S+$/.test(` ${key}`));
}
// (A plural's possessive, "Miners'", is kept only inside a name: see `tokens`.)
const isCapitalised = (bare: string) =>
  /^\p{Lu}[\p{L}’'-]*(?:\p{L}|s['’])$|^\p{Lu}$/u.test(bare) && !/^\p{Lu}+s?$/u.test(bare.replace(/[’'-]/g, ''));

/** How far back the words before a name are read: a few words, so a long paragraph costs no more per name. */
const LOOK_BEHIND = 48;
/** Where a word ends without its punctuation or possessive: what follows a name starts there. */
const bareEnd = (token: Token) => token.start + Math.max(0, token.word.indexOf(token.bare)) + token.bare.length;
/** The words just before a name that starts at `first`, and all after its `last` word: where the evidence of its kind is. */
const surroundings = (sentence: string, first: Token, last: Token) => ({
  ahead: sentence.slice(Math.max(0, first.start - LOOK_BEHIND), first.start),
  after: sentence.slice(bareEnd(last)),
});

interface Token {
  word: string;
  /** Without surrounding quotes and punctuation, and without a possessive. */
  bare: string;
  start: number;
  end: number;
  /** Punctuation or a possessive ends any name this word is part of. */
  closes: boolean;
  /** The first word of a sentence, where every word is capitalised. */
  opens: boolean;
}

const INSTITUTION_AFTER_POSSESSIVE =
  /^\s+(?:Institute|Institution|Union|Party|Association|Federation|Council|League|Club|Guild|Society|Fund|Affairs|Rights|Day|Hall|Hospital|College|School|Home|Alliance|Front|Movement|Congress|Trust|Memorial|Compensation|Cooperative|Co-operative)\b/u;

/** A paragraph's words. Sentences are told apart here, not by a splitter, so "Dustin A. Lewis" stays one name. */
function tokens(paragraph: string): Token[] {
  const out: Token[] = [];
  for (const match of paragraph.matchAll(/\S+/gu)) {
    const word = match[0];
    let bare = stripEdges(word);
    // "Miners' Institute", "Veterans' Affairs", "Workers' Party": a plural noun's possessive before the word an
    // institution is named with is inside the name (not "the Browns' Myles Garrett", "Americans' Medicare").
    const pluralPossessive =
      /^\p{Lu}\p{Ll}+s['’]$/u.test(word) &&
      INSTITUTION_AFTER_POSSESSIVE.test(paragraph.slice(match.index + word.length)) &&
      isOrdinaryWord(bare.toLowerCase()) &&
      !isDemonym(bare);
    if (pluralPossessive) bare = word;
    // A full stop ends a name, except after an initial, a title, a dotted acronym or a place's abbreviation ("Dustin A. Lewis", "Lt. Col.", "U.S.", "St. Simons Island").
    const previous = out[out.length - 1];
    // "St." leads a name; after one ("Bourbon St. Police said") its full stop may end the sentence.
    const leads = !previous || previous.closes || !/^\p{Lu}/u.test(previous.bare);
    const stop =
      /\.$/.test(bare) && !isInitial(bare) && !TITLE_WORDS.has(bare) && !isDotted(bare) && !(leads && PLACE_ABBREVIATIONS.test(bare));
    if (stop) bare = bare.slice(0, -1);
    // After the full stop: "Aura’s." is Aura.
    const possessive = /['’]s$/u.test(bare);
    if (possessive) bare = bare.slice(0, -2);
    const opens =
      !previous ||
      (/[.!?:]["”’')\]]*$/u.test(previous.word) &&
        !isInitial(previous.bare) &&
        !TITLE_WORDS.has(previous.bare) &&
        !isDotted(previous.bare)) ||
      (/^[“"]/u.test(word) && /[,:]$/.test(previous.word));
    out.push({
      word,
      bare,
      start: match.index,
      end: match.index + word.length,
      closes: !pluralPossessive && (possessive || stop || /[,;:!?”"’')\]]$/u.test(word)),
      opens,
    });
  }
  return out;
}

/** Keys forms group under: case, accents, dots, apostrophes and hyphens aside; "al-" and "the" dropped. */
export function formKey(form: string): string {
  return form
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’‘]/g, '')
    .replace(/[-‐–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(the|al) /, '');
}

/** "Lieut. Colonel James Browning" → role "Lieut. Colonel", name "James Browning"; "U.S. Army" before the title is a name of its own. */
export function splitTitles(words: readonly string[]): { before: string[]; role?: string; name: string[]; titled: boolean } {
  let last = -1;
  for (let i = 0; i < words.length - 1; i++) if (TITLE_WORDS.has(words[i]!)) last = i;
  if (last < 0) return { before: [], name: [...words], titled: false };
  let first = last;
  while (first > 0 && TITLE_WORDS.has(words[first - 1]!)) first--;
  const role = words
    .slice(first, last + 1)
    .filter((word) => !COURTESY.test(word))
    .join(' ');
  return { before: words.slice(0, first), ...(role && { role }), name: words.slice(last + 1), titled: true };
}

export class EvidenceTable {
  readonly forms = new Map<string, FormEvidence>();
  readonly equivalences: Equivalence[] = [];
  readonly lowercase = new Set<string>();
  readonly together = new Map<string, Set<string>>();
  #paragraph: { acronyms: Set<string>; names: Set<string> } = { acronyms: new Set(), names: new Set() };

  /** Call at the end of each chapter: records which acronyms and names stood together in it. */
  endChapter(): void {
    for (const acronym of this.#paragraph.acronyms) {
      const set = this.together.get(acronym) ?? new Set<string>();
      for (const name of this.#paragraph.names) set.add(name);
      this.together.set(acronym, set);
    }
    this.#paragraph = { acronyms: new Set(), names: new Set() };
  }

  add(
    form: string,
    source: Source,
    chapter: string,
    at: {
      mid: boolean;
      role?: string;
      person?: boolean;
      place?: boolean;
      visited?: boolean;
      spokeAsBody?: boolean;
      the?: boolean;
      quoted?: boolean;
      counted?: boolean;
    },
  ): void {
    const id = `${source}\u0000${form}`;
    let evidence = this.forms.get(id);
    if (!evidence) {
      evidence = {
        form,
        source,
        seen: 0,
        chapters: new Set(),
        midSentence: 0,
        roles: new Map(),
        person: 0,
        place: 0,
        visited: 0,
        spokeAsBody: 0,
        the: 0,
        quoted: 0,
        counted: 0,
      };
      this.forms.set(id, evidence);
    }
    evidence.seen++;
    evidence.chapters.add(chapter);
    if (source === 'acronym') this.#paragraph.acronyms.add(form.replace(/\./g, ''));
    else if (source === 'name' && form.includes(' ')) this.#paragraph.names.add(formKey(form));
    if (at.mid) evidence.midSentence++;
    if (at.role) evidence.roles.set(at.role, (evidence.roles.get(at.role) ?? 0) + 1);
    if (at.person) evidence.person++;
    if (at.place) evidence.place++;
    if (at.visited) evidence.visited++;
    if (at.spokeAsBody) evidence.spokeAsBody++;
    if (at.the) evidence.the++;
    if (at.quoted) evidence.quoted++;
    if (at.counted) evidence.counted++;
  }
}

/** Capitalised names in one sentence, with what the words around them show. */
function namesIn(paragraph: string, chapter: string, table: EvidenceTable): void {
  const sentence = paragraph;
  const words = tokens(paragraph);
  const headingLike = words.length <= 12 && !/[.!?…;,"”’)\]]$/u.test(paragraph.trim());
  const labelsEnd = labelEnd(paragraph);
  let run: Token[] = [];
  // Capitalised words that belong to what came before, not to a name of their own: after "Mach-E" or a model's number.
  let following = false;
  const flush = () => {
    // A name does not end in "of", "the" or "al".
    while (run.length && (CONNECTORS.has(run[run.length - 1]!.bare.toLowerCase()) || run[run.length - 1]!.bare === '&')) run.pop();
    // At the start of a sentence, an ordinary capitalised word is not part of the name: "Earlier Mosul".
    const opened = run[0]?.opens ?? false;
    // In a heading or a label, "Best Seed Kit for Windowsills", "The Best Language Learning Apps", "Surfshark - Best Free VPN"
    // rank a kind of thing: what a superlative leads is no name.
    const lead = run[0]?.bare === 'The' ? run[1] : run[0];
    const superlative = /^(JJS|RBS)$/.test(posTags(lead?.bare.toLowerCase() ?? '')[0] ?? '');
    if (superlative && lead !== run[run.length - 1] && (headingLike || run[0]!.start < labelsEnd)) run = [];
    while (run[0]?.opens && (isOrdinaryWord(run[0].bare) || MONTHS_AND_DAYS.test(run[0].bare)) && !TITLE_WORDS.has(run[0].bare))
      run.shift();
    // Everyday words after such a word still stand where every word may be capitalised ("No Transaction Fees"): no evidence of a name.
    if (run.length) addName(run, opened && run.every((t) => isOrdinaryWord(t.bare)));
    run = [];
  };
  const addName = (run: Token[], opened = false, describedAfter = true) => {
    const { before, role, name, titled } = splitTitles(run.map((t) => t.bare));
    if (before.length) addName(run.slice(0, before.length));
    if (
      !name.length ||
      (name.length === 1 && (TITLE_WORDS.has(name[0]!) || CONNECTORS.has(name[0]!.toLowerCase()) || COMPANY_DESIGNATOR.test(name[0]!)))
    )
      return;
    // "Stephen Kalin of Reuters": a person of an organisation is two names.
    const of = name.indexOf('of');
    if (of > 1 && looksLikePersonName(formKey(name.slice(0, of).join(' ')))) {
      addName(run.slice(0, run.length - name.length + of));
      // What follows ("…of Reuters, who has covered") is said of the person, not of the organisation.
      addName(run.slice(run.length - name.length + of + 1), false, false);
      return;
    }
    const first = run[run.length - name.length]!;
    const last = run[run.length - 1]!;
    while (name.length > 1 && /^(the|of|for|and|on)$/i.test(name[0]!)) name.shift(); // "the Review" of "Director of the Review"
    // "west Mosul", "east Mosul": a compass word before a place is part of its name.
    const compass = words[words.indexOf(run[0]!) - 1];
    const side = name.length === 1 && compass && /^(east|west|north|south)$/.test(compass.word) ? `${compass.word} ` : '';
    const form = side + name.join(' ').replace(/^The /, '');
    // A line with no closing punctuation is a heading in Title Case, where every word is capitalised: no evidence of a name.
    const heading = headingLike || run[0]!.start < labelsEnd;
    const mid = !run[0]!.opens && !heading && !opened;
    const { ahead, after } = surroundings(sentence, run[0]!, last);
    const the = /\bthe\s+$/i.test(ahead) || /^the$/i.test(run[0]!.bare);
    const spokeAsBody = BODY_SAID.test(after);
    table.add(form, name.length === 1 && isAcronym(form) ? 'acronym' : 'name', chapter, {
      mid: !heading && !opened && (mid || first !== run[0]),
      ...(role && { role }),
      person:
        titled ||
        speakerBefore(ahead, after, form) ||
        personNounBefore(ahead) ||
        personalBelonging(after) ||
        describedAsPerson(after) ||
        // "…of Reuters, who": said of the person before.
        (describedAfter && speakerAfter(ahead, after, the, spokeAsBody)),
      place: placeAhead(ahead, after) || inARegion(form, ahead, after) || listedAmongPlaces(sentence, run[0]!.start, after),
      visited: /\bvisit(?:s|ed|ing)?\s+$/u.test(ahead) && !isPossessive(after),
      spokeAsBody,
      the,
      counted: isAcronym(form) && countedAt(ahead, after),
    });
  };

  words.forEach((token, i) => {
    const { bare } = token;
    const led = LED.exec(bare);
    if (led) {
      // "US-led coalition": a name of its own, and a mention of the US; never "US-led" alone. "United States-led" takes the words before.
      const who = [...run.map((t) => t.bare), led[1]!].join(' ').replace(/^The /, '');
      run = [];
      if (/^\p{Lu}/u.test(who) && (isAcronym(who) || !isAdjective(who)) && !/-\p{Lu}/u.test(led[1]!)) {
        table.add(who, isAcronym(who) ? 'acronym' : 'name', chapter, { mid: !token.opens });
        const next = words[i + 1];
        if (next && GROUP_NOUN.test(next.bare)) table.add(`${who}-${led[2]} ${next.bare}`, 'name', chapter, { mid: !token.opens });
      }
      return;
    }
    // "and" joins only inside a name that has an "of": "Islamic State of Iraq and Syria", never "Iraq and Syria".
    const and = bare === 'and' && run.some((t) => t.bare === 'of');
    // "Turkey-Syria border", "Syrian-Iraqi": a compound of two names names neither.
    if (/^\p{Lu}[\p{L}’']*-\p{Lu}/u.test(bare) && !/^(?:Al|El|Abu|Bin|Ibn)-/u.test(bare)) {
      flush();
      // "Mach-E Rally": a model's letter after the hyphen, and the capitalised words after it are the model's name ("Jean-Yves Le Drian" is not).
      following = /-\p{Lu}{1,2}$/u.test(bare) && !token.closes;
      return;
    }
    // "Tesla Model 3", "Flight 17", "Boeing 737 Max": a number ends the name; the everyday words before it ("Model", "Flight") and the capitalised words after it belong to the number, not to the name.
    if (/^\d/.test(token.word) && run.length && !run[run.length - 1]!.closes) {
      if (run.length > 1 && isCommonWord(run[run.length - 1]!.bare.toLowerCase())) run.pop();
      if (run.length === 1 && isCommonWord(run[0]!.bare.toLowerCase())) run = [];
      flush();
      following = !token.closes;
      return;
    }
    if (following) {
      following = isCapitalised(bare) && !token.closes;
      if (isCapitalised(bare)) return;
    }
    // "Bowers & Wilkins", "Johnson & Wales": an ampersand between capitalised words joins one name, but not two places or peoples ("Israel & Hamas").
    if (
      bare === '&' &&
      run.length &&
      !run[run.length - 1]!.closes &&
      !namesAPlace(run[run.length - 1]!.bare) &&
      !namesAPlace(words[i + 1]?.bare ?? '')
    ) {
      run.push(token);
      return;
    }
    // "I", "I’ve", "I’m" are the writer, never part of a name: "In April I’ve…".
    if (/^I(?:['’](?:ve|m|d|ll))?$/u.test(bare)) {
      flush();
      return;
    }
    // A date is never the end of a name: "Mosul on April 3".
    if (run.length && MONTHS_AND_DAYS.test(bare) && CONNECTORS.has(run[run.length - 1]!.bare.toLowerCase())) flush();
    // “Hooyah!” alone in quotation marks is an exclamation, not a name.
    if (/^[“"‘]\S*[”"’]$|^[“"‘]\S*[!?,.][”"’]?$/u.test(token.word) && /^[“"‘]/u.test(token.word)) {
      flush();
      return;
    }
    // "British Cave Rescue Council BCRC": an acronym after the name it abbreviates is not part of it.
    if (isAcronym(bare) && run.length > 1 && initialsOf(run.map((t) => t.bare)).endsWith(bare.replace(/\./g, ''))) {
      const name = run.map((t) => t.bare).join(' ');
      flush();
      table.equivalences.push({ a: bare, b: name, because: `written right after “${name}”` });
      table.add(bare, 'acronym', chapter, { mid: true });
      return;
    }
    const connector = run.length > 0 && ((CONNECTORS.has(bare.toLowerCase()) && bare !== 'and') || and || /^al-\p{Lu}/u.test(bare));
    const capital =
      isCapitalised(bare) ||
      (run.length === 0 && PLACE_ABBREVIATIONS.test(bare)) ||
      TITLE_WORDS.has(bare) ||
      (run.length > 0 && (isInitial(bare) || /^\p{Lu}$/u.test(bare))) ||
      isDotted(bare) ||
      /^al-\p{Lu}/u.test(bare) ||
      (isAcronym(bare) && run.length > 0);
    if (capital || connector) {
      run.push(token);
      if (token.closes) flush();
      return;
    }
    flush();
    if (isAcronym(bare)) {
      const { ahead, after } = surroundings(sentence, token, token);
      table.add(bare, 'acronym', chapter, {
        mid: !token.opens,
        place: inARegion(bare, ahead, after),
        counted: countedAt(ahead, after),
      });
    } else if (/^\p{Lu}{2,6}s$/u.test(bare)) table.add(bare.slice(0, -1), 'acronym', chapter, { mid: !token.opens, counted: true }); // "VBIEDs"
  });
  flush();
}

const initialsOf = (words: readonly string[]) =>
  words
    .filter((word) => !CONNECTORS.has(word.toLowerCase()))
    .map((word) => word[0]!.toUpperCase())
    .join('');

/** "Iraqi Security Forces (ISF)", "ISF (Iraqi Security Forces)". */
function definitionsIn(sentence: string, table: EvidenceTable): void {
  for (const match of sentence.matchAll(
    /((?:\p{Lu}[\p{L}’'.-]*\s+(?:(?:of|the|for|and|al|de)\s+)*)+\p{Lu}[\p{L}’'.-]*)\s+\((\p{Lu}[\p{Lu}.]{1,7})\)/gu,
  )) {
    const words = match[1]!.split(/\s+/);
    const short = match[2]!.replace(/\./g, '');
    // Keep only the words the acronym's letters account for: "the Brussels-based International Crisis Group (ICG)".
    for (let from = 0; from < words.length - 1; from++) {
      const tail = words.slice(from);
      const initials = initialsOf(tail.flatMap((w) => w.split('-')));
      if (initials === short || (short.startsWith(initials) && short.length - initials.length <= 2 && tail.length >= 2)) {
        table.equivalences.push({ a: match[2]!, b: tail.join(' '), because: `written out as “${tail.join(' ')} (${match[2]})”` });
        break;
      }
    }
  }
  for (const match of sentence.matchAll(
    /(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*),?\s+(?:also\s+)?(?:known as|called|a\.k\.a\.)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/gu,
  )) {
    // "an AI called…", "their AI called Aimigo Coach": one of a kind, not another name for AI.
    if (/\b(?:an?|one|another|their|its|his|her|our|my|your|this|that|whose)\s+$/iu.test(sentence.slice(0, match.index))) continue;
    table.equivalences.push({ a: match[1]!, b: match[2]!, because: `“${match[0]}”` });
  }
}

/** Terms put in quotation marks: “the kill box”, “caliphate”. */
function quotedIn(sentence: string, chapter: string, table: EvidenceTable): void {
  for (const match of sentence.matchAll(/[“"]([^”"]{3,40})[”"]/gu)) {
    const term = match[1]!.replace(/^the\s+/i, '').trim();
    const words = term.split(/\s+/);
    if (words.length > 4 || /[.?!,;:]|['’]s$/u.test(term) || !/^\p{Ll}/u.test(term) || words.every(isStopword)) continue;
    // A single quoted word is a term only if English does not already have it: “caliphate”, not “safe”.
    if (words.length === 1 && !isUnknownWord(term)) continue;
    if (!isNounPhrase(words)) continue;
    table.add(term, 'idea', chapter, { mid: true, quoted: true });
  }
}

interface TermCount {
  count: number;
  chapters: Set<string>;
}

export interface TermCounts {
  words: Map<string, TermCount>;
  pairs: Map<string, TermCount>;
}

const tally = (map: Map<string, TermCount>, term: string, chapter: string) => {
  const entry = map.get(term) ?? { count: 0, chapters: new Set<string>() };
  entry.count++;
  entry.chapters.add(chapter);
  map.set(term, entry);
};

/** Lower-case words and adjacent pairs within runs of lower-case words. */
function countTerms(sentence: string, chapter: string, counts: TermCounts, lowercase: Set<string>): void {
  for (const run of sentence.split(/[^\p{Ll}’'\s-]+|\s(?=\p{Lu})\S*/u)) {
    const words = run.match(/\p{Ll}[\p{Ll}’'-]*\p{Ll}/gu)?.filter((word) => !/['’]/.test(word)) ?? [];
    words.forEach((word, i) => {
      lowercase.add(word);
      tally(counts.words, word, chapter);
      const next = words[i + 1];
      if (next) tally(counts.pairs, `${word} ${next}`, chapter);
    });
  }
}

/** Thresholds for a lower-case term to be a topic. Documented in the README. */
export const TERM_RULES = {
  /** A pair of words: seen this often, in this many chapters… */
  pairMentions: 3,
  pairChapters: 2,
  /** …whose words mostly occur together (Dice coefficient)… */
  pairCohesion: 0.2,
  /** …and one of which is not everyday English (its rank in spoken English is past this). */
  pairRareWordRank: 3000,
  /** A single word: this often, in this many chapters, and unknown to the English lexicon. */
  wordMentions: 4,
  wordChapters: 2,
} as const;

/** Nouns for a body of people: a pair ending in one describes a group, it is not a term. */
const COLLECTIVE = /^(team|teams|group|groups|unit|units|crew|crews|squad|squads|family|families|committee|delegation|staff|panel)$/;

/** Recurring lower-case terms that name something: "human shields", "car bombs", "caliphate"; not "small number". */
function recurringTerms(counts: TermCounts, table: EvidenceTable): void {
  // The strongest pair each word begins: "air strikes" shows that "coalition air" is a fragment of "coalition air strikes".
  const strongestFrom = new Map<string, number>();
  for (const [pair, { count }] of counts.pairs) {
    const [a, b] = pair.split(' ') as [string, string];
    if (!isStopword(a) && !isStopword(b)) strongestFrom.set(a, Math.max(strongestFrom.get(a) ?? 0, count));
  }
  for (const [pair, { count, chapters }] of counts.pairs) {
    if (count < TERM_RULES.pairMentions || chapters.size < TERM_RULES.pairChapters) continue;
    const [a, b] = pair.split(' ') as [string, string];
    if (
      isStopword(a) ||
      isStopword(b) ||
      a.length < 3 ||
      b.length < 3 ||
      !isNoun(b) ||
      /(ly|ing|ed)$/.test(a) ||
      /^VB/.test(posTags(a)[0] ?? '') ||
      (strongestFrom.get(b) ?? 0) >= count
    )
      continue;
    // "the soccer team", "the rescue unit": a collective noun describes a group of people the chapters name otherwise.
    if (COLLECTIVE.test(b)) continue;
    const cohesion = (2 * count) / ((counts.words.get(a)?.count ?? 0) + (counts.words.get(b)?.count ?? 0));
    if (cohesion < TERM_RULES.pairCohesion || Math.max(everydayRank(a), everydayRank(b)) < TERM_RULES.pairRareWordRank) continue;
    for (const chapter of chapters) table.add(pair, 'idea', chapter, { mid: true });
  }
  for (const [word, { count, chapters }] of counts.words) {
    if (count < TERM_RULES.wordMentions || chapters.size < TERM_RULES.wordChapters) continue;
    if (word.length < 5 || isStopword(word) || !isUnknownWord(word) || !isNoun(word)) continue;
    for (const chapter of chapters) table.add(word, 'idea', chapter, { mid: true });
  }
}

/** Web and email addresses blanked out (same length, so offsets hold): "https", "www" and a domain's words are not the text's words. */
function withoutAddresses(paragraph: string): string {
  // The punctuation after an address is the sentence's: "…at www.un.org. Fighting resumed" still starts a sentence.
  return paragraph.replace(/\b(?:https?:\/\/|www\.)\S*?(?=[.,;:!?)\]”"’]*(?:\s|$))|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, (address) =>
    ' '.repeat(address.length),
  );
}

/**
 * Where a label in Title Case leads the paragraph before a dash or a colon,
 * as a list of features or plans does ("Mobile App Access – Students can…",
 * "Plus Branded App – Custom Pricing – Get…"): the offset its last label ends
 * at, or 0. Names in it are a heading's, with no evidence of being names.
 */
const LABEL_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}’'&.+-]*|&|of|the|and|for|with|in|on|to|a|\([^)]{0,40}\))`;
const LEADING_LABELS = new RegExp(String.raw`^(?:${LABEL_WORD}(?:\s+${LABEL_WORD}){0,7}\s*(?:[–—:]|\s-)\s+){1,3}`, 'u');
function labelEnd(paragraph: string): number {
  return LEADING_LABELS.exec(paragraph)?.[0].length ?? 0;
}

export function extractEvidence(chapters: readonly CorpusChapter[]): Extraction {
  const table = new EvidenceTable();
  const counts: TermCounts = { words: new Map(), pairs: new Map() };
  for (const chapter of chapters) {
    for (const text of chapter.paragraphs) {
      const paragraph = withoutAddresses(text);
      namesIn(paragraph, chapter.slug, table);
      definitionsIn(paragraph, table);
      quotedIn(paragraph, chapter.slug, table);
      countTerms(paragraph, chapter.slug, counts, table.lowercase);
    }
    table.endChapter();
  }
  recurringTerms(counts, table);
  return {
    forms: table.forms,
    equivalences: table.equivalences,
    together: table.together,
    lowercase: table.lowercase,
    lowercasePairs: new Set(counts.pairs.keys()),
  };
}

export { initialsOf, MONTHS_AND_DAYS, TITLE_WORDS, isAcronym };
