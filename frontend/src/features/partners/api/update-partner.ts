import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, etagFor, sendForData } from '@/lib/api/client';
import type { Partner, PartnerInput } from '../types';
import { partnerKeys } from './query-keys';

export interface UpdatePartnerVariables {
  /** The partner as it was read: its id and the version the edit is based on. */
  partner: Pick<Partner, 'id' | 'version'>;
  input: PartnerInput;
}

/**
 * `PUT /api/v1/partners/{partnerId}` — replaces the partner. Sends `If-Match: "<version>"`, so a
 * change made meanwhile by someone else is refused with 412 instead of being overwritten.
 */
export async function updatePartner({ partner, input }: UpdatePartnerVariables): Promise<Partner> {
  return sendForData(
    api().PUT('/api/v1/partners/{partnerId}', {
      params: { path: { partnerId: partner.id }, header: { 'If-Match': etagFor(partner.version) } },
      body: input,
    }),
  );
}

export function updatePartnerMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...partnerKeys.all, 'update'],
    mutationFn: updatePartner,
    onSuccess: (updated) => {
      // The answer may leave out `places`; keep the ones we knew until the refetch.
      queryClient.setQueryData<Partner>(partnerKeys.detail(updated.id), (old) =>
        updated.places === undefined && old?.places ? { ...updated, places: old.places } : updated,
      );
      void queryClient.invalidateQueries({ queryKey: partnerKeys.detail(updated.id) });
      void queryClient.invalidateQueries({ queryKey: partnerKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: partnerKeys.partnerships() });
      void queryClient.invalidateQueries({ queryKey: partnerKeys.memberships() });
    },
  });
}

export function useUpdatePartner() {
  const queryClient = useQueryClient();
  return useMutation(updatePartnerMutationOptions(queryClient));
}
