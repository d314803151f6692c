import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, etagFor, sendForData } from '@/lib/api/client';
import type { Space, StatusChange } from '../types';
import { spaceKeys } from './query-keys';

export interface ChangeSpaceStatusVariables {
  space: Pick<Space, 'id' | 'version'>;
  change: StatusChange;
}

/**
 * `POST /api/v1/spaces/{spaceId}/status` — moves a space along its lifecycle and records who,
 * when and why in its history. A move the lifecycle does not allow is refused with 409 and a
 * plain-English `detail`; a stale version with 412.
 */
export async function changeSpaceStatus({ space, change }: ChangeSpaceStatusVariables): Promise<Space> {
  return sendForData(
    api().POST('/api/v1/spaces/{spaceId}/status', {
      params: { path: { spaceId: space.id }, header: { 'If-Match': etagFor(space.version) } },
      body: change,
    }),
  );
}

export function changeSpaceStatusMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...spaceKeys.all, 'status'],
    mutationFn: changeSpaceStatus,
    onSuccess: (updated) => {
      queryClient.setQueryData(spaceKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: spaceKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: spaceKeys.pipeline(updated.placeId) });
    },
  });
}

export function useChangeSpaceStatus() {
  const queryClient = useQueryClient();
  return useMutation(changeSpaceStatusMutationOptions(queryClient));
}
