import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, etagFor, sendForData } from '@/lib/api/client';
import type { Place, PlaceInput } from '../types';
import { placeKeys } from './query-keys';

export interface UpdatePlaceVariables {
  /** The place as it was read: its id, slug and the version the edit is based on. */
  place: Pick<Place, 'id' | 'slug' | 'version'>;
  input: PlaceInput;
}

/**
 * `PUT /api/v1/places/{placeId}` — admins only. Sends `If-Match: "<version>"`, so a change made
 * meanwhile by someone else is refused with 412 instead of being overwritten.
 */
export async function updatePlace({ place, input }: UpdatePlaceVariables): Promise<Place> {
  return sendForData(
    api().PUT('/api/v1/places/{placeId}', {
      params: { path: { placeId: place.id }, header: { 'If-Match': etagFor(place.version) } },
      body: input,
    }),
  );
}

export function updatePlaceMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...placeKeys.all, 'update'],
    mutationFn: updatePlace,
    onSuccess: (updated, { place }) => {
      queryClient.setQueryData(placeKeys.detail(updated.slug), updated);
      if (place.slug !== updated.slug) queryClient.removeQueries({ queryKey: placeKeys.detail(place.slug) });
      void queryClient.invalidateQueries({ queryKey: placeKeys.lists() });
    },
  });
}

export function useUpdatePlace() {
  const queryClient = useQueryClient();
  return useMutation(updatePlaceMutationOptions(queryClient));
}
