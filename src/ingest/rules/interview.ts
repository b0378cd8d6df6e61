/**
 * An interview is paragraphs of questions, each followed by answers (seed 002).
 * Paragraphs before the first question are the introduction.
 */
export type Role = 'text' | 'question' | 'answer';

const MAX_QUESTION_WORDS = 60;

export function isQuestion(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.endsWith('?') && trimmed.split(/\s+/).length <= MAX_QUESTION_WORDS;
}

/** Roles for each paragraph, or all 'text' when this is not an interview. */
export function interviewRoles(paragraphs: readonly string[], mode: boolean | undefined): Role[] {
  const plain = paragraphs.map((): Role => 'text');
  if (mode === false) return plain;
  const questions = paragraphs.map(isQuestion);
  // A question counts only when an answer follows it.
  const answered = questions.map((q, i) => q && i + 1 < paragraphs.length && !questions[i + 1]);
  const count = answered.filter(Boolean).length;
  if (count < (mode === true ? 1 : 2)) return plain;
  const first = answered.indexOf(true);
  return paragraphs.map((_, i) => (i < first ? 'text' : answered[i] ? 'question' : 'answer'));
}
