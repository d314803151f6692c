import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ButtonLink } from '@/components/button';
import { formatCount, formatDate, formatDay, pluralise } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useSurveyPlaceEvents } from '../api/list-events';
import { useQuestions } from '../api/list-questions';
import { useSurveyPlaceSpaces } from '../api/list-spaces';
import { SURVEY_STATUS_HINTS, SOURCE_LABELS, TYPE_LABELS, languageName } from '../lib/labels';
import type { Survey } from '../types';
import { DeleteSurvey } from './delete-survey';
import { DownloadResponses } from './download-responses';
import { PublicLink } from './public-link';
import { SurveyStatusActions } from './survey-status-actions';
import { SurveyStatusBadge } from './survey-status-badge';
import '../surveys.css';

export interface SurveyDetailsProps {
  survey: Survey;
  place?: { name: string; slug: string } | undefined;
  /** Admins and organisers of the survey's place: open, close, edit, enter and import responses. */
  canWrite: boolean;
  /** Those who may also export: analysts, admins and the place's organisers. */
  canExport: boolean;
  onReload: () => void;
  onDeleted: (survey: Survey) => void;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function About({ survey }: { survey: Survey }) {
  const spaces = useSurveyPlaceSpaces(survey.placeId, { enabled: survey.spaceId !== undefined });
  const events = useSurveyPlaceEvents(survey.placeId, { enabled: survey.eventId !== undefined });
  if (survey.spaceId) {
    const space = spaces.data?.find((item) => item.id === survey.spaceId);
    return space ? <Link to={paths.space(space.id)}>{space.name}</Link> : <>A space</>;
  }
  if (survey.eventId) {
    const event = events.data?.find((item) => item.id === survey.eventId);
    return event ? <Link to={paths.event(event.id)}>{event.title}</Link> : <>An event</>;
  }
  return <>The whole place</>;
}

function QuestionList({ survey }: { survey: Survey }) {
  const bank = useQuestions();
  const byCode = new Map((bank.data ?? []).map((question) => [question.code, question]));
  return (
    <ol className="survey-questions">
      {survey.questions.map((entry) => {
        const question = byCode.get(entry.code);
        return (
          <li key={entry.code} className="survey-questions__item">
            <span className="survey-questions__text">{question?.text ?? entry.code}</span>{' '}
            {entry.required ? <span className="badge survey-questions__required">Required</span> : null}
            <span className="survey-questions__meta">
              <span className="code">{entry.code}</span>
              {question ? ` · ${SOURCE_LABELS[question.source]} · ${TYPE_LABELS[question.type]}` : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** A survey's page: status and what to do next, its public link and poster, responses and downloads, questions. */
export function SurveyDetails({ survey, place, canWrite, canExport, onReload, onDeleted }: SurveyDetailsProps) {
  const languages = survey.languages.length > 0 ? survey.languages : ['en'];
  return (
    <article className="survey-page">
      <header className="page-header">
        <p className="eyebrow">Survey{place ? ` · ${place.name}` : ''}</p>
        <h1 className="page-header__title">{survey.title}</h1>
        <p className="survey-page__status">
          <SurveyStatusBadge status={survey.status} /> <span className="muted">{SURVEY_STATUS_HINTS[survey.status]}</span>
        </p>
      </header>

      <dl className="facts facts--compact survey-page__facts">
        <Fact label="Responses">{formatCount(survey.responseCount)}</Fact>
        <Fact label="Questions">{formatCount(survey.questions.length)}</Fact>
        <Fact label="About">
          <About survey={survey} />
        </Fact>
        <Fact label="Languages">{languages.map(languageName).join(', ')}</Fact>
        <Fact label="Opens">{survey.opensOn ? formatDay(survey.opensOn) : 'When opened'}</Fact>
        <Fact label="Closes">{survey.closesOn ? formatDay(survey.closesOn) : 'When closed'}</Fact>
      </dl>

      {canWrite ? (
        <section className="section survey-page__section" aria-labelledby="survey-status-title">
          <h2 id="survey-status-title">Status</h2>
          <SurveyStatusActions survey={survey} onReload={onReload} />
          <div className="button-row survey-page__manage">
            <ButtonLink to={paths.editSurvey(survey.id)}>Edit survey</ButtonLink>
            {survey.responseCount === 0 ? <DeleteSurvey survey={survey} onDeleted={onDeleted} onReload={onReload} /> : null}
          </div>
        </section>
      ) : null}

      <section className="section survey-page__section" aria-labelledby="survey-share-title">
        <h2 id="survey-share-title">Share it</h2>
        <PublicLink survey={survey} />
        <p>
          <Link to={paths.surveyPoster(survey.id)}>Print a poster with a QR code</Link> for noticeboards, counters and events.
        </p>
      </section>

      <section className="section survey-page__section" aria-labelledby="survey-responses-title">
        <h2 id="survey-responses-title">Responses</h2>
        <p>
          {survey.responseCount === 0
            ? 'Nobody has answered yet.'
            : `${pluralise(survey.responseCount, 'response')} so far, online, on paper and by interview.`}
        </p>
        {canWrite ? (
          survey.status === 'draft' ? (
            <p className="muted">Once the survey is open you can type in paper forms and import them from a spreadsheet.</p>
          ) : (
            <div className="button-row survey-page__entry">
              <ButtonLink to={paths.enterResponses(survey.id)}>Enter paper responses</ButtonLink>
              <ButtonLink to={paths.importResponses(survey.id)}>Import from a CSV file</ButtonLink>
            </div>
          )
        ) : null}
        {canExport ? (
          <>
            <h3 className="survey-page__subtitle">Download the responses</h3>
            <DownloadResponses
              from={{ surveyId: survey.id }}
              nameParts={[place?.slug ?? '', survey.title]}
              what="the responses to this survey"
            />
          </>
        ) : null}
      </section>

      <section className="section survey-page__section" aria-labelledby="survey-questions-title">
        <h2 id="survey-questions-title">Questions</h2>
        <QuestionList survey={survey} />
        <p className="meta">
          Created {formatDate(survey.createdAt)}, last changed {formatDate(survey.updatedAt)}.
        </p>
      </section>
    </article>
  );
}
