import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, etagFor, send } from '@/lib/api/client';
import type { Place } from '../types';
import { placeKeys } from './query-keys';

export type DeletePlaceVariables = Pick<Place, 'id' | 'slug' | 'version'>;

/** `DELETE /api/v1/places/{placeId}` — admins only, with `If-Match: "<version>"`. */
export async function deletePlace({ id, version }: DeletePlaceVariables): Promise<void> {
  await send(
    api().DELETE('/api/v1/places/{placeId}', {
      params: { path: { placeId: id }, header: { 'If-Match': etagFor(version) } },
    }),
  );
}

export function deletePlaceMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...placeKeys.all, 'delete'],
    mutationFn: deletePlace,
    // Synchronous on purpose: the caller navigates away in its own onSuccess, right after this.
    onSuccess: (_nothing, { slug }) => {
      queryClient.removeQueries({ queryKey: placeKeys.detail(slug) });
      void queryClient.invalidateQueries({ queryKey: placeKeys.lists() });
    },
  });
}

export function useDeletePlace() {
  const queryClient = useQueryClient();
  return useMutation(deletePlaceMutationOptions(queryClient));
}
