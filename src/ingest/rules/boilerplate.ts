/**
 * Lines that belong to the page a text was copied from, not to the article.
 * Each is removed and recorded, never silently dropped.
 */
import type { LineRule } from './line-rule.ts';
import { removal, type Removal } from './removal.ts';

export interface BoilerplateMatch {
  reason: string;
  /** "The post X appeared first on Y." names the article and its publication. */
  title?: string;
  publication?: string;
}

const SHARE_OR_SUBSCRIBE =
  /^(share (this|on)\b|share:|subscribe\b|sign up (for|to)\b|follow us\b|click here\b|advertisement$|sponsored content$|read more:?$|related:?$|related articles:?$|comments?:?$|print this\b|email this\b|tweet this\b)/i;

const SOURCE_WITH_AGENCIES = /^Source\s*:\s*(\p{Lu}[\p{L}\p{N}&.'’ -]{1,50}?)\s+and (?:news )?(?:agencies|wires)\.?$/u;
const COPYRIGHT = /^(?:copyright\s*(?:©|\(c\))?\s*\d{4}\b|©|\(c\)\s*\d{4}\b)/i;
const CREDITS = /^(?:(?:Additional|Further) reporting|Reporting|Writing|Editing) by\s+\p{Lu}/u;
// A wire's credits list its desks ("…; Editing by Alex Richardson") or are a short line; a sentence that opens
// "Reporting by Cambridge scientists suggests…" is the story's own.
const MAX_SHORT_CREDITS_WORDS = 12;

export function matchBoilerplate(line: string): BoilerplateMatch | undefined {
  const text = line.trim();
  if (/^your browser is out of date\b/i.test(text)) return { reason: 'browser notice from the page the text was copied from' };
  const syndication = /^The post (.+) appeared first on (.+?)\.?$/.exec(text);
  if (syndication) return { reason: 'syndication footer', title: syndication[1]!.trim(), publication: syndication[2]!.trim() };
  if (/^[_*=~\-–—•·#\s]+$/.test(text) && (text.match(/[_*=~\-–—•·#]/g) ?? []).length >= 3) return { reason: 'rule' };
  if (SHARE_OR_SUBSCRIBE.test(text) && text.split(/\s+/).length <= 15) return { reason: 'share or subscribe line' };
  // "Source: Al Jazeera and news agencies": who published the text, anywhere in it. (A chart's "Source: Office
  // for National Statistics" has no agencies; "Source: CNN" under a byline is read with the head's metadata.)
  const source = SOURCE_WITH_AGENCIES.exec(text);
  const copyright = COPYRIGHT.test(text);
  const credits = CREDITS.test(text);
  // Each pattern is anchored at the line's start, so most lines end here; words are counted only for the rest.
  if (!source && !copyright && !credits) return undefined;
  const words = text.split(/\s+/).length;
  if (source && words <= 10) return { reason: 'source line (moved to publication)', publication: source[1]!.trim() };
  // "Copyright 2024 The Associated Press. All rights reserved. This material may not be published…", "© 2024 Reuters".
  if (copyright && words <= 60 && (words <= 12 || /\ball rights reserved\b/i.test(text))) return { reason: 'copyright notice' };
  // "Reporting by Tom Baker in Odesa; Editing by Alex Richardson": the wire's credits, not the story.
  if (credits && words <= 40 && (words <= MAX_SHORT_CREDITS_WORDS || /;|\bEditing by\b/.test(text)))
    return { reason: 'reporting and editing credits' };
  return undefined;
}

export interface RuledBlock {
  /** The source with each ruled block replaced by a paragraph break. */
  text: string;
  /** The inner HTML of each "Read more:" block, for its links. */
  readMore: string[];
  removed: Removal[];
}

const RULE = '_{5,}';
const RULED_BLOCK = new RegExp(`${RULE}([\\s\\S]*?)${RULE}`, 'g');
const LONE_RULE = new RegExp(`[ \\t]+${RULE}[ \\t]+`, 'g');

/**
 * Rules ("_________") around a "Read more:" block inside running text
 * (seed 003). The block leaves the body; its links are kept as related reading.
 */
export function extractRuledBlocks(source: string): RuledBlock {
  const readMore: string[] = [];
  const removed: Removal[] = [];
  let text = source.replace(RULED_BLOCK, (whole, inner: string) => {
    const innerText = inner.replace(/<[^>]*>/g, ' ');
    if (!/^\s*(read more|related|see also|more on this)\b/i.test(innerText)) return whole;
    readMore.push(inner);
    removed.push(removal(whole.replace(/<[^>]*>/g, ' '), 'related-reading block (links kept as related)'));
    return '\n\n';
  });
  text = text.replace(LONE_RULE, (rule) => {
    removed.push(removal(rule, 'rule'));
    return '\n\n';
  });
  return { text, readMore, removed };
}

/** The lines above as a rule of the declared list (src/ingest/rules/index.ts). */
export const boilerplateLine: LineRule = {
  name: 'boilerplate line',
  where: 'anywhere',
  match(line) {
    const found = matchBoilerplate(line);
    if (!found) return undefined;
    return {
      reason: found.reason,
      ...((found.title || found.publication) && {
        metadata: { ...(found.title && { title: found.title }), ...(found.publication && { publication: found.publication }) },
      }),
    };
  },
};
