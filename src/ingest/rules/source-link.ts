/**
 * The address of the original, where a copied article gives it: a bare URL
 * at the head (an editor's paste often starts with one), or a reposting or
 * archive notice that names it ("Originally published at https://…", "You
 * can find the current article at its original source at https://…", "The
 * Wayback Machine - https://web.archive.org/web/…/https://…"). The line
 * leaves the body and the address becomes the article's `url`, from which
 * its date and site may be read when nothing better says them.
 */
import { httpUrl, originalOfArchivedUrl } from '../../text/urls.ts';
import type { LineRule } from './line-rule.ts';

const URL_IN_LINE = /https?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]/gi;
// Phrases that say the link is to the article itself, not to something it mentions ("the council's archive is at…" stays).
const NAMES_THE_ORIGINAL =
  /\b(?:originally (?:published|appeared|posted)|first (?:published|appeared|posted) (?:at|on|in|by)|original (?:source|article|story|version|url|link)|(?:source|via|original|url|link)\s*:|wayback machine|current article|read the (?:full|original|whole) (?:article|story)|(?:republished|reposted|syndicated) (?:from|with)|archived (?:from|copy))/i;
// A notice is short; a sentence of the article that happens to hold a link is prose.
const MAX_NOTICE_WORDS = 30;

export const sourceLinkLine: LineRule = {
  name: 'link to the original',
  where: 'anywhere',
  match(line, { index }) {
    const text = line.trim();
    const urls = text.match(URL_IN_LINE) ?? [];
    if (urls.length !== 1) return undefined;
    const url = httpUrl(originalOfArchivedUrl(urls[0]!));
    if (!url) return undefined;
    const words = text.replace(urls[0]!, '').split(/\s+/).filter(Boolean);
    const bare = words.length === 0;
    if (bare && index >= 3) return undefined;
    if (!bare && (words.length > MAX_NOTICE_WORDS || !NAMES_THE_ORIGINAL.test(text))) return undefined;
    return {
      reason: bare ? 'address of the original (moved to url)' : 'reposting or archive notice (its address moved to url)',
      metadata: { url: url.href },
    };
  },
};
