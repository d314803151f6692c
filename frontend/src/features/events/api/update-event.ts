import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, etagFor, sendForData } from '@/lib/api/client';
import type { Event, EventInput } from '../types';
import { eventKeys } from './query-keys';

export interface UpdateEventVariables {
  /** The event as it was read: its id and the version the change is based on. */
  event: Pick<Event, 'id' | 'version'>;
  /** The whole event as it should be, including its cancelled and moved dates. */
  input: EventInput;
}

/**
 * `PUT /api/v1/events/{eventId}` — admins and organisers of the event's place. Replaces the
 * event, its schedule and its exceptions; sends `If-Match: "<version>"`, so a change made
 * meanwhile by someone else is refused with 412. Cancelling one date is a PUT with that date
 * added to `exceptions`.
 */
export async function updateEvent({ event, input }: UpdateEventVariables): Promise<Event> {
  return sendForData(
    api().PUT('/api/v1/events/{eventId}', {
      params: { path: { eventId: event.id }, header: { 'If-Match': etagFor(event.version) } },
      body: input,
    }),
  );
}

export function updateEventMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...eventKeys.all, 'update'],
    mutationFn: updateEvent,
    onSuccess: (updated) => {
      queryClient.setQueryData(eventKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: eventKeys.occurrences() });
    },
  });
}

export function useUpdateEvent() {
  const queryClient = useQueryClient();
  return useMutation(updateEventMutationOptions(queryClient));
}
