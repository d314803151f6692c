import { Link, useNavigate, useParams } from 'react-router';
import { Breadcrumbs, type Crumb } from '@/components/breadcrumbs';
import { ErrorPanel } from '@/components/error-panel';
import { RequireSignIn } from '@/components/require-role';
import { Loading } from '@/components/spinner';
import { useSpacePlace } from '@/features/spaces/api/get-place';
import { useSpace } from '@/features/spaces/api/get-space';
import { EditSpaceForm } from '@/features/spaces/components/edit-space-form';
import { paths } from '@/lib/paths';
import { useAccess } from '../use-access';

/** `/spaces/:id/edit` — change a space's details (admins and its place's organisers). */
export function EditSpaceRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const access = useAccess();
  const spaceQuery = useSpace(id);
  const placeQuery = useSpacePlace(spaceQuery.data?.placeId);
  const space = spaceQuery.data;
  const place = placeQuery.data;

  const crumbs: Crumb[] = [{ to: paths.places, label: 'Places' }];
  if (place) crumbs.push({ to: paths.place(place.slug), label: place.name }, { to: paths.placeSpaces(place.slug), label: 'Spaces' });
  if (space) crumbs.push({ to: paths.space(space.id), label: space.name });

  let body;
  if (spaceQuery.isError || placeQuery.isError) {
    const retry = spaceQuery.isError ? spaceQuery : placeQuery;
    body = <ErrorPanel error={retry.error} headingLevel={1} onRetry={() => void retry.refetch()} retrying={retry.isRefetching} />;
  } else if (!space || !place || !access.ready) {
    body = <Loading label="Loading the space…" />;
  } else if (!access.canWriteInPlace(space.placeId)) {
    body = (
      <div className="panel">
        <h1 className="panel__title">You can’t change this space</h1>
        <p className="panel__body">
          Only programme admins and {place.name}’s organisers can. <Link to={paths.space(space.id)}>See {space.name}</Link>.
        </p>
      </div>
    );
  } else {
    body = (
      <>
        <header className="page-header">
          <h1 className="page-header__title">Edit {space.name}</h1>
          <p className="page-header__lead">
            To move it to another stage, use “Change status” on its page, so the change is kept in its history.
          </p>
        </header>
        <EditSpaceForm
          spaceId={space.id}
          place={place}
          onSaved={(saved) => {
            void navigate(paths.space(saved.id), { replace: true });
          }}
        />
      </>
    );
  }

  return (
    <>
      <title>{space ? `Edit ${space.name} – Kickstart` : 'Edit space – Kickstart'}</title>
      <RequireSignIn>
        <Breadcrumbs items={crumbs} />
        {body}
      </RequireSignIn>
    </>
  );
}
