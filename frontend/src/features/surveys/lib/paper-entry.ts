import type { Answer, Answers, Question } from '../types';
import { FREE_TEXT_LIMIT } from './answers';

export interface ParsedEntry {
  /** The answer as the API takes it; absent when the box is empty or cannot be read. */
  value?: Answer;
  /** Why it cannot be read, e.g. “Type 1 to 5, or an answer code”. */
  error?: string;
  /** What was understood, shown beside the box, e.g. “Fairly strongly”. */
  meaning?: string;
}

function isWrittenQuestion(question: Question): boolean {
  return question.type === 'free_text' || (question.type === 'demographic' && question.options.length === 0);
}

function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern).test(value);
  } catch {
    return true;
  }
}

/**
 * Reads what an organiser typed for one question of a paper form: the option's number as printed
 * (1 for the first answer), its code or its label for choices; 1–7 for scales; the words for
 * written answers (a postcode district in capitals).
 */
export function parseEntry(question: Question, raw: string, required: boolean): ParsedEntry {
  const typed = raw.trim();
  if (typed === '') return required ? { error: 'Required: type an answer' } : {};

  if (question.type === 'scale_1_7') {
    if (/^[1-7]$/.test(typed)) {
      const value = Number(typed);
      const end = value === 1 ? question.minLabel : value === 7 ? question.maxLabel : undefined;
      return { value, meaning: end ? `${typed} – ${end}` : typed };
    }
    return { error: 'Type a number from 1 to 7' };
  }

  if (isWrittenQuestion(question)) {
    const limit = question.maxLength ?? FREE_TEXT_LIMIT;
    let text = typed;
    if (question.pattern && !matches(question.pattern, text) && matches(question.pattern, text.toUpperCase())) text = text.toUpperCase();
    if (text.length > limit) return { error: `Use ${limit.toLocaleString('en-GB')} characters or fewer` };
    if (question.pattern && !matches(question.pattern, text)) return { error: 'Not in the form this question asks for' };
    return { value: text };
  }

  const options = question.options;
  const byNumber = /^\d+$/.test(typed) ? options[Number(typed) - 1] : undefined;
  const lower = typed.toLowerCase();
  const option =
    byNumber ??
    options.find((item) => item.code.toLowerCase() === lower) ??
    options.find((item) => item.label.toLowerCase() === lower);
  if (!option) return { error: `Type 1 to ${String(options.length)}, or an answer code` };
  return { value: option.code, meaning: option.label };
}

/** The key to the numbers on a paper form: “1 Very strongly · 2 Fairly strongly · …”. */
export function optionKey(question: Question): string {
  if (question.type === 'scale_1_7') {
    return question.minLabel && question.maxLabel ? `1 (${question.minLabel}) to 7 (${question.maxLabel})` : '1 to 7';
  }
  if (isWrittenQuestion(question)) return question.pattern ? 'Text, e.g. HX1' : 'Text';
  return question.options.map((option, index) => `${String(index + 1)} ${option.label}`).join(' · ');
}

export interface EntryCheck {
  answers: Answers;
  /** Problems by question code. */
  errors: Record<string, string>;
}

/** Reads every box of a paper form: the answers to send, or what is wrong with each. */
export function readEntries(
  questions: readonly { question: Question; required: boolean }[],
  typed: Readonly<Record<string, string>>,
): EntryCheck {
  const answers: Answers = {};
  const errors: Record<string, string> = {};
  for (const { question, required } of questions) {
    const parsed = parseEntry(question, typed[question.code] ?? '', required);
    if (parsed.error) errors[question.code] = parsed.error;
    else if (parsed.value !== undefined) answers[question.code] = parsed.value;
  }
  return { answers, errors };
}

/** Today as `YYYY-MM-DD` in the organiser's own time zone. */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${String(now.getFullYear())}-${month}-${day}`;
}
