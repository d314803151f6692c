import { useNavigate, useParams } from 'react-router';
import { Breadcrumbs, type Crumb } from '@/components/breadcrumbs';
import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { useSpacePlace } from '@/features/spaces/api/get-place';
import { useSpace } from '@/features/spaces/api/get-space';
import { SpaceDetails } from '@/features/spaces/components/space-details';
import { paths } from '@/lib/paths';
import { hasStatus } from '@/lib/problem';
import { useAccess } from '../use-access';

/** `/spaces/:id` — one space: its details, opening hours, features, map and status history. */
export function SpaceRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const access = useAccess();
  const spaceQuery = useSpace(id);
  const placeQuery = useSpacePlace(spaceQuery.data?.placeId);
  const place = placeQuery.data;

  const crumbs: Crumb[] = [{ to: paths.places, label: 'Places' }];
  if (place) {
    crumbs.push({ to: paths.place(place.slug), label: place.name }, { to: paths.placeSpaces(place.slug), label: 'Spaces' });
  }

  if (spaceQuery.isPending) {
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <Loading label="Loading the space…" />
      </>
    );
  }

  if (spaceQuery.isError) {
    return (
      <>
        <Breadcrumbs items={crumbs} />
        {hasStatus(spaceQuery.error, 404) ? <title>Space not found – Kickstart</title> : null}
        <ErrorPanel
          error={spaceQuery.error}
          headingLevel={1}
          onRetry={() => void spaceQuery.refetch()}
          retrying={spaceQuery.isRefetching}
        />
      </>
    );
  }

  const space = spaceQuery.data;
  return (
    <>
      <title>{`${space.name}${place ? ` – ${place.name}` : ''} – Kickstart`}</title>
      <Breadcrumbs items={crumbs} />
      <SpaceDetails
        space={space}
        placeName={place?.name}
        canWrite={access.canWriteInPlace(space.placeId)}
        onReload={() => void spaceQuery.refetch()}
        onDeleted={(deleted) => {
          void navigate(place ? paths.placeSpaces(place.slug) : paths.places, {
            replace: true,
            state: { notice: `${deleted.name} has been deleted.` },
          });
        }}
      />
    </>
  );
}
