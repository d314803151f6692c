import type { Survey, SurveyInput, SurveyTemplate, SurveyTemplateId } from '../types';

export type SurveyTarget = 'place' | 'space' | 'event';

export interface ChosenQuestion {
  code: string;
  required: boolean;
}

/** What the builder holds while someone fills it in: text as typed, questions in order. */
export interface SurveyFormValues {
  title: string;
  intro: string;
  /** The template the questions came from, `own` for a hand-picked set, '' before choosing. */
  startedFrom: SurveyTemplateId | 'own' | '';
  questions: ChosenQuestion[];
  /** The languages other than English it is offered in. */
  languages: string[];
  /** The title and introduction in each of those languages. */
  translations: Record<string, { title: string; intro: string }>;
  target: SurveyTarget;
  spaceId: string;
  eventId: string;
  opensOn: string;
  closesOn: string;
}

/** Problems by field: `title`, `questions`, `translations.pl.title`, … */
export type SurveyFormErrors = Partial<Record<string, string>>;

export const TITLE_LIMIT = 200;
export const INTRO_LIMIT = 2000;
export const QUESTION_LIMIT = 60;
export const LANGUAGE_LIMIT = 10;

export function toFormValues(survey?: Survey): SurveyFormValues {
  if (!survey) {
    return {
      title: '',
      intro: '',
      startedFrom: '',
      questions: [],
      languages: [],
      translations: {},
      target: 'place',
      spaceId: '',
      eventId: '',
      opensOn: '',
      closesOn: '',
    };
  }
  const languages = survey.languages.filter((language) => language !== 'en');
  return {
    title: survey.title,
    intro: survey.intro ?? '',
    startedFrom: 'own',
    questions: survey.questions.map((question) => ({ code: question.code, required: question.required })),
    languages,
    translations: Object.fromEntries(
      languages.map((language) => [language, { title: survey.translations[language]?.title ?? '', intro: survey.translations[language]?.intro ?? '' }]),
    ),
    target: survey.spaceId ? 'space' : survey.eventId ? 'event' : 'place',
    spaceId: survey.spaceId ?? '',
    eventId: survey.eventId ?? '',
    opensOn: survey.opensOn ?? '',
    closesOn: survey.closesOn ?? '',
  };
}

/**
 * Starts from a template: its questions (and which are required) replace the chosen ones, and its
 * title and introduction fill those boxes if they are still empty.
 */
export function applyTemplate(values: SurveyFormValues, template: SurveyTemplate): SurveyFormValues {
  return {
    ...values,
    startedFrom: template.id,
    questions: template.questions.map((question) => ({ code: question.code, required: question.required })),
    title: values.title.trim() === '' ? template.title : values.title,
    intro: values.intro.trim() === '' ? template.intro : values.intro,
  };
}

/** The list with the item at `index` moved one place up (-1) or down (+1). */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The chosen languages the chosen questions can all be asked in. */
export function offeredLanguages(values: SurveyFormValues, available: readonly string[]): string[] {
  return values.languages.filter((language) => available.includes(language));
}

/** What must be fixed before the survey can be saved. */
export function checkSurveyForm(values: SurveyFormValues, available: readonly string[]): SurveyFormErrors {
  const errors: SurveyFormErrors = {};
  const title = values.title.trim();
  if (title === '') errors.title = 'Enter a title';
  else if (title.length > TITLE_LIMIT) errors.title = `Use ${String(TITLE_LIMIT)} characters or fewer`;
  if (values.intro.trim().length > INTRO_LIMIT) errors.intro = `Use ${INTRO_LIMIT.toLocaleString('en-GB')} characters or fewer`;
  if (values.questions.length === 0) errors.questions = 'Choose at least one question, or start from a template';
  else if (values.questions.length > QUESTION_LIMIT) errors.questions = `A survey can ask at most ${String(QUESTION_LIMIT)} questions`;
  const languages = offeredLanguages(values, available);
  if (languages.length > LANGUAGE_LIMIT - 1) errors.languages = `Offer at most ${String(LANGUAGE_LIMIT)} languages, English included`;
  for (const language of languages) {
    const text = values.translations[language];
    if ((text?.title.trim().length ?? 0) > TITLE_LIMIT) errors[`translations.${language}.title`] = `Use ${String(TITLE_LIMIT)} characters or fewer`;
    if ((text?.intro.trim().length ?? 0) > INTRO_LIMIT) errors[`translations.${language}.intro`] = `Use ${INTRO_LIMIT.toLocaleString('en-GB')} characters or fewer`;
    if (text?.title.trim() === '' && text.intro.trim() !== '') errors[`translations.${language}.title`] = 'Enter the title in this language too';
  }
  if (values.target === 'space' && values.spaceId === '') errors.spaceId = 'Choose the space';
  if (values.target === 'event' && values.eventId === '') errors.eventId = 'Choose the event';
  if (values.opensOn !== '' && !DATE.test(values.opensOn)) errors.opensOn = 'Enter a date, for example 2026-12-01';
  if (values.closesOn !== '' && !DATE.test(values.closesOn)) errors.closesOn = 'Enter a date, for example 2026-12-31';
  if (!errors.opensOn && !errors.closesOn && values.opensOn !== '' && values.closesOn !== '' && values.closesOn < values.opensOn) {
    errors.closesOn = 'The closing date must be on or after the opening date';
  }
  return errors;
}

/** The survey as the API takes it; empty optional fields are left out. */
export function toSurveyInput(values: SurveyFormValues, placeId: string, available: readonly string[]): SurveyInput {
  const languages = offeredLanguages(values, available);
  const input: SurveyInput = {
    placeId,
    title: values.title.trim(),
    questions: values.questions.map((question) => ({ code: question.code, required: question.required })),
    languages: ['en', ...languages],
  };
  const intro = values.intro.trim();
  if (intro !== '') input.intro = intro;
  const translations: NonNullable<SurveyInput['translations']> = {};
  for (const language of languages) {
    const text = values.translations[language];
    const title = text?.title.trim() ?? '';
    if (title === '') continue;
    const translatedIntro = text?.intro.trim() ?? '';
    translations[language] = translatedIntro === '' ? { title } : { title, intro: translatedIntro };
  }
  if (Object.keys(translations).length > 0) input.translations = translations;
  if (values.target === 'space' && values.spaceId !== '') input.spaceId = values.spaceId;
  if (values.target === 'event' && values.eventId !== '') input.eventId = values.eventId;
  if (values.opensOn !== '') input.opensOn = values.opensOn;
  if (values.closesOn !== '') input.closesOn = values.closesOn;
  return input;
}

/** The builder's field for a path in the API's `errors[]`, e.g. `questions[3].code` → `questions`. */
export function formKeyFor(path: string): string | undefined {
  if (/^questions(\[\d+\](\..+)?)?$/.test(path) || path === 'template') return 'questions';
  if (/^languages(\[\d+\])?$/.test(path)) return 'languages';
  if (/^translations\.[^.]+\.(title|intro)$/.test(path)) return path;
  if (/^translations(\.[^.]+)?$/.test(path)) return 'languages';
  return ['title', 'intro', 'spaceId', 'eventId', 'opensOn', 'closesOn'].includes(path) ? path : undefined;
}

/** The id of a field's control, for the error summary's links. */
export function fieldId(key: string): string {
  return `survey-${key.replace(/[^a-zA-Z0-9-]+/g, '-')}`;
}
