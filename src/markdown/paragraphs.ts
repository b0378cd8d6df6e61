/**
 * Pure helpers for the chapter body: every paragraph gets a stable anchor,
 * `p-1`, `p-2`… in document order, and an editor's note attaches to the first
 * paragraph whose text contains the note's `at` phrase.
 */
export function paragraphId(index: number): string {
  return `p-${index + 1}`;
}

export interface NoteTarget<N> {
  note: N;
  /** Index of the paragraph the note belongs after, or -1 if no paragraph has the phrase. */
  paragraph: number;
}

/**
 * Text as smart punctuation leaves it, folded back: the page shows `--` as a
 * dash, `...` as an ellipsis and straight quotes curled, and a note's `at`
 * may be typed either way. Ingest and the page compare through this one fold.
 */
export function foldPunctuation(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/---|--|[—–]/g, '–')
    .replace(/\.\.\.|…/g, '…')
    .replace(/\s+/g, ' ');
}

export function placeNotes<N extends { at: string }>(paragraphTexts: readonly string[], notes: readonly N[]): NoteTarget<N>[] {
  if (!notes.length) return [];
  const plain = foldPunctuation;
  const texts = paragraphTexts.map(plain);
  return notes.map((note) => ({ note, paragraph: texts.findIndex((text) => text.includes(plain(note.at))) }));
}
