/**
 * A title the source never printed (the editor's, or ingest's guess) is not
 * the publication's headline: wherever the chapter is cited or announced, it
 * stands in square brackets, as bibliographies give a supplied title. Pure.
 */
export function citedTitle(title: string, supplied: boolean | undefined): string {
  return supplied ? `[${title}]` : title;
}
