import { Link, useNavigate, useParams } from 'react-router';
import { Breadcrumbs, type Crumb } from '@/components/breadcrumbs';
import { ErrorPanel } from '@/components/error-panel';
import { RequireSignIn } from '@/components/require-role';
import { Loading } from '@/components/spinner';
import { useEvent } from '@/features/events/api/get-event';
import { useEventPlace } from '@/features/events/api/get-place';
import { EditEventForm } from '@/features/events/components/edit-event-form';
import { paths } from '@/lib/paths';
import { useAccess } from '../use-access';

/** `/events/:id/edit` — change an event, its schedule and its cancelled dates (admins and its place's organisers). */
export function EditEventRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const access = useAccess();
  const eventQuery = useEvent(id);
  const placeQuery = useEventPlace(eventQuery.data?.placeId);
  const event = eventQuery.data;
  const place = placeQuery.data;

  const crumbs: Crumb[] = [{ to: paths.places, label: 'Places' }];
  if (place) crumbs.push({ to: paths.place(place.slug), label: place.name }, { to: paths.placeWhatsOn(place.slug), label: 'What’s on' });
  if (event) crumbs.push({ to: paths.event(event.id), label: event.title });

  let body;
  if (eventQuery.isError || placeQuery.isError) {
    const retry = eventQuery.isError ? eventQuery : placeQuery;
    body = <ErrorPanel error={retry.error} headingLevel={1} onRetry={() => void retry.refetch()} retrying={retry.isRefetching} />;
  } else if (!event || !place || !access.ready) {
    body = <Loading label="Loading the event…" />;
  } else if (!access.canWriteInPlace(event.placeId)) {
    body = (
      <div className="panel">
        <h1 className="panel__title">You can’t change this event</h1>
        <p className="panel__body">
          Only programme admins and {place.name}’s organisers can. <Link to={paths.event(event.id)}>See {event.title}</Link>.
        </p>
      </div>
    );
  } else {
    body = (
      <>
        <header className="page-header">
          <h1 className="page-header__title">Edit {event.title}</h1>
          <p className="page-header__lead">
            To cancel a single date, use “Cancel this date” on the event’s page. Attendance is recorded there too.
          </p>
        </header>
        <EditEventForm
          eventId={event.id}
          place={place}
          onSaved={(saved) => {
            void navigate(paths.event(saved.id), { replace: true });
          }}
        />
      </>
    );
  }

  return (
    <>
      <title>{event ? `Edit ${event.title} – Kickstart` : 'Edit event – Kickstart'}</title>
      <RequireSignIn>
        <Breadcrumbs items={crumbs} />
        {body}
      </RequireSignIn>
    </>
  );
}
