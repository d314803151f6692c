import { Link, useNavigate } from 'react-router';
import { RequireSignIn } from '@/components/require-role';
import { Loading } from '@/components/spinner';
import { CreateSurveyForm } from '@/features/surveys/components/create-survey-form';
import { paths } from '@/lib/paths';
import { useAccess } from '../use-access';
import { usePlaceHub } from './place-hub-context';

/** `/places/:slug/surveys/new` — the survey builder (admins and the place's organisers). */
export function PlaceSurveysNewRoute() {
  const { place } = usePlaceHub();
  const navigate = useNavigate();
  const access = useAccess();
  return (
    <>
      <title>{`New survey – ${place.name} – Kickstart`}</title>
      <RequireSignIn headingLevel={2}>
        {!access.ready ? (
          <Loading label="Checking what you can change…" />
        ) : access.canWriteInPlace(place.id) ? (
          <>
            <header className="page-header">
              <h2>New survey in {place.name}</h2>
              <p className="muted">
                It is saved as a draft: nobody can answer it until you open it, and you can change everything until then.
              </p>
            </header>
            <CreateSurveyForm
              place={place}
              cancelTo={paths.placeSurveys(place.slug)}
              onCreated={(survey) => {
                void navigate(paths.survey(survey.id));
              }}
            />
          </>
        ) : (
          <div className="panel">
            <h2 className="panel__title">You can’t add surveys in {place.name}</h2>
            <p className="panel__body">
              Only programme admins and {place.name}’s organisers can. Ask a programme admin if you think you should be one.{' '}
              <Link to={paths.placeSurveys(place.slug)}>See {place.name}’s surveys</Link>.
            </p>
          </div>
        )}
      </RequireSignIn>
    </>
  );
}
