/** The review queue and its decisions, as text: pure helpers for the topics CLI. */
import { existsSync, readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { frontmatterBlock } from '../text/frontmatter.ts';
import { topicFrontmatter } from '../schema.ts';
import type { Candidate } from './discover.ts';
import { fold } from './matcher.ts';
import { drawnLink } from './rank.ts';

const MAX_SUMMARY = 220;

export function queueYaml(candidates: readonly Candidate[], generatedFrom: number): string {
  const header = [
    '# Topic candidates proposed by `npm run topics`, most important first. Review them:',
    '#   npm run topics -- --accept "Name"         turn a candidate into content/topics/<slug>.md',
    '#   npm run topics -- --accept-all --min-count 3',
    '#   npm run topics -- --reject "Name"         never propose it again (content/topics/rejected.yaml)',
    `# Drawn from ${generatedFrom} chapters. This file is rewritten on every run; edit topic files, not this.`,
    '',
  ].join('\n');
  return `${header}${stringify({ candidates }, { lineWidth: 0 })}`;
}

// A sentence that leans on the one before ("Its area secretary, Dai Morgan, said…") or is someone's words ("“It's about
// whether…”") says little on a page of its own.
const LEANS_ON_CONTEXT = /^(?:["“‘'(]|(?:It|Its|He|His|Him|She|Her|They|Their|Them|This|That|These|Those|We|Our|I|But|And|So)\b)/;

/** A summary drawn from the text: the first sentence that mentions the topic and stands alone, shortened. */
export function drawnSummary(candidate: Candidate): string {
  const example = candidate.examples.find((text) => !LEANS_ON_CONTEXT.test(text.trim())) ?? candidate.examples[0];
  const sentence = (example ?? candidate.name).replace(/\s+/g, ' ').trim();
  if (sentence.length <= MAX_SUMMARY) return sentence;
  return `${sentence.slice(0, sentence.lastIndexOf(' ', MAX_SUMMARY - 1))}…`;
}

export function topicFileFor(candidate: Candidate): string {
  const data = topicFrontmatter.parse({
    title: candidate.name,
    kind: candidate.kind,
    aliases: candidate.aliases,
    summary: drawnSummary(candidate),
    summaryDrawn: true,
    ...(candidate.role && { role: candidate.role }),
  });
  const { link, redirectFrom, ...rest } = data;
  void link;
  void redirectFrom;
  // Written only where it matters: a phrase of everyday words links only with `link: always`.
  const always = drawnLink([candidate.name, ...candidate.aliases]) === 'always';
  return frontmatterBlock(always ? { ...rest, link: 'always' } : rest);
}

/** Find a candidate by its name or any alias, ignoring case. */
export function findCandidate(candidates: readonly Candidate[], name: string): Candidate | undefined {
  const key = fold(name.trim());
  return candidates.find((c) => [c.name, ...c.aliases].some((n) => fold(n) === key));
}

export function parseRejected(text: string | undefined): string[] {
  if (!text) return [];
  const data = parse(text) as { rejected?: unknown } | null;
  return Array.isArray(data?.rejected) ? data.rejected.filter((n): n is string => typeof n === 'string') : [];
}

/**
 * The editor's alias list, `content/topics/aliases.yaml`: names that mean one
 * thing, which nothing in the text ties together. The first name of each
 * group is the one to use.
 *
 *   same:
 *     - [Islamic State, Daesh, ISIL]
 */
export function parseAliasList(text: string | undefined): string[][] {
  if (!text) return [];
  const data = parse(text) as { same?: unknown } | null;
  if (!Array.isArray(data?.same)) return [];
  return data.same
    .filter((group): group is unknown[] => Array.isArray(group))
    .map((group) => group.filter((n): n is string => typeof n === 'string' && n.trim() !== ''))
    .filter((group) => group.length > 1);
}

/** Read a file the editor may not have written: its text, or undefined. */
export function readOptional(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export function rejectedYaml(names: readonly string[]): string {
  return `# Names \`npm run topics\` will never propose again. Delete a line to let it come back.\n${stringify({ rejected: [...new Set(names)].sort() })}`;
}
