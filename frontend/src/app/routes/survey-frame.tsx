import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { Breadcrumbs, type Crumb } from '@/components/breadcrumbs';
import { ErrorPanel } from '@/components/error-panel';
import { RequireSignIn } from '@/components/require-role';
import { Loading } from '@/components/spinner';
import { useSurveyPlace } from '@/features/surveys/api/get-place';
import { useSurvey } from '@/features/surveys/api/get-survey';
import type { PlaceRecord, Survey } from '@/features/surveys/types';
import { useAuth } from '@/lib/auth';
import { paths } from '@/lib/paths';
import { hasStatus } from '@/lib/problem';
import { useAccess } from '../use-access';

export interface SurveyPageContext {
  survey: Survey;
  place: PlaceRecord | undefined;
  /** Admins and organisers of the survey's place. */
  canWrite: boolean;
  /** Those, and analysts: reading and exporting responses. */
  canExport: boolean;
  /** False until it is known who may change what. */
  accessReady: boolean;
  reload: () => void;
}

export interface SurveyFrameProps {
  /** The last crumb's label, for pages under a survey's own page, e.g. “Poster”. */
  page?: string | undefined;
  children: (context: SurveyPageContext) => ReactNode;
}

/** The frame of the pages under `/surveys/:id`: sign-in, loading the survey and its place, breadcrumbs. */
export function SurveyFrame({ page, children }: SurveyFrameProps) {
  return (
    <RequireSignIn>
      <LoadedSurvey page={page}>{children}</LoadedSurvey>
    </RequireSignIn>
  );
}

function LoadedSurvey({ page, children }: SurveyFrameProps) {
  const { id = '' } = useParams();
  const access = useAccess();
  const { hasRole } = useAuth();
  const surveyQuery = useSurvey(id);
  const placeQuery = useSurveyPlace(surveyQuery.data?.placeId);
  const place = placeQuery.data;

  const crumbs: Crumb[] = [{ to: paths.places, label: 'Places' }];
  if (place) crumbs.push({ to: paths.place(place.slug), label: place.name }, { to: paths.placeSurveys(place.slug), label: 'Surveys' });
  if (page && surveyQuery.data) crumbs.push({ to: paths.survey(surveyQuery.data.id), label: surveyQuery.data.title });

  if (surveyQuery.isPending) {
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <Loading label="Loading the survey…" />
      </>
    );
  }
  if (surveyQuery.isError) {
    return (
      <>
        <Breadcrumbs items={crumbs} />
        {hasStatus(surveyQuery.error, 404) ? <title>Survey not found – Kickstart</title> : null}
        <ErrorPanel error={surveyQuery.error} headingLevel={1} onRetry={() => void surveyQuery.refetch()} retrying={surveyQuery.isRefetching} />
      </>
    );
  }

  const survey = surveyQuery.data;
  const canWrite = access.canWriteInPlace(survey.placeId);
  return (
    <>
      <Breadcrumbs items={crumbs} />
      {children({
        survey,
        place,
        canWrite,
        canExport: canWrite || hasRole('analyst'),
        accessReady: access.ready,
        reload: () => void surveyQuery.refetch(),
      })}
    </>
  );
}
