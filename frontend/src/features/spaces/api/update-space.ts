import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, etagFor, sendForData } from '@/lib/api/client';
import type { Space, SpaceInput } from '../types';
import { spaceKeys } from './query-keys';

export interface UpdateSpaceVariables {
  /** The space as it was read: its id and the version the edit is based on. */
  space: Pick<Space, 'id' | 'version'>;
  /** Without `status`: that changes through {@link changeSpaceStatus}, so it is kept in the history. */
  input: SpaceInput;
}

/**
 * `PUT /api/v1/spaces/{spaceId}` — admins and organisers of the space's place. Sends
 * `If-Match: "<version>"`, so a change made meanwhile by someone else is refused with 412.
 */
export async function updateSpace({ space, input }: UpdateSpaceVariables): Promise<Space> {
  return sendForData(
    api().PUT('/api/v1/spaces/{spaceId}', {
      params: { path: { spaceId: space.id }, header: { 'If-Match': etagFor(space.version) } },
      body: input,
    }),
  );
}

export function updateSpaceMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...spaceKeys.all, 'update'],
    mutationFn: updateSpace,
    onSuccess: (updated) => {
      queryClient.setQueryData(spaceKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: spaceKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: spaceKeys.pipeline(updated.placeId) });
    },
  });
}

export function useUpdateSpace() {
  const queryClient = useQueryClient();
  return useMutation(updateSpaceMutationOptions(queryClient));
}
