import type { QuestionType } from '../types';

/** About how long a survey takes: a few seconds for each choice, a minute for each written answer. */
export function minutesToAnswer(types: readonly QuestionType[]): number {
  const seconds = types.reduce((total, type) => total + (type === 'free_text' ? 60 : 12), 0);
  return Math.max(1, Math.round(seconds / 60));
}
