/**
 * Topic discovery: proposes candidates from the whole corpus for an editor to
 * accept or reject. Pure: paragraph texts in, ranked candidates out.
 *
 * Names come from compromise (people, places, organisations), capitalised
 * phrases ("Popular Mobilisation Units"), acronyms matched to their expansion
 * by initials ("ISF" → "Iraqi Security Forces"), quoted terms ("the kill box")
 * and noun phrases that recur in lower case ("human shields"). They are then
 * normalised (possessives dropped, titles kept as `role`), merged into alias
 * groups, counted with the same matcher the site links with, and ranked by
 * mentions and by how many chapters mention them.
 */
import nlp from 'compromise';
import slugify from '@sindresorhus/slugify';
import { splitSentences } from '../ingest/sentences.ts';
import type { TopicKind } from '../schema.ts';
import { fold, TopicMatcher } from './matcher.ts';

export interface CorpusChapter {
  slug: string;
  paragraphs: string[];
}

export interface Candidate {
  name: string;
  kind: TopicKind;
  aliases: string[];
  role?: string;
  mentions: number;
  chapters: number;
  examples: string[];
}

export interface DiscoverOptions {
  /** Names already in the registry or rejected: their groups are left out. */
  exclude?: readonly string[];
  /** Fewest mentions for a candidate to be proposed. */
  minMentions?: number;
}

type Source = 'person' | 'place' | 'organisation' | 'phrase' | 'acronym' | 'idea';
interface Found {
  name: string;
  source: Source;
  role?: string;
}

const TITLES = ['President', 'Prime Minister', 'Lieutenant General', 'Lieut\\.', 'Lieutenant', 'Lt\\.', 'General', 'Gen\\.', 'Colonel', 'Col\\.', 'Major', 'Maj\\.', 'Captain', 'Capt\\.', 'Sergeant', 'Sgt\\.', 'Commander', 'Dr\\.', 'Mr\\.', 'Mrs\\.', 'Ms\\.', 'Senator', 'Sen\\.', 'Minister', 'Secretary', 'King', 'Queen', 'Sheikh', 'Ayatollah'];
const LEADING_TITLES = new RegExp(`^((?:(?:${TITLES.join('|')})\\s+)+)`, 'u');
const CONNECTORS = new Set(['of', 'the', 'for', 'al', 'de', 'bin', 'ibn', 'abu', 'von', 'van', 'la', 'el']);
const SENTENCE_STARTERS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'For', 'If', 'It', 'This', 'That', 'These', 'Those', 'When', 'While', 'As', 'After', 'Before', 'Then', 'There', 'Here', 'What', 'Who', 'How', 'Why', 'Some', 'Many', 'Most', 'One', 'Two', 'Even', 'Still', 'Today', 'Yet', 'So', 'Although', 'Though', 'Since', 'By', 'From', 'With', 'Without', 'Under', 'Over', 'Toward', 'Towards', 'According', 'Whereas', 'Whilst', 'Contrary', 'Reports', 'Probable', 'Partly', 'Such', 'Just', 'Long', 'Key', 'Already', 'Eventually', 'Strangely', 'Victory', 'Standing', 'Allowing', 'During', 'Cutting', 'Coordination', 'Backed', 'Wearing', 'Killed', 'Women', 'Children', 'Bodies', 'Hundreds', 'Looking', 'Around', 'Macabrely', 'Iraqi', 'American', 'Kurdish', 'Syrian', 'Sunni', 'Shi’ite', "Shi'ite"]);
const STOPWORDS = new Set('a an the of and or but to in on at by for with from into over under about as is are was were be been being it its this that these those their his her they them he she we you i our your not no so than then there here which who whom whose what when where why how all any some many most more much few other such only own same very can will would should could may might must do does did have has had also just even still now up out off down again once because while during before after above below between through against among per each every both either neither one two three four five six seven eight nine ten first last next new old own well back way made make like get got see said says say told according around near far since until'.split(' '));
const ORGANISATION_WORDS = /\b(Forces|Force|Service|Police|Units|Unit|Group|Army|Coalition|Agency|Nations|Command|Council|Party|Committee|Ministry|Department|Administration|Programme|Program|Center|Centre|School|University|Militia|Militias|Reuters|Association|Institute|Office|Front|Brigade|Division|Board|Authority|Union|Company|Corporation|Bank|Court|Parliament|Assembly|Trust|Foundation|Federation|Bureau|Commission|Network|Society|Club)\b/;
const PLACE_WORDS = /\b(City|River|Mosque|Street|Square|Province|Governorate|Valley|Mountains?|Bridge|Hospital|Airport|Desert|Sea|Gulf|Border)\b/;
// "Port Ilsen", "Lake Chad", "Mount Sinjar": a place word that leads the name.
const LEADING_PLACE_WORDS = /^(Port|Lake|Mount|Fort|Cape|Camp|Saint|St\.)\s+\p{Lu}/u;
const EVENT_WORDS = /\b(War|Battle|Offensive|Siege|Campaign|Massacre|Revolution|Uprising|Invasion|Operation)\b/;
const GENERIC_TAILS = /\s+(group|River|forces)$/i;

const TITLE_ONLY = new RegExp(`^(?:${TITLES.join('|')}|Lieut|Administration|Government)$`, 'u');
const canonicalKey = (name: string) => fold(name).replace(/[-‐–—]/g, ' ').replace(/\s+/g, ' ').replace(/^al /, '').trim();

/** "Abu Ali’s," → "Abu Ali"; "Colonel James Browning" → name and role. */
export function normalizeName(raw: string): { name: string; role?: string } {
  let name = raw
    .replace(/^[\s"“”‘’'([]+|[\s"“”‘’'),.;:!?\]–—-]+$/g, '')
    .replace(/['’]s$/u, '')
    .replace(/[\s"“”‘’'),.;:!?\]–—-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const title = LEADING_TITLES.exec(name);
  let role: string | undefined;
  if (title && name.length > title[0].length) {
    role = title[1]!.trim();
    name = name.slice(title[0].length).trim();
  }
  // "Mosul’s Old City" → "Old City": the possessor is a topic of its own.
  name = name
    .replace(/^(the|The)\s+/, '')
    .replace(/^.*['’]s\s+(?=\p{Lu})/u, '')
    .replace(/^\S+-based\s+/u, '') // the "Brussels-based" of an organisation
    .replace(/(?<=\p{Lu}\S*)\s+(neighbou?rhood|district|province|area)$/u, ''); // the "neighborhood" of a place name
  return { name, ...(role && { role }) };
}

function initials(phrase: string): string {
  return phrase
    .split(/[\s-]+/)
    .filter((word) => word && !CONNECTORS.has(word.toLowerCase()))
    .map((word) => word[0]!.toUpperCase())
    .join('');
}

/** Title words just before a person's name in the text: "U.S. Army Lieut. Colonel James Browning" → "Lieut. Colonel". */
function roleBefore(texts: readonly string[], name: string): string | undefined {
  const pattern = new RegExp(`((?:(?:${TITLES.join('|')})\\s+)+)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
  for (const text of texts) {
    const match = pattern.exec(text);
    if (match) return match[1]!.trim();
  }
  return undefined;
}

function capitalisedPhrases(sentence: string): string[] {
  const words = sentence.split(/\s+/);
  const phrases: string[] = [];
  let current: string[] = [];
  const flush = () => {
    while (current.length && CONNECTORS.has(current[current.length - 1]!.toLowerCase())) current.pop();
    if (current.length >= 2 || (current.length === 1 && phrases.length >= 0 && current[0]!.length > 2)) phrases.push(current.join(' '));
    current = [];
  };
  words.forEach((word, i) => {
    const possessive = /['’]s[,.;:!?]?$/u.test(word);
    const bare = word.replace(/^[“"‘'([]+|[”"’'),.;:!?\]]+$/g, '').replace(/['’]s$/u, '');
    const initial = current.length > 0 && /^\p{Lu}\.?$/u.test(bare); // "Dustin A. Lewis"
    const capital = initial || (/^\p{Lu}[\p{L}’'-]*$/u.test(bare) && !/^\p{Lu}+$/u.test(bare.replace(/[’'-]/g, '')));
    const connector = current.length > 0 && (CONNECTORS.has(bare.toLowerCase()) || /^al-\p{Lu}/u.test(bare));
    if ((capital || connector || /^al-\p{Lu}/u.test(bare)) && !(i === 0 && SENTENCE_STARTERS.has(bare))) {
      current.push(bare);
      if ((bare !== word || possessive) && !connector && !initial) flush(); // punctuation or a possessive ends a phrase
    } else flush();
  });
  flush();
  return phrases.filter((phrase) => phrase.includes(' ') || !SENTENCE_STARTERS.has(phrase));
}

const MONTHS_AND_DAYS = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** A single capitalised word that also appears in lower case is an ordinary word at a sentence start. */
function ordinaryWords(texts: readonly string[]): Set<string> {
  const lower = new Set<string>();
  for (const text of texts) for (const word of text.match(/\b\p{Ll}[\p{L}’'-]*/gu) ?? []) lower.add(word);
  return lower;
}

function findNames(texts: readonly string[]): Found[] {
  const found: Found[] = [];
  const joined = texts.join('\n\n');
  const doc = nlp(joined);
  for (const name of doc.people().out('array') as string[]) found.push({ name, source: 'person' });
  for (const name of doc.places().out('array') as string[]) found.push({ name, source: 'place' });
  for (const name of doc.organizations().out('array') as string[]) found.push({ name, source: 'organisation' });
  for (const text of texts) {
    for (const span of splitSentences(text)) {
      const sentence = text.slice(span.start, span.end);
      for (const phrase of capitalisedPhrases(sentence)) found.push({ name: phrase, source: 'phrase' });
      for (const acronym of sentence.match(/\b\p{Lu}{2,6}s?\b/gu) ?? []) found.push({ name: acronym.replace(/(?<=\p{Lu})s$/u, ''), source: 'acronym' });
      for (const quoted of sentence.match(/[“"]([^”"]{3,40})[”"]/g) ?? []) {
        const term = quoted.slice(1, -1).replace(/^the\s+/i, '');
        if (term.split(/\s+/).length <= 4 && !/[.?!,]/.test(term)) found.push({ name: term, source: 'idea' });
      }
    }
  }
  // Recurring lower-case noun phrases: "human shields", "car bombs", "caliphate".
  const counts = new Map<string, number>();
  for (const text of texts) {
    // Runs of lower-case words only: "Iraqi forces" is a name's business, "human shields" an idea's.
    for (const run of text.split(/[^\p{Ll}’'\s-]+|\s[\p{Lu}]\S*/u)) {
      const words = run.match(/\p{Ll}[\p{Ll}’'-]*/gu) ?? [];
      for (let i = 0; i < words.length; i++) {
        const one = words[i]!;
        if (!STOPWORDS.has(one) && one.length > 3) counts.set(one, (counts.get(one) ?? 0) + 1);
        const two = i + 1 < words.length ? `${one} ${words[i + 1]}` : '';
        if (two && !STOPWORDS.has(one) && !STOPWORDS.has(words[i + 1]!)) counts.set(two, (counts.get(two) ?? 0) + 1);
      }
    }
  }
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  const chaptersWith = (phrase: string) => texts.filter((t) => t.includes(phrase)).length;
  for (const [phrase, count] of counts) {
    const words = phrase.split(' ');
    const pairOfNouns = words.length === 2 && count >= 2 && nlp(phrase).has('#Noun') && !/^(\p{L}+ly|\p{L}+ing)$/u.test(words[0]!);
    // A single word is an idea only if it recurs across the corpus and is not everyday English.
    const distinctiveWord = words.length === 1 && count >= 4 && chaptersWith(phrase) >= 2 && !(phrase in lexicon) && nlp(phrase).has('#Noun') && !phrase.endsWith('s');
    if (pairOfNouns || distinctiveWord) found.push({ name: phrase, source: 'idea' });
  }
  const ordinary = ordinaryWords(texts);
  return found.filter((f) => f.source === 'idea' || f.source === 'acronym' || f.name.includes(' ') || !(ordinary.has(f.name.toLowerCase()) || MONTHS_AND_DAYS.test(f.name) || SENTENCE_STARTERS.has(f.name) || /['’](re|ll|ve|d|m)$|n['’]t$/u.test(f.name)));
}

/** Quoted as a speaker, or introduced with an apposition: "…, says Noah Bonsey", "Jasem Ahmed, 57, a truck driver". */
function speaksOrIsIntroduced(texts: readonly string[], name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(says|said|told|according to)\\s+${escaped}|${escaped},\\s+(\\d+,\\s+)?(a|an|the|who)\\s|${escaped}\\s+(says|said)`, 'u');
  return texts.some((text) => pattern.test(text));
}

function guessKind(group: Found[], name: string, texts: readonly string[]): TopicKind {
  const votes = (source: Source) => group.filter((f) => f.source === source).length;
  if (EVENT_WORDS.test(name)) return 'event';
  if (PLACE_WORDS.test(name) || LEADING_PLACE_WORDS.test(name)) return 'place';
  if (ORGANISATION_WORDS.test(name) || (votes('acronym') > 0 && /\s/.test(name))) return 'organisation';
  if (group.some((f) => f.role) || votes('person') > votes('place') + votes('organisation') || (/\s/.test(name) && /^(\p{Lu}\S*\s?)+$/u.test(name) && speaksOrIsIntroduced(texts, name))) return 'person';
  if (votes('place') >= Math.max(1, votes('organisation'))) return 'place';
  if (votes('organisation') > 0 || group.every((f) => f.source === 'acronym')) return 'organisation';
  if (group.every((f) => f.source === 'idea')) return 'idea';
  if (!/^\p{Lu}/u.test(name)) return 'idea';
  // A lone proper noun is most often a place; a longer one an organisation.
  return /\s/.test(name) ? 'organisation' : 'place';
}

/** Does `short` name the same thing as `long`? Surname, tail, "X of Y", generic tail. */
function sameThing(short: string, long: string, personLike: boolean): boolean {
  const a = canonicalKey(short);
  const b = canonicalKey(long);
  if (a === b) return true;
  if (a.replace(GENERIC_TAILS, '') === b.replace(GENERIC_TAILS, '')) return true;
  const bWords = b.split(' ');
  const aWords = a.split(' ');
  if (personLike && aWords.length < bWords.length && bWords.slice(-aWords.length).join(' ') === a) return true; // "Al-Baghdadi" of "Abu Bakr al-Baghdadi"; "Abu Ali" of "Bashar Abu Ali"
  if (b.startsWith(`${a} of `)) return true; // "Old City" of "Old City of Mosul"
  return false;
}

export function discoverCandidates(chapters: readonly CorpusChapter[], options: DiscoverOptions = {}): Candidate[] {
  const texts = chapters.flatMap((chapter) => chapter.paragraphs);
  const raw = findNames(texts)
    .map((found) => ({ ...found, ...normalizeName(found.name), role: found.role }))
    .filter((found) => found.name.length >= 2 && /\p{L}/u.test(found.name) && (found.source === 'acronym' || !STOPWORDS.has(found.name.toLowerCase())) && !TITLE_ONLY.test(found.name));
  for (const found of raw) {
    const role = normalizeName(found.name).role;
    if (role) found.role = role;
  }

  // Group by canonical key first.
  const byKey = new Map<string, Found[]>();
  for (const found of raw) {
    const key = canonicalKey(found.name);
    byKey.set(key, [...(byKey.get(key) ?? []), found]);
  }
  const names = [...byKey.values()].map((group) => group[0]!.name);
  const personLike = (name: string) => (byKey.get(canonicalKey(name)) ?? []).some((f) => f.source === 'person' || f.role);

  // Merge shorter forms into longer ones, and acronyms into their expansions.
  const parent = new Map<string, string>();
  const root = (name: string): string => (parent.has(name) ? root(parent.get(name)!) : name);
  const byLength = [...names].sort((a, b) => b.length - a.length);
  for (const short of byLength) {
    const isAcronym = /^\p{Lu}{2,6}$/u.test(short);
    const frequency = (name: string) => byKey.get(canonicalKey(name))?.length ?? 0;
    const phrases = byLength.filter((long) => long !== short && /\s/.test(long) && /^\p{Lu}/u.test(long) && !personLike(long)).sort((a, b) => frequency(b) - frequency(a));
    const target = isAcronym
      ? phrases.find((long) => initials(long) === short) ??
        // "ISIS" for "Islamic State": the expansion's initials begin the acronym.
        phrases.find((long) => initials(long).length >= 2 && short.length - initials(long).length <= 2 && short.startsWith(initials(long)) && frequency(long) >= 3)
      : byLength.find((long) => long.length > short.length && sameThing(short, long, personLike(long) || personLike(short)));
    if (target && root(target) !== short) parent.set(short, root(target));
  }
  const groups = new Map<string, Found[]>();
  for (const name of names) {
    const top = root(name);
    groups.set(top, [...(groups.get(top) ?? []), ...byKey.get(canonicalKey(name))!]);
  }

  // Count every group with the site's own matcher, so counts mean what links mean.
  const entries = [...groups].map(([top, group], i) => {
    const forms = [...new Set(group.map((f) => f.name))];
    return { slug: `c${i}`, top, group, forms };
  });
  const matcher = new TopicMatcher(entries.map((e) => ({ slug: e.slug, title: e.top, aliases: e.forms })));
  const stats = new Map<string, { mentions: number; chapters: Set<string>; examples: string[]; used: Map<string, number> }>();
  for (const chapter of chapters) {
    for (const text of chapter.paragraphs) {
      const sentences = splitSentences(text);
      for (const mention of matcher.find(text)) {
        const stat = stats.get(mention.slug) ?? { mentions: 0, chapters: new Set<string>(), examples: [], used: new Map<string, number>() };
        stat.mentions++;
        stat.used.set(mention.text, (stat.used.get(mention.text) ?? 0) + 1);
        const sentence = sentences.find((s) => mention.start >= s.start && mention.start < s.end);
        const example = sentence ? text.slice(sentence.start, sentence.end) : text;
        if (stat.examples.length < 2 && !stat.examples.includes(example) && !stat.chapters.has(chapter.slug)) stat.examples.push(example);
        stat.chapters.add(chapter.slug);
        stats.set(mention.slug, stat);
      }
    }
  }

  const excluded = new Set((options.exclude ?? []).map(canonicalKey));
  const minMentions = options.minMentions ?? 1;
  const candidates: Candidate[] = [];
  for (const entry of entries) {
    const stat = stats.get(entry.slug);
    if (!stat || stat.mentions < minMentions) continue;
    if (entry.forms.some((form) => excluded.has(canonicalKey(form)))) continue;
    // The name: the most used form with two words or more, else the most used form.
    const used = [...stat.used].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
    const multiword = entry.forms.filter((f) => /\s/.test(f) && !/^\p{Ll}/u.test(f)).sort((a, b) => (stat.used.get(b) ?? 0) - (stat.used.get(a) ?? 0) || a.length - b.length);
    const name = multiword[0] ?? entry.forms.find((f) => f === used[0]?.[0]) ?? entry.top;
    const kind = guessKind(entry.group, name, texts);
    const role = entry.group.find((f) => f.role)?.role ?? (kind === 'person' ? roleBefore(texts, name) : undefined);
    const aliases = [...new Set(entry.forms.filter((f) => canonicalKey(f) !== canonicalKey(name)).filter((f) => stat.used.has(f) || entry.forms.length < 4))].sort();
    candidates.push({ name, kind, aliases, ...(role && { role }), mentions: stat.mentions, chapters: stat.chapters.size, examples: stat.examples });
  }
  // Rank: topics across several chapters first, then by mentions.
  // A lone lower-case word is the weakest kind of candidate: it goes after every name and phrase.
  const score = (c: Candidate) => c.chapters * c.mentions * (/^\p{Ll}+$/u.test(c.name) ? 0.1 : 1);
  return candidates.sort((a, b) => score(b) - score(a) || b.mentions - a.mentions || a.name.localeCompare(b.name));
}

export function candidateSlug(name: string): string {
  return slugify(name, { decamelize: false }) || 'topic';
}
