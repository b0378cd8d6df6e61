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

export function placeNotes<N extends { at: string }>(paragraphTexts: readonly string[], notes: readonly N[]): NoteTarget<N>[] {
  // Smart punctuation may have curled the quotes in the rendered text; compare without it.
  const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
  const texts = paragraphTexts.map(plain);
  return notes.map((note) => ({ note, paragraph: texts.findIndex((text) => text.includes(plain(note.at))) }));
}
