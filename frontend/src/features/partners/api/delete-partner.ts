import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, etagFor, send } from '@/lib/api/client';
import type { Partner } from '../types';
import { partnerKeys } from './query-keys';

export type DeletePartnerVariables = Pick<Partner, 'id' | 'version'>;

/**
 * `DELETE /api/v1/partners/{partnerId}` with `If-Match: "<version>"`. A partner still in a
 * partnership is refused with 409.
 */
export async function deletePartner({ id, version }: DeletePartnerVariables): Promise<void> {
  await send(
    api().DELETE('/api/v1/partners/{partnerId}', {
      params: { path: { partnerId: id }, header: { 'If-Match': etagFor(version) } },
    }),
  );
}

export function deletePartnerMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...partnerKeys.all, 'delete'],
    mutationFn: deletePartner,
    // Synchronous on purpose: the caller navigates away in its own onSuccess, right after this.
    onSuccess: (_nothing, { id }) => {
      queryClient.removeQueries({ queryKey: partnerKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: partnerKeys.lists() });
    },
  });
}

export function useDeletePartner() {
  const queryClient = useQueryClient();
  return useMutation(deletePartnerMutationOptions(queryClient));
}
