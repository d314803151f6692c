import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { Place, PlaceInput } from '../types';
import { placeKeys } from './query-keys';

/** `POST /api/v1/places` — admins only. */
export async function createPlace(input: PlaceInput): Promise<Place> {
  return sendForData(api().POST('/api/v1/places', { body: input }));
}

export function createPlaceMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...placeKeys.all, 'create'],
    mutationFn: createPlace,
    onSuccess: (place) => {
      queryClient.setQueryData(placeKeys.detail(place.slug), place);
      void queryClient.invalidateQueries({ queryKey: placeKeys.lists() });
    },
  });
}

export function useCreatePlace() {
  const queryClient = useQueryClient();
  return useMutation(createPlaceMutationOptions(queryClient));
}
