import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, etagFor, send } from '@/lib/api/client';
import type { Event } from '../types';
import { eventKeys } from './query-keys';

export type DeleteEventVariables = Pick<Event, 'id' | 'version'>;

/**
 * `DELETE /api/v1/events/{eventId}` — admins and organisers of its place, with `If-Match`. An
 * event with attendance recorded is refused (409): it can be cancelled instead.
 */
export async function deleteEvent({ id, version }: DeleteEventVariables): Promise<void> {
  await send(
    api().DELETE('/api/v1/events/{eventId}', {
      params: { path: { eventId: id }, header: { 'If-Match': etagFor(version) } },
    }),
  );
}

export function deleteEventMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...eventKeys.all, 'delete'],
    mutationFn: deleteEvent,
    // Synchronous on purpose: the caller navigates away in its own onSuccess, right after this.
    onSuccess: (_nothing, { id }) => {
      queryClient.removeQueries({ queryKey: eventKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: eventKeys.occurrences() });
    },
  });
}

export function useDeleteEvent() {
  const queryClient = useQueryClient();
  return useMutation(deleteEventMutationOptions(queryClient));
}
