import { Link } from 'react-router';
import { Loading } from '@/components/spinner';
import { PaperEntryForm } from '@/features/surveys/components/paper-entry-form';
import { paths } from '@/lib/paths';
import { SurveyCannotChange } from './survey-cannot-change';
import { SurveyFrame } from './survey-frame';

/** `/surveys/:id/enter` — organisers type in paper and interview responses, one form after another. */
export function SurveyEnterRoute() {
  return (
    <SurveyFrame page="Enter paper responses">
      {({ survey, place, canWrite, accessReady }) => {
        if (!accessReady) return <Loading label="Checking what you can change…" />;
        if (!canWrite) return <SurveyCannotChange surveyId={survey.id} placeName={place?.name} />;
        return (
          <>
            <title>{`Enter paper responses – ${survey.title} – Kickstart`}</title>
            <header className="page-header">
              <h1 className="page-header__title">Enter paper responses</h1>
              <p className="page-header__lead">
                For “{survey.title}”. Many forms to type? <Link to={paths.importResponses(survey.id)}>Import them from a CSV file</Link>{' '}
                instead.
              </p>
            </header>
            {survey.status === 'draft' ? (
              <div className="panel">
                <h2 className="panel__title">Open the survey first</h2>
                <p className="panel__body">
                  A draft takes no responses. <Link to={paths.survey(survey.id)}>Open it on the survey’s page</Link>, then come back.
                </p>
              </div>
            ) : (
              <PaperEntryForm survey={survey} />
            )}
          </>
        );
      }}
    </SurveyFrame>
  );
}
