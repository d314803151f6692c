import { Link, useNavigate } from 'react-router';
import { RequireSignIn } from '@/components/require-role';
import { Loading } from '@/components/spinner';
import { CreateEventForm } from '@/features/events/components/create-event-form';
import { paths } from '@/lib/paths';
import { useAccess } from '../use-access';
import { usePlaceHub } from './place-hub-context';

/** `/places/:slug/events/new` — schedule an event (admins and the place's organisers). */
export function NewEventRoute() {
  const { place } = usePlaceHub();
  const navigate = useNavigate();
  const access = useAccess();
  return (
    <>
      <title>{`Add an event – ${place.name} – Kickstart`}</title>
      <RequireSignIn headingLevel={2}>
        {!access.ready ? (
          <Loading label="Checking what you can change…" />
        ) : access.canWriteInPlace(place.id) ? (
          <>
            <header className="page-header">
              <h2>Add an event in {place.name}</h2>
              <p className="muted">A one-off event or a regular activity, hosted by one or more of {place.name}’s partners.</p>
            </header>
            <CreateEventForm
              place={place}
              cancelTo={paths.placeWhatsOn(place.slug)}
              headingLevel={3}
              onCreated={(event) => {
                void navigate(paths.event(event.id));
              }}
            />
          </>
        ) : (
          <div className="panel">
            <h2 className="panel__title">You can’t add events in {place.name}</h2>
            <p className="panel__body">
              Only programme admins and {place.name}’s organisers can. Ask a programme admin if you think you should be
              one. <Link to={paths.placeWhatsOn(place.slug)}>See what’s on in {place.name}</Link>.
            </p>
          </div>
        )}
      </RequireSignIn>
    </>
  );
}
