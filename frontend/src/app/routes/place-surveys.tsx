import { useLocation } from 'react-router';
import { ButtonLink } from '@/components/button';
import { Notice } from '@/components/notice';
import { RequireSignIn } from '@/components/require-role';
import { DownloadResponses } from '@/features/surveys/components/download-responses';
import { SurveysList } from '@/features/surveys/components/surveys-list';
import { useAuth } from '@/lib/auth';
import { paths } from '@/lib/paths';
import { useAccess } from '../use-access';
import { usePlaceHub } from './place-hub-context';

interface SurveysLocationState {
  notice?: string;
}

/** `/places/:slug/surveys` — the place's surveys with their status and responses; new surveys; the place-wide export. */
export function PlaceSurveysRoute() {
  const { place } = usePlaceHub();
  const access = useAccess();
  const { hasRole } = useAuth();
  const location = useLocation();
  const notice = (location.state as SurveysLocationState | null)?.notice;
  const canWrite = access.canWriteInPlace(place.id);
  return (
    <>
      <title>{`Surveys – ${place.name} – Kickstart`}</title>
      <header className="section__header page-header--with-actions">
        <div>
          <h2>Surveys in {place.name}</h2>
          <p className="muted">
            Ask residents how connected they feel, with recognised questions, online, on paper or face to face.
          </p>
        </div>
        {canWrite ? (
          <ButtonLink to={paths.newSurvey(place.slug)} variant="primary">
            New survey
          </ButtonLink>
        ) : null}
      </header>
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      <RequireSignIn headingLevel={2}>
        <SurveysList placeId={place.id} placeName={place.name} />
        {canWrite || hasRole('analyst') ? (
          <section className="section manage" aria-labelledby="place-export-title">
            <h3 id="place-export-title">Every response in {place.name}</h3>
            <p className="muted">All surveys together, one column for each question any of them asks.</p>
            <DownloadResponses from={{ placeId: place.id }} nameParts={[place.slug, 'all surveys']} what={`every response in ${place.name}`} />
          </section>
        ) : null}
      </RequireSignIn>
    </>
  );
}
