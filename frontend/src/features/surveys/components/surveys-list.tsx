import { Link } from 'react-router';
import { ErrorPanel } from '@/components/error-panel';
import { ScrollRegion } from '@/components/scroll-region';
import { Loading } from '@/components/spinner';
import { formatCount, formatDay } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useSurveyPlaceEvents } from '../api/list-events';
import { useSurveyPlaceSpaces } from '../api/list-spaces';
import { usePlaceSurveys } from '../api/list-surveys';
import type { Survey } from '../types';
import { SurveyStatusBadge } from './survey-status-badge';
import '../surveys.css';

function dates(survey: Survey): string {
  if (survey.opensOn && survey.closesOn) return `${formatDay(survey.opensOn)} to ${formatDay(survey.closesOn)}`;
  if (survey.opensOn) return `From ${formatDay(survey.opensOn)}`;
  if (survey.closesOn) return `Until ${formatDay(survey.closesOn)}`;
  return '–';
}

/** A place's surveys, newest first: status, responses so far, dates and what each is about. */
export function SurveysList({ placeId, placeName }: { placeId: string; placeName: string }) {
  const surveys = usePlaceSurveys(placeId);
  const needsSpaces = surveys.data?.some((survey) => survey.spaceId !== undefined) ?? false;
  const needsEvents = surveys.data?.some((survey) => survey.eventId !== undefined) ?? false;
  const spaces = useSurveyPlaceSpaces(placeId, { enabled: needsSpaces });
  const events = useSurveyPlaceEvents(placeId, { enabled: needsEvents });

  if (surveys.isPending) return <Loading label="Loading the surveys…" />;
  if (surveys.isError) {
    return <ErrorPanel error={surveys.error} headingLevel={3} onRetry={() => void surveys.refetch()} retrying={surveys.isRefetching} />;
  }
  if (surveys.data.length === 0) {
    return <p className="muted surveys-empty">{placeName} has no surveys yet.</p>;
  }

  const aboutOf = (survey: Survey) => {
    if (survey.spaceId) return spaces.data?.find((space) => space.id === survey.spaceId)?.name ?? 'A space';
    if (survey.eventId) return events.data?.find((event) => event.id === survey.eventId)?.title ?? 'An event';
    return 'The whole place';
  };

  return (
    <ScrollRegion labelledBy="surveys-caption">
      <table className="table table--stack surveys-table">
        <caption id="surveys-caption" className="table__caption">
          {formatCount(surveys.data.length)} {surveys.data.length === 1 ? 'survey' : 'surveys'}, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Survey</th>
            <th scope="col">Status</th>
            <th scope="col" className="table__number">
              Responses
            </th>
            <th scope="col">Open</th>
            <th scope="col">About</th>
          </tr>
        </thead>
        <tbody>
          {surveys.data.map((survey) => (
            <tr key={survey.id}>
              <th scope="row" data-label="Survey">
                <Link to={paths.survey(survey.id)}>{survey.title}</Link>
              </th>
              <td data-label="Status">
                <SurveyStatusBadge status={survey.status} />
              </td>
              <td data-label="Responses" className="table__number">
                {formatCount(survey.responseCount)}
              </td>
              <td data-label="Open">{dates(survey)}</td>
              <td data-label="About">{aboutOf(survey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
