import type { QuestionSource, QuestionTopic, QuestionType, ResponseMode, SurveyStatus } from '../types';

// The contract's vocabularies (openapi.yaml) in plain English. `satisfies` makes tsc fail if the
// contract gains or loses a value.

export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const satisfies readonly SurveyStatus[];

export const SURVEY_STATUS_LABELS: Record<SurveyStatus, string> = {
  draft: 'Draft',
  open: 'Open',
  closed: 'Closed',
};

export const SURVEY_STATUS_HINTS: Record<SurveyStatus, string> = {
  draft: 'Not yet open: residents can’t answer it, and you can still change everything.',
  open: 'Residents can answer it through its link or QR code.',
  closed: 'No longer taking answers online. You can still enter paper responses, or reopen it.',
};

/** In the order a place's surveys page lists the topics. */
export const TOPICS = [
  'belonging',
  'loneliness',
  'community',
  'welcome',
  'place_standard',
  'open',
  'demographics',
] as const satisfies readonly QuestionTopic[];

export const TOPIC_LABELS: Record<QuestionTopic, string> = {
  belonging: 'Belonging',
  loneliness: 'Loneliness',
  community: 'Community life',
  welcome: 'Welcome (for a space or event)',
  place_standard: 'Place Standard themes',
  open: 'Open questions',
  demographics: 'About the person (optional demographics)',
};

export const SOURCE_LABELS: Record<QuestionSource, string> = {
  ONS: 'Office for National Statistics',
  'Community Life Survey': 'Community Life Survey',
  'Place Standard': 'Place Standard',
  project: 'Kickstart',
};

export const TYPE_LABELS: Record<QuestionType, string> = {
  single_choice: 'One answer from a list',
  scale_1_7: 'Scale from 1 to 7',
  free_text: 'Written answer',
  demographic: 'About the person',
};

export const MODES = ['paper', 'interview'] as const satisfies readonly ResponseMode[];

export const MODE_LABELS: Record<ResponseMode, string> = {
  paper: 'Paper form',
  interview: 'Interview (asked in person or by phone)',
};

const englishNames = new Intl.DisplayNames(['en-GB'], { type: 'language' });

/** `pl` → "Polish", in English, for organisers. */
export function languageName(tag: string): string {
  try {
    return englishNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** `pl` → "polski", in the language itself, for the residents' language switcher. */
export function nativeLanguageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}
