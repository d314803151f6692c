import { Link } from 'react-router';
import { Loading } from '@/components/spinner';
import { ImportResponses } from '@/features/surveys/components/import-responses';
import { paths } from '@/lib/paths';
import { SurveyCannotChange } from './survey-cannot-change';
import { SurveyFrame } from './survey-frame';

/** `/surveys/:id/import` — paper responses from a CSV file, all or nothing, with a report of each bad cell. */
export function SurveyImportRoute() {
  return (
    <SurveyFrame page="Import responses">
      {({ survey, place, canWrite, accessReady }) => {
        if (!accessReady) return <Loading label="Checking what you can change…" />;
        if (!canWrite) return <SurveyCannotChange surveyId={survey.id} placeName={place?.name} />;
        return (
          <>
            <title>{`Import responses – ${survey.title} – Kickstart`}</title>
            <header className="page-header">
              <h1 className="page-header__title">Import paper responses</h1>
              <p className="page-header__lead">
                For “{survey.title}”. Just a few forms? <Link to={paths.enterResponses(survey.id)}>Type them in</Link> instead.
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
              <ImportResponses survey={survey} />
            )}
          </>
        );
      }}
    </SurveyFrame>
  );
}
