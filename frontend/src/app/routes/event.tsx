import { useNavigate, useParams } from 'react-router';
import { Breadcrumbs, type Crumb } from '@/components/breadcrumbs';
import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { useEvent } from '@/features/events/api/get-event';
import { useEventPlace } from '@/features/events/api/get-place';
import { EventDetails } from '@/features/events/components/event-details';
import { paths } from '@/lib/paths';
import { hasStatus } from '@/lib/problem';
import { useAccess } from '../use-access';

/** `/events/:id` — one event: its schedule in words, details, next and past dates with attendance, and calendar feeds. */
export function EventRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const access = useAccess();
  const eventQuery = useEvent(id);
  const placeQuery = useEventPlace(eventQuery.data?.placeId);
  const place = placeQuery.data;

  const crumbs: Crumb[] = [{ to: paths.places, label: 'Places' }];
  if (place) {
    crumbs.push({ to: paths.place(place.slug), label: place.name }, { to: paths.placeWhatsOn(place.slug), label: 'What’s on' });
  }

  if (eventQuery.isPending) {
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <Loading label="Loading the event…" />
      </>
    );
  }

  if (eventQuery.isError) {
    return (
      <>
        <Breadcrumbs items={crumbs} />
        {hasStatus(eventQuery.error, 404) ? <title>Event not found – Kickstart</title> : null}
        <ErrorPanel error={eventQuery.error} headingLevel={1} onRetry={() => void eventQuery.refetch()} retrying={eventQuery.isRefetching} />
      </>
    );
  }

  const event = eventQuery.data;
  return (
    <>
      <title>{`${event.title}${place ? ` – ${place.name}` : ''} – Kickstart`}</title>
      <Breadcrumbs items={crumbs} />
      <EventDetails
        event={event}
        place={place}
        canWrite={access.canWriteInPlace(event.placeId)}
        onReload={() => void eventQuery.refetch()}
        onDeleted={(deleted) => {
          void navigate(place ? paths.placeWhatsOn(place.slug) : paths.places, {
            replace: true,
            state: { notice: `${deleted.title} has been deleted.` },
          });
        }}
      />
    </>
  );
}
