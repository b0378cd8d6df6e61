/**
 * Voices: the direct quotations in the chapters and who said them. Pure:
 * paragraphs in, quotations out. A speaker is found where news writing puts
 * one ("…,” said X; X said: “…”; “…” says X, a sergeant; according to X);
 * "he said" is the last person named as speaking in the chapter; a quotation
 * that runs across sentences or into the next paragraph is one. What the text
 * does not attribute stays unattributed: never guessed.
 */
import { paragraphId } from '../text/paragraphs.ts';

export interface QuoteChapter {
  slug: string;
  paragraphs: readonly string[];
}

export interface Quotation {
  chapter: string;
  /** The paragraph the quotation begins in: `p-4`. */
  anchor: string;
  text: string;
  /** The speaker as the text names or describes them ("Lieut. General Stephen Townsend", "a coalition officer"), or undefined. */
  speaker?: string;
}

const SPEECH =
  '(?:said|says|told|added|explained|recalled|wrote|asked|insisted|warned|noted|argued|continued|promised|vowed|pledged|explains|adds|recalls|writes|asks)';
/** The verbs that come before their speaker ("…,” said X); not "told", whose object is the listener ("told the crowd"). */
const SPEECH_BEFORE_SPEAKER = SPEECH.replace('told|', '');
/** Words with a full stop that do not end a sentence: titles, initials, dotted acronyms ("Lieut.", "A.", "U.S."). */
const ABBREVIATION = '(?:Lieut|Lt|Gen|Col|Maj|Capt|Sgt|Cpl|Brig|Adm|Dr|Mr|Mrs|Ms|Prof|Rev|Gov|Sen|Rep|St)\\.|[A-Z]\\.(?:[A-Z]\\.)*';
/** A name: capitalised words, titles with their full stops ("U.S. Army Lieut. Colonel"), joined by "al-", "bin". */
const NAME = `(?!(?:He|She|They|It|We|I|You)\\b)(?:the\\s+)?(?:(?:${ABBREVIATION}|[A-Z][\\p{L}’'-]*|al-[A-Z][\\p{L}’'-]*|bin|ibn)\\s+)*[A-Z][\\p{L}’'-]+`;
/** A description: "a coalition officer", "one Iraqi commander", "the U.S. military", "another resident". */
// Not a clause's verb or conjunction ("said the money was “…", "welcomed the vote but said"), and not ending in a
// possessive ("said the company’s chief executive, Mark Pendry": the company is not the speaker).
const NOT_DESCRIBING = 'which|who|whom|that|he|she|they|it|in|of|and|but|or|nor|was|were|is|are|has|had|have|would|will';
const DESCRIPTION = `(?:an?|one|another|the|two|three|several|many)\\s+(?:(?!(?:${NOT_DESCRIBING})\\s)[\\p{L}’'.-]+\\s+){0,4}?(?!(?:${NOT_DESCRIBING})\\b)[\\p{Ll}][\\p{L}’'-]*\\p{L}(?<!['’]s)(?![\\p{L}’'-])`;
const SPEAKER = `(${NAME}|${DESCRIPTION})`;

/** "a coalition officer", "One of the soldiers": a speaker the text describes rather than names. */
export const isDescription = (speaker: string): boolean => /^(?:an?|one|another|the|two|three|several|many)\s/i.test(speaker);
const PRONOUN = '(he|she|they|He|She|They)';

/** Only a tag between two quoted passages: ", one Iraqi commander said, ". */
const TAG_BETWEEN = new RegExp(`^[\\s,]*(?:${SPEECH}\\s+${SPEAKER}|${SPEAKER}\\s+${SPEECH}|${PRONOUN}\\s+${SPEECH})[\\s,]*$`, 'u');
/** "…,” said X", "…” X said", "…,” he said" right after the closing mark. */
// A job before the name, in lower case: "said shelter manager Denise Albright", "Cal Fire spokesperson Capt. Rebecca
// Lund told"; the words are no preposition or article ("said on Tuesday", "said in a statement").
const JOB = `(?:(?!(?:on|in|at|by|for|to|of|with|that|the|a|an|and|but|this|last|next|it|he|she|they)\\b)[\\p{Ll}-]+\\s+){1,3}`;
const AFTER_QUOTE = new RegExp(
  `^[\\s,]*(?:${SPEECH_BEFORE_SPEAKER}\\s+${SPEAKER}|${SPEAKER}\\s+${SPEECH}\\b|${PRONOUN}\\s+${SPEECH}\\b|according to\\s+${SPEAKER}|${SPEECH_BEFORE_SPEAKER}\\s+${JOB}(${NAME})|(?:[A-Z][\\p{L}&.-]*\\s+){0,3}${JOB}(${NAME})\\s+${SPEECH}\\b)`,
  'u',
);
const NOT_A_SPEAKERS_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday)$/;
/** A described speaker's name in apposition: "said the company’s chief executive, Mark Pendry." */
const APPOSITION = new RegExp(`^(?:\\s+[\\p{Ll}][\\p{L}’'-]*){0,3},\\s+(${NAME})\\s*(?:[.,;]|$)`, 'u');
/**
 * A person's whole name, set off by commas after their title: "The Economy Secretary, Rhiannon Beynon, said", "Its
 * chief executive, Mark Pendry, said" (not "Rob Goldman, President Ascom North America, says", where the title is).
 */
const FULL_NAME = "[A-Z][\\p{L}’'-]+(?:\\s+(?:al-)?[A-Z][\\p{L}’'-]+)+";
/** "X said: “…", "X told Reuters: “…", "said X, “…", "according to X, “…" right before the opening mark. */
const BEFORE_QUOTE = new RegExp(
  `(?:${SPEAKER}\\s+${SPEECH}(?:\\s+[^.“”"]{0,60}?)?|according to\\s+${SPEAKER}|${SPEECH_BEFORE_SPEAKER}\\s+${SPEAKER}(?=\\s*[:,]\\s*$)|${PRONOUN}\\s+${SPEECH}(?:\\s+[^.“”"]{0,60}?)?|(?<=\\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?)\\s[^,.“”"]{1,60},\\s)(${FULL_NAME}),\\s+${SPEECH}(?:\\s+[^.“”"]{0,60}?)?)\\s*(?:that\\s+)?[:,]?\\s*$`,
  'u',
);

interface Span {
  start: number;
  end: number;
  text: string;
  /** Closed in this paragraph (else it runs on into the next). */
  closed: boolean;
}

/** Quoted spans of a paragraph: “…” and "…"; an opening mark left open runs to the paragraph's end. */
function quotedSpans(paragraph: string): Span[] {
  const spans: Span[] = [];
  for (const match of paragraph.matchAll(/[“"]([^“”"]*)([”"]|$)/gu)) {
    spans.push({ start: match.index, end: match.index + match[0].length, text: match[1]!.trim(), closed: match[2] !== '' });
  }
  return spans;
}

/** How many words a quotation has. */
export const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** "the U.S. Central Command" → "U.S. Central Command"; "an officer allegedly" → "an officer". */
const clean = (speaker: string) =>
  speaker
    .replace(/[,.;:]+$/, '')
    .replace(/^(?:the)\s+(?=[A-Z])/, '')
    .replace(/\s+\p{Ll}+ly$/u, '')
    .trim();

/**
 * Who "he" or "she" is: whoever this paragraph already quoted; else the last
 * full name (two capitalised words or more) earlier in the paragraph
 * ("President Donald Trump … he promised"); else the person a sentence before
 * begins with ("One of the soldiers … recounted"); else the last person named
 * as speaking in the chapter.
 */
function pronounSpeaker(before: string, lastNamed: string | undefined, quotedHere = false): string | undefined {
  if (quotedHere && lastNamed) return lastNamed;
  const found = [
    ...before.matchAll(new RegExp(`(?<![\\p{L}.])(?:${ABBREVIATION}\\s+)*[A-Z][\\p{Ll}’'-]+(?:\\s+(?:al-)?[A-Z][\\p{L}’'-]+)+`, 'gu')),
  ];
  // Not a street, a town's or a body's name ("Helen Avenue", "Ukiah Valley Medical Center"); and a name the text
  // says is a person's ("Carla Mendes, who…", "Tom Brewer, 61,", "Marisol Vega, a nurse") before the last name.
  const people = found.filter((m) => !/^(?:The|In|On|At|After|But|And|When|U\.S\.)\b/.test(m[0]) && !PLACE_OR_BODY_END.test(m[0]));
  const described = people.filter((m) => SAID_OF_A_PERSON.test(before.slice(m.index + m[0].length)));
  const person = (described.at(-1) ?? people.at(-1))?.[0];
  if (person) return clean(person);
  const opening = /(?:^|[.!?]\s+)((?:[Oo]ne of the|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:[\p{Ll}’'-]+\s+){0,3}?[\p{Ll}]+s?)\b/gu;
  const subject = [...before.matchAll(opening)].at(-1);
  if (subject) return clean(subject[1]!);
  return lastNamed;
}

const PLACE_OR_BODY_END =
  /\b(?:Avenue|Street|Road|Drive|Lane|Boulevard|Way|Highway|Place|Square|Valley|County|City|Park|Health|Hospital|Center|Centre|School|University|College|Department|Council|Office|Agency|Service|Fire|Creek|River|Ridge)$/;
const SAID_OF_A_PERSON = /^,\s+(?:who\b|\d{1,3},|an?\s)/;

/** Where the sentence holding the end of `text` begins: after the last full stop that is not a title's ("Lieut.") or an initial's. */
function lastSentenceStart(text: string): number {
  let start = 0;
  for (const match of text.matchAll(/[.!?][”"’)]?\s+(?=[A-Z“"])/gu)) {
    const word = /\S+$/.exec(text.slice(0, match.index + 1))?.[0] ?? '';
    if (!new RegExp(`^(?:${ABBREVIATION})$`, 'u').test(word)) start = match.index + match[0].length;
  }
  return start;
}

export function findQuotations(chapters: readonly QuoteChapter[]): Quotation[] {
  return chapters.flatMap(chapterQuotations);
}

/** One chapter's quotations: who "he" is never carries over from another chapter. */
export function chapterQuotations(chapter: QuoteChapter): Quotation[] {
  const out: Quotation[] = [];
  let lastNamed: string | undefined;
  let running: Quotation | undefined;
  chapter.paragraphs.forEach((paragraph, index) => {
    const anchor = paragraphId(index);
    let previous: Quotation | undefined;
    let previousEnd = 0;
    for (const span of quotedSpans(paragraph)) {
      // A quotation left open in the last paragraph goes on here ("…" opens again by custom).
      if (running && span.start === paragraph.search(/\S/)) {
        running.text += ` ${span.text}`;
        if (span.closed) {
          running.speaker ??= speakerAround(paragraph.slice(span.end), paragraph.slice(0, span.start), undefined);
          running = undefined;
        }
        continue;
      }
      running = undefined;
      // "“Looking back,” one Iraqi commander said, “we should have…”": one quotation, its tag in the middle.
      if (previous && /,$/.test(previous.text) && TAG_BETWEEN.test(paragraph.slice(previousEnd, span.start))) {
        previous.text += ` ${span.text}`;
        previousEnd = span.end;
        if (!span.closed) running = previous;
        continue;
      }
      const quote: Quotation = { chapter: chapter.slug, anchor, text: span.text };
      const speaker = speakerAround(
        paragraph.slice(span.end),
        paragraph.slice(0, span.start),
        previous?.speaker ?? lastNamed,
        Boolean(previous?.speaker),
      );
      if (speaker) quote.speaker = speaker;
      // Scare quotes and titles ("the kill box"): a few words that nobody is said to say.
      if (!quote.speaker && words(span.text) < 4) continue;
      // A second quotation in a paragraph, unattributed, goes on in the first one's voice.
      if (!quote.speaker && previous?.speaker) quote.speaker = previous.speaker;
      if (quote.speaker && !isDescription(quote.speaker)) lastNamed = quote.speaker;
      out.push(quote);
      previous = quote;
      previousEnd = span.end;
      if (!span.closed) running = quote;
    }
  });
  return out;
}

/** The speaker the words after or before a quotation name; a pronoun is the last person named as speaking. */
function speakerAround(after: string, before: string, lastNamed: string | undefined, quotedHere = false): string | undefined {
  const next = AFTER_QUOTE.exec(after);
  if (next) {
    // After a job, a name with its lower-case letters: "one neo-bank CEO told me" names no one.
    const afterJob = next[5] ?? next[6];
    const named = next[1] ?? next[2] ?? next[4] ?? (afterJob && /\p{Ll}/u.test(afterJob) ? afterJob : undefined);
    const apposed = named && isDescription(named) ? APPOSITION.exec(after.slice(next[0].length))?.[1] : undefined;
    // "said a spokesman for the council, Monday": a day is no one's name.
    const person = apposed && !NOT_A_SPEAKERS_NAME.test(apposed) ? apposed : undefined;
    if (named) return clean(person ?? named);
    if (next[3]) return pronounSpeaker(before, lastNamed, quotedHere);
  }
  const prior = BEFORE_QUOTE.exec(before.slice(lastSentenceStart(before)));
  if (prior) {
    const named = prior[1] ?? prior[2] ?? prior[3] ?? prior[5];
    if (named) return clean(named);
    if (prior[4]) return pronounSpeaker(before, lastNamed, quotedHere);
  }
  // A quotation that opens a sentence goes on from the one before, when that one says who spoke ("…, said Dustin A Lewis, a researcher. “An obligation…").
  if (/(?:^|[.!?]\s*)$/.test(before.trimEnd()) || before.trim() === '') {
    const said = [
      ...before.matchAll(new RegExp(`${SPEECH}\\s+${SPEAKER}|${SPEAKER}\\s+${SPEECH}\\b|\\b${PRONOUN}\\s+${SPEECH}\\b`, 'gu')),
    ].at(-1);
    if (said) return said[3] ? pronounSpeaker(before.slice(0, said.index), lastNamed, quotedHere) : clean(said[1] ?? said[2]!);
  }
  return undefined;
}
