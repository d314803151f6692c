import { useCreateEvent } from '../api/create-event';
import type { Event } from '../types';
import { EventForm } from './event-form';

export interface CreateEventFormProps {
  place: { id: string; name: string };
  cancelTo: string;
  onCreated: (event: Event) => void;
  /** The level of the form's section headings (3 inside a place's page). */
  headingLevel?: 2 | 3;
}

/** The form for scheduling an event in a place, wired to `POST /api/v1/events`. */
export function CreateEventForm({ place, cancelTo, onCreated, headingLevel = 2 }: CreateEventFormProps) {
  const mutation = useCreateEvent();
  return (
    <EventForm
      place={place}
      submitLabel="Add event"
      pendingLabel="Adding the event…"
      pending={mutation.isPending}
      error={mutation.error}
      cancelTo={cancelTo}
      headingLevel={headingLevel}
      onSubmit={(input) => {
        mutation.mutate(input, { onSuccess: onCreated });
      }}
    />
  );
}
