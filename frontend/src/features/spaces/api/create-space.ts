import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { Space, SpaceInput } from '../types';
import { spaceKeys } from './query-keys';

/** `POST /api/v1/spaces` — admins and organisers of the space's place. Status defaults to idea. */
export async function createSpace(input: SpaceInput): Promise<Space> {
  return sendForData(api().POST('/api/v1/spaces', { body: input }));
}

export function createSpaceMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...spaceKeys.all, 'create'],
    mutationFn: createSpace,
    onSuccess: (space) => {
      queryClient.setQueryData(spaceKeys.detail(space.id), space);
      void queryClient.invalidateQueries({ queryKey: spaceKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: spaceKeys.pipeline(space.placeId) });
    },
  });
}

export function useCreateSpace() {
  const queryClient = useQueryClient();
  return useMutation(createSpaceMutationOptions(queryClient));
}
