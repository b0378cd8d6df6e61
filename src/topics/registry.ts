/**
 * The topic registry, read straight from `content/topics/<slug>.md`, so the
 * build's Markdown plugin (configured before Astro loads anything) and the
 * pages share one reading of it. A topic file is Markdown: YAML frontmatter,
 * then an optional body in Markdown (`.mdx` files are read the same way, as
 * Markdown). Every problem becomes a message naming the file; the rest of the
 * registry still loads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SLUG_RULE, topicFrontmatter, type TopicFrontmatter } from '../schema.ts';
import { decodeEditorFile } from '../text/decode.ts';
import { asSaved, parseFrontmatterYaml, splitFrontmatter } from '../text/frontmatter.ts';
import { fold } from './matcher.ts';

export interface Topic extends TopicFrontmatter {
  slug: string;
  /** The file it was read from, for messages. */
  path: string;
  /** The editor's Markdown after the frontmatter ('' when there is none). */
  body: string;
  /** Drawn from the text for a first build, not (yet) a file the editor keeps. */
  provisional?: boolean;
}

export interface RegistryResult {
  topics: Topic[];
  errors: string[];
}

export const TOPIC_EXTENSIONS = ['.md', '.mdx'] as const;

export function parseTopicFile(slug: string, rawText: string, path: string): Topic | string {
  const front = splitFrontmatter(asSaved(rawText));
  if (!front) return `${path}: no frontmatter (a block between --- lines) at the top`;
  const yaml = parseFrontmatterYaml(front.yaml);
  if (!yaml.ok) return `${path}: ${yaml.problem}`;
  const result = topicFrontmatter.safeParse(yaml.data);
  if (!result.success) return `${path}: ${result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`;
  return { slug, path, body: front.body.trim(), ...result.data };
}

/** Topic files by slug; a file name that is not a slug, or two files for one slug, is refused by name. */
export function topicFiles(
  names: readonly string[],
  topicsDir: string,
): { files: Array<{ slug: string; name: string }>; errors: string[] } {
  const errors: string[] = [];
  const bySlug = new Map<string, string>();
  const candidates = names.flatMap((name) => {
    const extension = TOPIC_EXTENSIONS.find((ext) => name.endsWith(ext));
    return extension && !name.startsWith('.') ? [{ name, base: name.slice(0, -extension.length), extension }] : [];
  });
  // Well-named files first, so `Mosul.md` beside `mosul.md` never costs the good one its place.
  const valid = candidates.filter((c) => SLUG_RULE.test(c.base)).sort((a, b) => a.name.localeCompare(b.name));
  for (const { name, base } of valid) {
    const other = bySlug.get(base);
    if (other)
      errors.push(
        `${join(topicsDir, name)} and ${join(topicsDir, other)} are both the topic "${base}": keep one of them; ${join(topicsDir, name)} is skipped`,
      );
    else bySlug.set(base, name);
  }
  for (const { name, base, extension } of candidates.filter((c) => !SLUG_RULE.test(c.base)).sort((a, b) => a.name.localeCompare(b.name))) {
    const suggestion = slugSuggestion(base);
    const clash = bySlug.get(suggestion);
    errors.push(
      `${join(topicsDir, name)}: the file name becomes the topic's address, so it must be lowercase letters, digits and single hyphens, like ${suggestion}${extension}` +
        (clash ? `, but ${join(topicsDir, clash)} is that topic already` : '') +
        '; skipped',
    );
  }
  return { files: [...bySlug].map(([slug, name]) => ({ slug, name })).sort((a, b) => a.slug.localeCompare(b.slug)), errors };
}

function slugSuggestion(base: string): string {
  return (
    base
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'topic-name'
  );
}

/**
 * Names and old slugs must each lead to one topic. A title wins over another
 * topic's alias; an alias two topics share, a title two topics share, and a
 * redirect that is another's (or a live) slug are refused, naming both files.
 */
export function resolveCollisions(topics: readonly Topic[]): RegistryResult {
  const errors: string[] = [];
  const titleOwner = new Map<string, Topic>();
  const kept: Topic[] = [];
  for (const topic of topics) {
    const key = fold(topic.title.trim());
    const owner = titleOwner.get(key);
    if (owner) {
      errors.push(
        `${topic.path}: its title "${topic.title}" is also the title of ${owner.path}; one name can lead to one topic only. Skipped`,
      );
      continue;
    }
    titleOwner.set(key, topic);
    kept.push(topic);
  }
  const aliasOwners = new Map<string, Topic[]>();
  for (const topic of kept) {
    for (const alias of new Set(topic.aliases.map((a) => fold(a.trim()))))
      aliasOwners.set(alias, [...(aliasOwners.get(alias) ?? []), topic]);
  }
  const dropped = new Map<Topic, Set<string>>();
  const drop = (topic: Topic, key: string) => dropped.set(topic, (dropped.get(topic) ?? new Set()).add(key));
  for (const [key, owners] of aliasOwners) {
    const titled = titleOwner.get(key);
    for (const owner of owners) {
      if (titled && titled !== owner) {
        errors.push(
          `${owner.path}: its alias "${owner.aliases.find((a) => fold(a.trim()) === key)}" is the title of ${titled.path}; the alias is ignored, and the name stays with ${titled.slug}`,
        );
        drop(owner, key);
      }
    }
    const sharing = owners.filter((owner) => owner !== titled);
    if (!titled && sharing.length > 1) {
      errors.push(
        `${sharing.map((t) => t.path).join(' and ')} share the alias "${sharing[0]!.aliases.find((a) => fold(a.trim()) === key)}"; it is ignored in both until one of them drops it`,
      );
      for (const owner of sharing) drop(owner, key);
    }
  }
  const liveSlugs = new Set(kept.map((t) => t.slug));
  const redirectOwners = new Map<string, Topic[]>();
  for (const topic of kept)
    for (const old of new Set(topic.redirectFrom)) redirectOwners.set(old, [...(redirectOwners.get(old) ?? []), topic]);
  const badRedirects = new Map<Topic, Set<string>>();
  for (const [old, owners] of redirectOwners) {
    if (liveSlugs.has(old))
      errors.push(
        `${owners.map((t) => t.path).join(' and ')}: redirectFrom "${old}" is the slug of a topic that exists; the redirect is ignored`,
      );
    else if (owners.length > 1)
      errors.push(
        `${owners.map((t) => t.path).join(' and ')} both redirect from "${old}"; the redirect is ignored until one of them drops it`,
      );
    else continue;
    for (const owner of owners) badRedirects.set(owner, (badRedirects.get(owner) ?? new Set()).add(old));
  }
  const resolved = kept.map((topic) => ({
    ...topic,
    aliases: topic.aliases.filter((alias) => !dropped.get(topic)?.has(fold(alias.trim()))),
    redirectFrom: topic.redirectFrom.filter((old) => !badRedirects.get(topic)?.has(old)),
  }));
  return { topics: resolved, errors };
}

export function loadRegistry(topicsDir: string): RegistryResult {
  let names: string[] = [];
  try {
    names = readdirSync(topicsDir);
  } catch {
    return { topics: [], errors: [] };
  }
  const { files, errors } = topicFiles(names, topicsDir);
  const topics: Topic[] = [];
  for (const { slug, name } of files) {
    const path = join(topicsDir, name);
    let text: string;
    try {
      const decoded = decodeEditorFile(readFileSync(path), path);
      if (!decoded.ok) {
        errors.push(decoded.error);
        continue;
      }
      if (decoded.warning) errors.push(decoded.warning);
      text = decoded.text;
    } catch (error) {
      errors.push(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      continue;
    }
    const parsed = parseTopicFile(slug, text, path);
    if (typeof parsed === 'string') errors.push(parsed);
    else topics.push(parsed);
  }
  const resolved = resolveCollisions(topics);
  return { topics: resolved.topics, errors: [...errors, ...resolved.errors] };
}
