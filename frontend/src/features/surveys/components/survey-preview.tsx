import { useId, useState } from 'react';
import { previewSurvey, type PreviewSource } from '../lib/bank';
import { languageName } from '../lib/labels';
import type { Question } from '../types';
import { SurveyRunner } from './survey-runner';

export interface SurveyPreviewProps {
  source: PreviewSource;
  bank: readonly Question[];
}

/** The survey being built, as a resident would see and step through it; nothing is sent. */
export function SurveyPreview({ source, bank }: SurveyPreviewProps) {
  const [language, setLanguage] = useState('en');
  const ids = useId();
  const survey = previewSurvey(source, bank, language);

  return (
    <section className="survey-preview" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} className="survey-preview__title">
        Preview: as a resident sees it
      </h3>
      <p className="survey-preview__hint">Try it: answers here are not sent. {survey.languages.length > 1 ? `Shown in ${languageName(survey.language)}.` : ''}</p>
      <div className="survey-preview__phone">
        <SurveyRunner survey={survey} onLanguageChange={setLanguage} headingLevel={3} idPrefix={`${ids}-preview`} />
      </div>
    </section>
  );
}
