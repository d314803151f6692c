import { RequireSignIn } from '@/components/require-role';
import { Loading } from '@/components/spinner';
import { OrganisersPanel } from '@/features/organisers/components/organisers-panel';
import { useAccess } from '../use-access';
import { usePlaceHub } from './place-hub-context';

export function PlaceOrganisersRoute() {
  const { place } = usePlaceHub();
  const access = useAccess();
  return (
    <>
      <title>{`Organisers – ${place.name} – Kickstart`}</title>
      <RequireSignIn headingLevel={2}>
        {!access.ready ? (
          <Loading label="Checking what you can see…" />
        ) : access.isAdmin || access.organisesPlace(place.id) ? (
          <OrganisersPanel placeId={place.id} placeName={place.name} canManage={access.isAdmin} />
        ) : (
          <div className="panel">
            <h2 className="panel__title">Only admins and {place.name}’s organisers can see this</h2>
            <p className="panel__body">Ask a programme admin if you think you should organise {place.name}.</p>
          </div>
        )}
      </RequireSignIn>
    </>
  );
}
