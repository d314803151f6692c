import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { Event, EventInput } from '../types';
import { eventKeys } from './query-keys';

/** `POST /api/v1/events` — admins and organisers of the event's place. */
export async function createEvent(input: EventInput): Promise<Event> {
  return sendForData(api().POST('/api/v1/events', { body: input }));
}

export function createEventMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...eventKeys.all, 'create'],
    mutationFn: createEvent,
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(event.id), event);
      void queryClient.invalidateQueries({ queryKey: eventKeys.occurrences() });
    },
  });
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation(createEventMutationOptions(queryClient));
}
