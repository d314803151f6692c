import type { Survey } from '../types';

/** The header line of an import file for a survey: its question codes, then the optional columns. */
export function csvTemplate(survey: Pick<Survey, 'questions'>): string {
  return `${[...survey.questions.map((question) => question.code), 'mode', 'language', 'submitted_on', 'neighbourhood'].join(',')}\r\n`;
}
