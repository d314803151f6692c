import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, etagFor, send } from '@/lib/api/client';
import { partnerKeys } from './query-keys';

export interface DeleteMembershipVariables {
  placeId: string;
  partnerId: string;
  version: number;
}

/**
 * `DELETE /api/v1/places/{placeId}/partnership/{partnerId}` with `If-Match: "<version>"` —
 * removes the partner from the partnership and its history. Marking it as left keeps the history.
 */
export async function deleteMembership({ placeId, partnerId, version }: DeleteMembershipVariables): Promise<void> {
  await send(
    api().DELETE('/api/v1/places/{placeId}/partnership/{partnerId}', {
      params: { path: { placeId, partnerId }, header: { 'If-Match': etagFor(version) } },
    }),
  );
}

export function deleteMembershipMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...partnerKeys.all, 'membership', 'delete'],
    mutationFn: deleteMembership,
    onSuccess: (_nothing, { placeId, partnerId }) => {
      queryClient.removeQueries({ queryKey: partnerKeys.membership(placeId, partnerId) });
      void queryClient.invalidateQueries({ queryKey: partnerKeys.partnership(placeId) });
      void queryClient.invalidateQueries({ queryKey: partnerKeys.detail(partnerId) });
      void queryClient.invalidateQueries({ queryKey: partnerKeys.lists() });
    },
  });
}

export function useDeleteMembership() {
  const queryClient = useQueryClient();
  return useMutation(deleteMembershipMutationOptions(queryClient));
}
