import { Link } from 'react-router';
import { Button } from '@/components/button';
import { LogoMark } from '@/components/layout/logo';
import { formatDay, pluralise } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useQuestions } from '../api/list-questions';
import { minutesToAnswer } from '../lib/estimate';
import { nativeLanguageName } from '../lib/labels';
import { publicSurveyUrl } from '../lib/links';
import type { Survey } from '../types';
import { QrCode } from './qr-code';
import '../surveys.css';

export interface SurveyPosterProps {
  survey: Survey;
  placeName?: string | undefined;
}

/** An A4 poster: the title, what it is for, a large QR code and the link written out. Prints on its own. */
export function SurveyPoster({ survey, placeName }: SurveyPosterProps) {
  const url = publicSurveyUrl(survey.publicToken);
  const others = survey.languages.filter((language) => language !== 'en');
  const bank = useQuestions();
  const types = survey.questions.map((entry) => bank.data?.find((question) => question.code === entry.code)?.type ?? 'single_choice');
  const minutes = minutesToAnswer(types);
  return (
    <>
      <div className="poster-actions">
        <p>
          Print this page on A4 and put it where people will see it: a noticeboard, a counter, a table at an event. Only the
          poster is printed.
        </p>
        {survey.status !== 'open' ? (
          <p className="notice notice--warning">
            The survey is {survey.status === 'draft' ? 'still a draft' : 'closed'}: the code will only work once it is open.
          </p>
        ) : null}
        <div className="button-row">
          <Button
            onClick={() => {
              window.print();
            }}
          >
            Print the poster
          </Button>
          <Link to={paths.survey(survey.id)} className="button button--quiet">
            Back to the survey
          </Link>
        </div>
      </div>
      <article className="poster" aria-label="Poster">
        {placeName ? <p className="poster__place">{placeName}</p> : null}
        <h2 className="poster__title">{survey.title}</h2>
        {survey.intro ? <p className="poster__intro">{survey.intro}</p> : null}
        <div className="poster__qr">
          <QrCode text={url} label={`QR code that opens ${url}`} />
        </div>
        <p className="poster__scan">Point your phone’s camera at the code to answer</p>
        <p className="poster__or">or go to</p>
        <p className="poster__url">{url}</p>
        <ul className="poster__facts">
          <li>{pluralise(survey.questions.length, 'question')}, about {pluralise(minutes, 'minute')}</li>
          <li>Anonymous</li>
          {survey.closesOn ? <li>Open until {formatDay(survey.closesOn)}</li> : null}
        </ul>
        {others.length > 0 ? (
          <p className="poster__languages">
            {others.map((language) => (
              <span key={language} lang={language}>
                {nativeLanguageName(language)}
              </span>
            ))}
          </p>
        ) : null}
        <p className="poster__brand">
          <LogoMark size={28} /> Kickstart
        </p>
      </article>
    </>
  );
}
