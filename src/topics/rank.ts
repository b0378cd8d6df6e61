/**
 * Discovery, step 3 of 3: which groups are topics, what each is called, what
 * kind of thing it is, and in what order an editor should review them. Counts
 * come from the site's own matcher (one Aho–Corasick pass over the corpus), so
 * a count means what a link would mean.
 */
import { splitSentences } from '../text/sentences.ts';
import type { TopicKind } from '../schema.ts';
import {
  everydayRank,
  isAdjective,
  isCommonNoun,
  isCommonWord,
  isDemonym,
  isOrdinaryWord,
  isStopword,
  knownAs,
  knownKind,
  posTags,
} from './lexicon.ts';
import {
  formKey,
  isAcronym,
  looksLikePersonName,
  MONTHS_AND_DAYS,
  namedAsPlace,
  PLACE_WORDS,
  TERM_RULES,
  TITLE_WORDS,
  type CorpusChapter,
  type FormEvidence,
} from './extract.ts';
import { fold, nameUse, TopicMatcher } from './matcher.ts';
import type { Group, Merge } from './merge.ts';

/**
 * A drawn topic's names passed discovery's evidence, so a recurring phrase of
 * everyday words ("car bombs") links, as the editor's `link: always` would
 * say; the matcher takes such a phrase from an unreviewed alias for no mention.
 */
export function drawnLink(names: readonly string[]): true | 'always' {
  return names.some((name) => name.includes(' ') && nameUse(name) === 'skip') ? 'always' : true;
}

export interface Candidate {
  name: string;
  kind: TopicKind;
  aliases: string[];
  role?: string;
  mentions: number;
  chapters: number;
  examples: string[];
  /** Why forms were merged into this one, for the editor to check. */
  merged?: Array<{ name: string; because: string }>;
}

/** The matcher's slug for the names discovery leaves out. */
const KNOWN = 'known';

export interface RankOptions {
  /** Names already in the registry or rejected: their groups are left out. */
  exclude?: readonly string[];
  /** The registry's names, which the site links to their topics: a mention inside one is not a candidate's. */
  linked?: readonly string[];
  /** Fewest mentions for a candidate to be proposed. */
  minMentions?: number;
}

const ORGANISATION_WORDS =
  /\b(forces|force|service|police|units|unit|group|army|coalition|agency|nations|command|council|party|committee|ministry|department|administration|programme|program|center|centre|school|university|militia|militias|association|institute|office|front|brigade|division|board|authority|union|company|corporation|bank|court|parliament|assembly|trust|foundation|federation|bureau|commission|network|society|club|team|navy|air force|guard|corps|regiment|battalion|league|times|post|news|press|orchestra|choir|ensemble|quartet|records|studios|labs|media)\b/i;
const EVENT_WORDS =
  /\b(War|Battle|Offensive|Siege|Campaign|Massacre|Revolution|Uprising|Invasion|Operation|Olympics|Cup|Games|Election|Summit|Conference|Festival|Championship|Sunday|Day|Eve|Christmas|Easter|Ramadan|Eid|Hurricane|Typhoon|Cyclone|Storm|Earthquake|Wildfire)\b/;

/** A capital after a small letter inside a word, as brands write theirs; "Mc", "Mac", "De", "La" lead surnames and places ("McAllen", "DeSantis"). */
const BRAND_CAPITALS = /(?<=\p{Ll})(?<!\b(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von))\p{Lu}/u;
/** Trades a firm is named by: "Blue Moving", "Acme Roofing", "Penguin Publishing". */
const TRADES =
  /\b(Moving|Cleaning|Roofing|Plumbing|Heating|Consulting|Publishing|Engineering|Landscaping|Painting|Catering|Trading|Brewing|Printing|Staffing|Contracting|Building|Clothing|Shipping|Lighting|Banking|Housing|Holdings?)$/;
/**
 * A place needs "in", "near"… before at least one in this many of its mentions, unless the word lists know it:
 * a town in a war report is written as a subject or an object most of the time ("the fall of Avdiivka"), a brand
 * in a product review is "in" once in forty ("in Surfshark").
 */
const PLACE_SHARE = 4;

/** Is this form, by itself, something a reader would accept as a topic? */
const CONNECTOR_WORDS = /^(of|the|for|and|on|de|la|al)$/;

export function isTopicForm(
  evidence: FormEvidence,
  lowercase: ReadonlySet<string>,
  ofPerson = false,
  lowercasePairs: ReadonlySet<string> = new Set(),
  spelledOut = false,
): boolean {
  const { form, source } = evidence;
  if (/\d/.test(form) || /['’](re|ll|ve|d|m)\b|n['’]t\b/u.test(form)) return false;
  // "sameAs", "ratingValue": an identifier from code or markup quoted in the text ("eBay", "iPhone" open with one letter).
  if (/^\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)+$/u.test(form)) return false;
  // "AI-driven", "UGC-style", "Vesa-mounted": an adjective made with a hyphen describes, it does not name.
  const tail = /-(\p{Ll}+)$/u.exec(form)?.[1];
  if (tail && !form.includes(' ') && /^(JJ|VBN|VBD)$/.test(posTags(tail)[0] ?? '')) return false;
  if (source === 'idea') {
    const rare = form.split(' ').some((word) => everydayRank(word) >= TERM_RULES.pairRareWordRank);
    // A term put in quotation marks is one the writer coined or borrowed: “the kill box”.
    return evidence.quoted === 0 || evidence.seen >= 2 || rare || form.includes(' ');
  }
  if (source === 'acronym') {
    const letters = form.replace(/\./g, '');
    // Written out beside its name ("Iraqi Security Forces (ISF)"), or dotted ("U.S."), an acronym is one.
    if (spelledOut || /\./.test(form)) return true;
    const named = posTags(letters).some((tag) => tag.startsWith('NNP')) || knownAs(letters) !== undefined;
    // A shouted word ("FOUND ALIVE", "START") is not an acronym; an unexplained acronym must recur across chapters ("HTML" in one page about markup).
    const english = isStopword(letters) || posTags(letters.toLowerCase()).length > 0 || isCommonNoun(letters);
    if (english && knownAs(letters) === undefined) return false;
    return named || evidence.chapters.size >= 2;
  }
  const words = form.split(' ');
  if (evidence.midSentence === 0 && evidence.seen < 2 && !ofPerson) return false;
  if (words.length === 1) {
    const word = words[0]!;
    // A surname merged into a person's full name may be an English word too ("Trump", "Browning"), if the text never writes it in lower case.
    const ordinary = ofPerson ? isStopword(word) : isOrdinaryWord(word) || knownAs(word) === 'first-name';
    return (
      word.length > 1 &&
      (evidence.midSentence > 0 || ofPerson) &&
      !lowercase.has(word.toLowerCase()) &&
      !ordinary &&
      !isAdjective(word) &&
      !MONTHS_AND_DAYS.test(word) &&
      !TITLE_WORDS.has(word) &&
      !isAcronym(word)
    );
  }
  const last = words[words.length - 1]!;
  if (/^\p{Lu}/u.test(last) && isAdjective(last)) return false; // "Heroic British"
  if (isHeadingPhrase(words, evidence.midSentence === 0)) return false;
  // Everyday words in Title Case ("Free Trial", "Check Out") are a name only where a sentence capitalises them mid-way, and never written in lower case.
  const everyday = words.every((word) => isOrdinaryWord(word) || CONNECTOR_WORDS.test(word));
  const lower = form.toLowerCase().split(' ');
  const writtenLower = lower.slice(1).some((word, i) => lowercasePairs.has(`${lower[i]} ${word}`));
  if (everyday && (evidence.midSentence === 0 || writtenLower)) return false;
  return !words.every((word) => isStopword(word) || MONTHS_AND_DAYS.test(word) || TITLE_WORDS.has(word));
}

/** Where a word is English in lower case: the lexicon lists it as a common word, or it is a stop-word. */
const englishInLowerCase = (word: string) =>
  word.split('-').every((part) => part === '&' || isStopword(part) || isCommonWord(part.toLowerCase()));

/**
 * A form only ever seen at the head of a line that is a heading or a label,
 * not a name (one a superlative leads is left out as it is read, in
 * extract.ts): "With the Hottest Real Estate Markets" (a preposition leads it) or
 * "Monthly Plans", "Acceptance Rate" (every word English in lower case, and
 * no word that makes a name an organisation, a place or an event).
 */
function isHeadingPhrase(words: readonly string[], onlyAtLineStart: boolean): boolean {
  if (!onlyAtLineStart) return false;
  const opening = posTags(words[0]!.toLowerCase())[0] ?? '';
  if (opening === 'IN' && !CONNECTOR_WORDS.test(words[0]!.toLowerCase())) return true;
  // "Spotlight On Washington", "YouTube Among Language Learning Apps": a heading capitalises the small words a name writes small.
  if (words.slice(1).some((word) => /^\p{Lu}/u.test(word) && /^(IN|DT|CC|TO)$/.test(posTags(word.toLowerCase())[0] ?? ''))) return true;
  const form = words.join(' ');
  return words.every(englishInLowerCase) && !ORGANISATION_WORDS.test(form) && !PLACE_WORDS.test(form) && !EVENT_WORDS.test(form);
}

/** How often a group's forms of one source were seen: "torrenting" as a term, "Torrenting" as a name. */
const seenAs = (forms: readonly FormEvidence[], source: FormEvidence['source']) =>
  forms.reduce((n, e) => n + (e.source === source ? e.seen : 0), 0);

function guessKind(group: readonly FormEvidence[], name: string): TopicKind {
  const sum = (pick: (e: FormEvidence) => number) => group.reduce((n, e) => n + pick(e), 0);
  const names = group.filter((e) => e.source === 'name');
  if (!names.length && group.every((e) => e.source === 'idea')) return 'idea';
  // "Black Friday", "Cyber Monday": a day with a name of its own.
  if (EVENT_WORDS.test(name) || /^\p{Lu}\p{L}+ (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u.test(name)) return 'event';
  // The last word says most: "British Cave Rescue Council" is an organisation, "Mid Wales Cave" a place.
  const last = name.split(' ').pop()!;
  if (name.includes(' ') && ORGANISATION_WORDS.test(last)) return 'organisation';
  if (namedAsPlace(name)) return 'place';
  if (ORGANISATION_WORDS.test(name)) return 'organisation';
  const known = group.map((e) => knownKind(e.form)).filter(Boolean);
  const roles = sum((e) => e.roles.size);
  const personSigns = sum((e) => e.person);
  // "Hamas said it had accepted … Hamas said the talks had stalled": what speaks of itself as "it" is a body, whatever else it says.
  const person = personSigns - sum((e) => e.spokeAsBody) * 2 + roles * 2 + (looksLikePersonName(formKey(name)) ? 2 : 0);
  const knownPlace = known.filter((k) => k === 'place').length * 3;
  const place = sum((e) => e.place) + (personSigns ? 0 : sum((e) => e.visited)) + knownPlace;
  if (known.includes('organisation')) return 'organisation';
  // "LifeLock", "Winston WorkStation": a capital inside a word is a brand's, not a person's unless a sentence says so.
  const brand = group.some((e) => e.source === 'name' && BRAND_CAPITALS.test(e.form));
  if (brand && !knownPlace && !roles && !personSigns) return 'organisation';
  if (person > place && (person > 0 || roles > 0)) return 'person';
  // One "in Surfshark" among forty mentions does not make a place: a place the word lists do not know is written where places are often.
  if (place > 0 && (knownPlace || place * PLACE_SHARE >= sum((e) => e.seen))) return 'place';
  if (brand) return 'organisation';
  // "torrenting" beside "Torrenting", "artificial intelligence" beside "AI": a thing the text writes in lower case at least as often as capitalised ("the peshmerga" now and then is still a body).
  if (seenAs(group, 'idea') && seenAs(group, 'idea') >= seenAs(group, 'name')) return 'idea';
  // "VPNs", "a VPN is": an acronym counted like a common noun names a kind of thing, not an organisation.
  if (!names.length)
    return group.some((e) => e.source === 'acronym') && sum((e) => e.counted) * 10 < sum((e) => e.seen) ? 'organisation' : 'idea';
  if (!/^(?:(?:al|el|ad|as|ar)-|(?:east|west|north|south) )?\p{Lu}/u.test(name)) return 'idea';
  // "Companion Planting", "Quantum Computing": an activity in Title Case, every word English in lower case; "Blue Moving" is a firm by its trade.
  const words = name.split(' ');
  if (
    /ing$/.test(name) &&
    !TRADES.test(name) &&
    words.every((w) => englishInLowerCase(w) && !knownAs(w)) &&
    sum((e) => e.person + e.place + e.the) === 0
  )
    return 'idea';
  if (sum((e) => e.the) * 2 > sum((e) => e.seen)) return 'organisation'; // "the Peshmerga", "the Islamic State"
  // Nothing says: a name is most often an organisation, a product or a team.
  return 'organisation';
}

/**
 * Names the chapters use for an entity without ever writing them beside it,
 * proposed with their evidence where only one entity fits: "the coalition" for
 * the one X-led coalition, "Kurdish forces" and "Kurdish fighters" for the one
 * organisation whose name begins "Kurdish". A proposal the text never uses is
 * dropped when the names are counted.
 */
const ALLIANCE = /^(coalition|alliance|bloc|front)$/;

function proposeDescriptions(kept: ReadonlyArray<{ group: Group; names: string[]; proposed?: Set<string> }>): void {
  const byHead = new Map<string, number[]>();
  const byDemonym = new Map<string, number[]>();
  kept.forEach((entry, i) => {
    for (const name of entry.names) {
      const led = /\S-(?:led|backed) (\p{Ll}+)$/u.exec(name);
      // A body with a backer ("the coalition", "the alliance"), not an undertaking ("the campaign").
      if (led && ALLIANCE.test(led[1]!)) byHead.set(led[1]!, [...new Set([...(byHead.get(led[1]!) ?? []), i])]);
      const first = name.split(' ')[0]!;
      if (
        name.includes(' ') &&
        (isDemonym(first) || (/^\p{Lu}/u.test(first) && isAdjective(first))) &&
        guessKind(entry.group.forms, name) === 'organisation'
      )
        byDemonym.set(first, [...new Set([...(byDemonym.get(first) ?? []), i])]);
    }
  });
  const propose = (i: number, name: string, because: string) => {
    const entry = kept[i]!;
    if (entry.names.some((n) => fold(n) === fold(name))) return;
    entry.names.push(name);
    (entry.proposed ??= new Set()).add(name);
    entry.group.merges.push({ form: name, into: entry.names[0]!, because });
  };
  for (const [head, entries] of byHead)
    if (entries.length === 1) propose(entries[0]!, `the ${head}`, `the only ${head} the chapters name with a backer`);
  for (const [demonym, entries] of byDemonym) {
    if (entries.length !== 1) continue;
    const holder = kept[entries[0]!]!.names.find((n) => n.startsWith(`${demonym} `))!;
    for (const noun of ['forces', 'fighters'])
      propose(entries[0]!, `${demonym} ${noun}`, `“${holder}” is the only ${demonym} force the chapters name`);
  }
}

/**
 * "Language Learning Apps" in a page's headings and menus, "language learning
 * apps" four times as often in its sentences: a phrase of everyday English
 * words that the text itself writes all in lower case more than twice as
 * often as with a capital is a phrase, not a name. Only all lower case counts
 * as lower case: a capital at a sentence's start ("Iraqi forces retook…") or
 * on a people's adjective ("the Thai navy") is a capital. A single word is
 * left to the term rules ("the peshmerga" beside "the Peshmerga" is still a
 * body), and rankGroups asks only where the lower-case uses made no term of
 * their own ("the health ministry" beside one agency's "the Health Ministry").
 */
export function writtenMostlyInLowerCase(name: string, used: ReadonlyMap<string, number>): boolean {
  const words = name.split(' ');
  if (words.length < 2 || !words.every((word) => isStopword(word) || word === '&' || everydayRank(word) < Infinity)) return false;
  let lowerCase = 0;
  let capitalised = 0;
  for (const [text, n] of used) {
    if (text === text.toLowerCase()) lowerCase += n;
    else capitalised += n;
  }
  return lowerCase > 2 * capitalised;
}

function mostCommon(counts: Iterable<[string, number]>): string | undefined {
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
}

export function rankGroups(
  chapters: readonly CorpusChapter[],
  groups: readonly Group[],
  english: { lowercase: ReadonlySet<string>; lowercasePairs: ReadonlySet<string> },
  options: RankOptions = {},
): Candidate[] {
  const { lowercase, lowercasePairs } = english;
  const excluded = new Set((options.exclude ?? []).map(formKey));
  const kept = groups.flatMap((group) => {
    const person = group.forms.some(
      (e) => e.source === 'name' && e.form.includes(' ') && (e.roles.size > 0 || e.person > 0 || looksLikePersonName(formKey(e.form))),
    );
    const spelledOut = group.merges.some((m) => /initials/.test(m.because) || /written out/.test(m.because));
    const accepted = group.forms.filter((e) => isTopicForm(e, lowercase, person, lowercasePairs, spelledOut));
    // The same name written another way ("US" beside "U.S.") is accepted with it.
    const keys = new Set(accepted.map((e) => formKey(e.form)));
    const forms = group.forms.filter((e) => accepted.includes(e) || (e.source !== 'idea' && keys.has(formKey(e.form))));
    if (!forms.length || group.forms.some((e) => excluded.has(formKey(e.form)))) return [];
    return [{ group, forms, names: [...new Set(forms.map((e) => e.form))], proposed: undefined as Set<string> | undefined }];
  });

  proposeDescriptions(kept);
  // Count every group with the site's own matcher, so counts mean what links mean. The registry's names are matched
  // too, and their mentions not counted: "Tarren" inside the accepted "Tarren Minerals" is no mention of "Tarren", as
  // it is none on the site, where the longer name takes it. (A rejected name links nothing, so it takes nothing.)
  const known = (options.linked ?? []).filter((name) => /[\p{L}\p{N}]/u.test(name));
  const matcher = new TopicMatcher([
    ...kept.map((entry, i) => ({ slug: String(i), title: entry.names[0]!, aliases: entry.names, link: drawnLink(entry.names) })),
    ...(known.length ? [{ slug: KNOWN, title: known[0]!, aliases: known, link: true }] : []),
  ]);
  const stats = kept.map(() => ({ mentions: 0, chapters: new Set<string>(), examples: [] as string[], used: new Map<string, number>() }));
  for (const chapter of chapters) {
    for (const text of chapter.paragraphs) {
      const mentions = matcher.find(text);
      if (!mentions.length) continue;
      const sentences = splitSentences(text);
      for (const mention of mentions) {
        if (mention.slug === KNOWN) continue;
        const stat = stats[Number(mention.slug)]!;
        stat.mentions++;
        stat.used.set(mention.text, (stat.used.get(mention.text) ?? 0) + 1);
        if (stat.examples.length < 2 && !stat.chapters.has(chapter.slug)) {
          const sentence = sentences.find((s) => mention.start >= s.start && mention.start < s.end);
          const example = sentence ? text.slice(sentence.start, sentence.end) : text;
          if (!stat.examples.includes(example)) stat.examples.push(example);
        }
        stat.chapters.add(chapter.slug);
      }
    }
  }

  const minMentions = options.minMentions ?? 1;
  const candidates: Candidate[] = [];
  kept.forEach((entry, i) => {
    const stat = stats[i]!;
    if (stat.mentions < minMentions) return;
    // The name: the most used form of two words or more, else the most used form.
    const usedForm = (form: string) => [...stat.used].filter(([text]) => formKey(text) === formKey(form)).reduce((n, [, c]) => n + c, 0);
    // A proposed description ("Kurdish forces") is an alias, never the name.
    const byUse = entry.names.filter((n) => !entry.proposed?.has(n)).sort((a, b) => usedForm(b) - usedForm(a) || b.length - a.length);
    const multiword = byUse
      .filter((f) => /\s/.test(f) && !/^\p{Ll}/u.test(f))
      .sort((a, b) => usedForm(b) - usedForm(a) || a.length - b.length);
    // A term the text mostly writes in lower case ("cardio", once "Cardio" in a heading) keeps its lower case, and is an idea.
    const { forms } = entry.group;
    const term =
      seenAs(forms, 'idea') > seenAs(forms, 'name') + seenAs(forms, 'acronym') ? byUse.find((f) => /^\p{Ll}/u.test(f)) : undefined;
    const name = term ?? multiword[0] ?? byUse[0]!;
    const madeTerm = forms.some((e) => e.source === 'idea');
    if (!madeTerm && writtenMostlyInLowerCase(name, stat.used)) return;
    const kind = guessKind(forms, name);
    const roles = new Map<string, number>();
    for (const e of entry.group.forms) for (const [role, n] of e.roles) roles.set(role, (roles.get(role) ?? 0) + n);
    const role = kind === 'person' ? mostCommon(roles) : undefined;
    // Every other way the text writes it, down to dots ("US" beside "U.S."): the matcher folds only case and apostrophes.
    const aliases = [...new Set(entry.names.filter((f) => fold(f) !== fold(name) && stat.used.has(f)))].sort();
    const merged = entry.group.merges
      .filter((m: Merge) => aliases.includes(m.form) || aliases.includes(m.into))
      .map((m) => ({ name: m.form, because: m.because }));
    candidates.push({
      name,
      kind,
      aliases,
      ...(role && { role }),
      mentions: stat.mentions,
      chapters: stat.chapters.size,
      examples: stat.examples,
      ...(merged.length && { merged }),
    });
  });
  // Topics across several chapters first, then by mentions; a lone lower-case word after every name and phrase.
  const score = (c: Candidate) => c.chapters * c.mentions * (/^\p{Ll}+$/u.test(c.name) ? 0.1 : 1);
  return candidates.sort((a, b) => score(b) - score(a) || b.mentions - a.mentions || a.name.localeCompare(b.name));
}
