import { Link, useNavigate } from 'react-router';
import { RequireSignIn } from '@/components/require-role';
import { Loading } from '@/components/spinner';
import { CreateSpaceForm } from '@/features/spaces/components/create-space-form';
import { paths } from '@/lib/paths';
import { useAccess } from '../use-access';
import { usePlaceHub } from './place-hub-context';

/** `/places/:slug/spaces/new` — add a space (admins and the place's organisers). */
export function NewSpaceRoute() {
  const { place } = usePlaceHub();
  const navigate = useNavigate();
  const access = useAccess();
  return (
    <>
      <title>{`Add a space – ${place.name} – Kickstart`}</title>
      <RequireSignIn headingLevel={2}>
        {!access.ready ? (
          <Loading label="Checking what you can change…" />
        ) : access.canWriteInPlace(place.id) ? (
          <>
            <header className="page-header">
              <h2>Add a space in {place.name}</h2>
              <p className="muted">A space people use now, or one the partnership is planning. You can fill in more later.</p>
            </header>
            <CreateSpaceForm
              place={place}
              cancelTo={paths.placeSpaces(place.slug)}
              headingLevel={3}
              onCreated={(space) => {
                void navigate(paths.space(space.id));
              }}
            />
          </>
        ) : (
          <div className="panel">
            <h2 className="panel__title">You can’t add spaces in {place.name}</h2>
            <p className="panel__body">
              Only programme admins and {place.name}’s organisers can. Ask a programme admin if you think you should be
              one. <Link to={paths.placeSpaces(place.slug)}>See {place.name}’s spaces</Link>.
            </p>
          </div>
        )}
      </RequireSignIn>
    </>
  );
}
