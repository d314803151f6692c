import type { Answer, Answers, PublicQuestion } from '../types';

/** The answers given so far, by question code. */
export type AnswerMap = Readonly<Record<string, Answer>>;

export const FREE_TEXT_LIMIT = 2000;

/** The id of a question's first control (its first radio, or its text box), for moving focus to it. */
export function answerControlId(idPrefix: string): string {
  return `${idPrefix}-answer`;
}

/** The most characters a written answer may have. */
export function maxLengthOf(question: Pick<PublicQuestion, 'maxLength'>): number {
  return question.maxLength ?? FREE_TEXT_LIMIT;
}

/** A question answered with words rather than by choosing: free text, or an open demographic such as a postcode district. */
export function isWritten(question: Pick<PublicQuestion, 'type' | 'options'>): boolean {
  return question.type === 'free_text' || (question.type === 'demographic' && question.options.length === 0);
}

/** True when something counts as an answer (blank text does not). */
export function isAnswered(value: Answer | undefined): value is Answer {
  if (value === undefined) return false;
  return typeof value === 'number' || value.trim() !== '';
}

function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern).test(value);
  } catch {
    // A pattern this browser cannot read is left to the server to check.
    return true;
  }
}

/**
 * The answer as it will be sent: text trimmed, and a short code such as a postcode district in
 * capitals when that is what the question's pattern asks for ("hx1" → "HX1").
 */
export function normaliseAnswer(question: PublicQuestion, value: Answer): Answer {
  if (typeof value === 'number') return value;
  const trimmed = value.trim();
  if (question.pattern && !matches(question.pattern, trimmed) && matches(question.pattern, trimmed.toUpperCase())) {
    return trimmed.toUpperCase();
  }
  return trimmed;
}

/** What is wrong with an answer, in words a resident understands; undefined when it is fine. */
export function answerProblem(question: PublicQuestion, value: Answer | undefined): string | undefined {
  if (!isAnswered(value)) {
    if (!question.required) return undefined;
    return isWritten(question) ? 'Please write an answer to go on.' : 'Please choose an answer to go on.';
  }
  if (question.type === 'scale_1_7') {
    return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7 ? undefined : 'Please choose a number from 1 to 7.';
  }
  if (isWritten(question)) {
    const text = String(normaliseAnswer(question, value));
    const limit = maxLengthOf(question);
    if (text.length > limit) return `Please shorten your answer to ${limit.toLocaleString('en-GB')} characters or fewer.`;
    if (question.pattern && !matches(question.pattern, text)) return 'Please check your answer: it isn’t in the form the question asks for.';
    return undefined;
  }
  return question.options.some((option) => option.code === value) ? undefined : 'Please choose one of the answers.';
}

/** The first question (by position) with a problem, or -1. */
export function firstProblem(questions: readonly PublicQuestion[], answers: AnswerMap): number {
  return questions.findIndex((question) => answerProblem(question, answers[question.code]) !== undefined);
}

/** An answer in words, as the review step shows it: the option's label, the number, or the text. */
export function describeAnswer(question: PublicQuestion, value: Answer | undefined): string | undefined {
  if (!isAnswered(value)) return undefined;
  if (question.type === 'scale_1_7') {
    if (value === 1 && question.minLabel) return `1 – ${question.minLabel}`;
    if (value === 7 && question.maxLabel) return `7 – ${question.maxLabel}`;
    return String(value);
  }
  if (isWritten(question)) return String(normaliseAnswer(question, value));
  return question.options.find((option) => option.code === value)?.label ?? String(value);
}

/** Only the questions asked and answered, normalised, ready to send. */
export function answersToSend(questions: readonly PublicQuestion[], answers: AnswerMap): Answers {
  const sent: Answers = {};
  for (const question of questions) {
    const value = answers[question.code];
    if (isAnswered(value)) sent[question.code] = normaliseAnswer(question, value);
  }
  return sent;
}
