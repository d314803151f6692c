import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { paths } from '@/lib/paths';
import { useEvent } from '../api/get-event';
import { useUpdateEvent } from '../api/update-event';
import type { Event } from '../types';
import { EventForm } from './event-form';

export interface EditEventFormProps {
  eventId: string;
  place: { id: string; name: string };
  onSaved: (event: Event) => void;
}

/** The edit form for an event, wired to `PUT /api/v1/events/{id}` with If-Match. */
export function EditEventForm({ eventId, place, onSaved }: EditEventFormProps) {
  const eventQuery = useEvent(eventId);
  const mutation = useUpdateEvent();

  if (eventQuery.isPending) return <Loading label="Loading the event…" />;
  if (eventQuery.isError) {
    return <ErrorPanel error={eventQuery.error} onRetry={() => void eventQuery.refetch()} retrying={eventQuery.isRefetching} />;
  }

  const event = eventQuery.data;
  return (
    <EventForm
      // A fresh version after “Reload” starts the form again from the server's values.
      key={`${event.id}:${String(event.version)}`}
      place={place}
      initial={event}
      submitLabel="Save changes"
      pendingLabel="Saving…"
      pending={mutation.isPending}
      error={mutation.error}
      cancelTo={paths.event(event.id)}
      onReload={() => {
        mutation.reset();
        void eventQuery.refetch();
      }}
      onSubmit={(input) => {
        mutation.mutate({ event, input }, { onSuccess: onSaved });
      }}
    />
  );
}
