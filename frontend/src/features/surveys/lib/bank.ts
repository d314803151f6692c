import type { PublicQuestion, PublicSurvey, Question, QuestionTopic, SurveyQuestion, SurveyText } from '../types';
import { TOPICS, TOPIC_LABELS } from './labels';

export interface TopicGroup {
  topic: QuestionTopic;
  label: string;
  questions: Question[];
}

/** The bank's questions by topic, topics in a fixed order and questions in bank order. */
export function groupByTopic(questions: readonly Question[]): TopicGroup[] {
  return TOPICS.flatMap((topic) => {
    const inTopic = questions.filter((question) => question.topic === topic);
    return inTopic.length > 0 ? [{ topic, label: TOPIC_LABELS[topic], questions: inTopic }] : [];
  });
}

/** Languages other than English that every one of the questions is translated into, sorted by tag. */
export function commonLanguages(questions: readonly Question[]): string[] {
  if (questions.length === 0) return [];
  const [first, ...rest] = questions;
  const shared = Object.keys(first?.translations ?? {}).filter(
    (language) => language !== 'en' && rest.every((question) => language in question.translations),
  );
  return shared.sort();
}

/** Every language other than English that at least one question of the bank is translated into. */
export function bankLanguages(questions: readonly Question[]): string[] {
  return [...new Set(questions.flatMap((question) => Object.keys(question.translations)))].filter((tag) => tag !== 'en').sort();
}

/** The bank's questions for a survey's codes, in the survey's order; unknown codes are left out. */
export function questionsFor(codes: readonly SurveyQuestion[], bank: readonly Question[]): Question[] {
  const byCode = new Map(bank.map((question) => [question.code, question]));
  return codes.flatMap((entry) => {
    const question = byCode.get(entry.code);
    return question ? [question] : [];
  });
}

/** A bank question as a resident sees it in a language (English where it has no translation). */
export function toPublicQuestion(question: Question, required: boolean, language: string): PublicQuestion {
  const translation = language === 'en' ? undefined : question.translations[language];
  const options = question.options.map((option) => ({
    code: option.code,
    label: translation?.options?.[option.code] ?? option.label,
  }));
  const shown: PublicQuestion = { code: question.code, type: question.type, text: translation?.text ?? question.text, required, options };
  if (question.minLabel !== undefined) shown.minLabel = question.minLabel;
  if (question.maxLabel !== undefined) shown.maxLabel = question.maxLabel;
  if (question.maxLength !== undefined) shown.maxLength = question.maxLength;
  if (question.pattern !== undefined) shown.pattern = question.pattern;
  return shown;
}

/** The first of the texts that is not blank, trimmed. */
function firstFilled(...texts: (string | undefined)[]): string | undefined {
  return texts.map((text) => text?.trim()).find((text): text is string => text !== undefined && text !== '');
}

export interface PreviewSource {
  title: string;
  intro?: string | undefined;
  placeName: string;
  about?: string | undefined;
  closesOn?: string | undefined;
  questions: readonly SurveyQuestion[];
  /** Other languages besides English. */
  languages: readonly string[];
  translations: Readonly<Record<string, SurveyText>>;
}

/** What the public form would show for a survey being built — the builder's live preview. */
export function previewSurvey(source: PreviewSource, bank: readonly Question[], language: string): PublicSurvey {
  const languages = ['en', ...source.languages.filter((tag) => tag !== 'en')];
  const shownLanguage = languages.includes(language) ? language : 'en';
  const text = shownLanguage === 'en' ? undefined : source.translations[shownLanguage];
  const byCode = new Map(bank.map((question) => [question.code, question]));
  const survey: PublicSurvey = {
    title: firstFilled(text?.title, source.title) ?? 'Untitled survey',
    language: shownLanguage,
    languages,
    placeName: source.placeName,
    questions: source.questions.flatMap((entry) => {
      const question = byCode.get(entry.code);
      return question ? [toPublicQuestion(question, entry.required, shownLanguage)] : [];
    }),
  };
  const intro = firstFilled(text?.intro, source.intro);
  if (intro) survey.intro = intro;
  if (source.about) survey.about = source.about;
  if (source.closesOn) survey.closesOn = source.closesOn;
  return survey;
}
