import { useId, useState } from 'react';
import { previewSurvey, type PreviewSource } from '../lib/bank';
import { languageName } from '../lib/labels';
import type { Question } from '../types';
import { SurveyRunner } from './survey-runner';

export interface SurveyPreviewProps {
  source: PreviewSource;
  bank: readonly Question[];
  /** The level of the preview's own heading; the survey's headings sit one below it. */
  headingLevel?: 2 | 3;
}

/** The survey being built, as a resident would see and step through it; nothing is sent. */
export function SurveyPreview({ source, bank, headingLevel = 3 }: SurveyPreviewProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const [language, setLanguage] = useState('en');
  const ids = useId();
  const survey = previewSurvey(source, bank, language);

  return (
    <section className="survey-preview" aria-labelledby={`${ids}-title`}>
      <Heading id={`${ids}-title`} className="survey-preview__title">
        Preview: as a resident sees it
      </Heading>
      <p className="survey-preview__hint">Try it: answers here are not sent. {survey.languages.length > 1 ? `Shown in ${languageName(survey.language)}.` : ''}</p>
      <div className="survey-preview__phone">
        <SurveyRunner survey={survey} onLanguageChange={setLanguage} headingLevel={headingLevel === 2 ? 3 : 4} idPrefix={`${ids}-preview`} />
      </div>
    </section>
  );
}
