import { Outlet, useParams } from 'react-router';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { SubNav, type SubNavItem } from '@/components/sub-nav';
import { usePlace } from '@/features/places/api/get-place';
import { PlaceSummary } from '@/features/places/components/place-summary';
import { paths } from '@/lib/paths';
import { hasStatus } from '@/lib/problem';
import { useAccess } from '../use-access';
import type { PlaceHubContext } from './place-hub-context';

/** The place hub: the place's facts, links to its sections, and the section being shown. */
export function PlaceRoute() {
  const { slug = '' } = useParams();
  const { data: place, error, isPending, isError, refetch, isRefetching } = usePlace(slug);
  const access = useAccess();

  if (isPending) {
    return (
      <>
        <Breadcrumbs items={[{ to: paths.places, label: 'Places' }]} />
        <Loading label="Loading the place…" />
      </>
    );
  }

  if (isError) {
    return (
      <>
        <Breadcrumbs items={[{ to: paths.places, label: 'Places' }]} />
        {hasStatus(error, 404) ? (
          <>
            <title>Place not found – Kickstart</title>
            <ErrorPanel error={error} headingLevel={1} />
          </>
        ) : (
          <ErrorPanel error={error} headingLevel={1} onRetry={() => void refetch()} retrying={isRefetching} />
        )}
      </>
    );
  }

  const sections: SubNavItem[] = [
    { to: paths.place(place.slug), label: 'Overview', end: true },
    { to: paths.placePartnership(place.slug), label: 'Partnership' },
    { to: paths.placeSpaces(place.slug), label: 'Spaces' },
    { to: paths.placeWhatsOn(place.slug), label: 'What’s on' },
    { to: paths.placeNeighbourhoods(place.slug), label: 'Neighbourhoods' },
    { to: paths.placeInsights(place.slug), label: 'Insights' },
  ];
  // Surveys are read by people signed in only.
  if (access.signedIn) sections.splice(4, 0, { to: paths.placeSurveys(place.slug), label: 'Surveys' });
  if (access.isAdmin || access.organisesPlace(place.id)) {
    sections.push({ to: paths.placeOrganisers(place.slug), label: 'Organisers' });
  }
  const context: PlaceHubContext = { place, reload: () => void refetch() };

  return (
    <>
      <Breadcrumbs items={[{ to: paths.places, label: 'Places' }]} />
      <article className="place">
        <PlaceSummary place={place} />
        <SubNav label={`${place.name} sections`} items={sections} />
        <div className="place__section">
          <Outlet context={context} />
        </div>
      </article>
    </>
  );
}
