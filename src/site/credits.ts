/**
 * Who wrote a chapter, and who else the source credits: "Jared Malsin;
 * photographs by Emanuele Satolli" is one author and a photographer; "Joel
 * Wing (interviewer)" is an author in a role. A byline, a citation and BibTeX
 * name the authors; the photographer is credited with the photographs. Pure.
 */
export interface Credits {
  /** The writers, without their roles: what a citation names. */
  authors: string[];
  /** The author field as a byline shows it: the writers with their roles, no photographer. */
  byline?: string;
  /** Photographers the author field names. */
  photographers: string[];
}

const PHOTOGRAPHS = /^(?:(?:additional\s+)?(?:photo(?:graph)?s?|pictures?|images?)(?:\s+by|:)|photographed\s+by)\s+/i;
const ROLE = /\s*\((?:interviewer|editor|translator|reporting|compiled by|with reporting)[^)]*\)\s*$/i;

export function splitCredits(author: string | undefined): Credits {
  if (!author?.trim()) return { authors: [], photographers: [] };
  const parts = author
    .split(/\s*[;|]\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
  const photographers = parts.filter((part) => PHOTOGRAPHS.test(part)).map((part) => part.replace(PHOTOGRAPHS, '').trim());
  const writers = parts.filter((part) => !PHOTOGRAPHS.test(part));
  const byline = writers.join('; ') || undefined;
  // "A and B" are two writers; a comma may be a title ("Jane Doe, Reuters"), so it does not split.
  const authors = writers
    .flatMap((writer) => writer.replace(ROLE, '').split(/\s+and\s+|\s*&\s*/))
    .map((name) => name.trim())
    .filter(Boolean);
  return { authors, ...(byline && { byline }), photographers };
}
