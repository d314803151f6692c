import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, etagFor, send } from '@/lib/api/client';
import type { Space } from '../types';
import { spaceKeys } from './query-keys';

export type DeleteSpaceVariables = Pick<Space, 'id' | 'placeId' | 'version'>;

/** `DELETE /api/v1/spaces/{spaceId}` — admins and organisers of its place, with `If-Match: "<version>"`. */
export async function deleteSpace({ id, version }: DeleteSpaceVariables): Promise<void> {
  await send(
    api().DELETE('/api/v1/spaces/{spaceId}', {
      params: { path: { spaceId: id }, header: { 'If-Match': etagFor(version) } },
    }),
  );
}

export function deleteSpaceMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...spaceKeys.all, 'delete'],
    mutationFn: deleteSpace,
    // Synchronous on purpose: the caller navigates away in its own onSuccess, right after this.
    onSuccess: (_nothing, { id, placeId }) => {
      queryClient.removeQueries({ queryKey: spaceKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: spaceKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: spaceKeys.pipeline(placeId) });
    },
  });
}

export function useDeleteSpace() {
  const queryClient = useQueryClient();
  return useMutation(deleteSpaceMutationOptions(queryClient));
}
