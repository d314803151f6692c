import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, etagFor, sendForData } from '@/lib/api/client';
import type { Membership, MembershipInput } from '../types';
import { partnerKeys } from './query-keys';

export interface PutMembershipVariables {
  placeId: string;
  partnerId: string;
  /** The membership's version when changing one (sent as `If-Match`); absent when adding. */
  version?: number | undefined;
  input: MembershipInput;
}

/**
 * `PUT /api/v1/places/{placeId}/partnership/{partnerId}` — adds the partner to the partnership,
 * or changes its membership. A change always sends `If-Match: "<version>"`: a stale one is
 * refused with 412, and a membership added meanwhile by someone else with 428.
 */
export async function putMembership({ placeId, partnerId, version, input }: PutMembershipVariables): Promise<Membership> {
  return sendForData(
    api().PUT('/api/v1/places/{placeId}/partnership/{partnerId}', {
      params: {
        path: { placeId, partnerId },
        ...(version === undefined ? {} : { header: { 'If-Match': etagFor(version) } }),
      },
      body: input,
    }),
  );
}

export function putMembershipMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...partnerKeys.all, 'membership', 'put'],
    mutationFn: putMembership,
    onSuccess: (membership, { placeId, partnerId }) => {
      queryClient.setQueryData(partnerKeys.membership(placeId, partnerId), membership);
      void queryClient.invalidateQueries({ queryKey: partnerKeys.partnership(placeId) });
      void queryClient.invalidateQueries({ queryKey: partnerKeys.detail(partnerId) });
      void queryClient.invalidateQueries({ queryKey: partnerKeys.lists() });
    },
  });
}

export function usePutMembership() {
  const queryClient = useQueryClient();
  return useMutation(putMembershipMutationOptions(queryClient));
}
