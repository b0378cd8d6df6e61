/** Language tags as BCP 47 writes them ("pt", "pt-BR", "zlm"): for the frontmatter's schema, a page's declaration, and the rule that English is the default. */

/** A primary language subtag in lower case, then subtags: what the frontmatter's `language` accepts. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** A tag as a page may declare it ("PT_br", "en-us"), written as BCP 47 writes it ("pt-BR", "en-US"); undefined if it is none. */
export function languageTag(declared: string | undefined): string | undefined {
  const tag = declared
    ?.trim()
    .replace(/_/g, '-')
    .split('-')
    .map((part, i) => (i === 0 ? part.toLowerCase() : /^[a-z]{2}$/i.test(part) ? part.toUpperCase() : part))
    .join('-');
  return tag && LANGUAGE_TAG.test(tag) ? tag : undefined;
}

/** English, whatever its region ("en", "en-GB"): the language Dossier's rules read. */
export const isEnglishTag = (tag: string): boolean => /^en(?:-|$)/i.test(tag);
