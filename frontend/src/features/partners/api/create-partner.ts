import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { Partner, PartnerInput } from '../types';
import { partnerKeys } from './query-keys';

/** `POST /api/v1/partners` — admins and organisers. */
export async function createPartner(input: PartnerInput): Promise<Partner> {
  return sendForData(api().POST('/api/v1/partners', { body: input }));
}

export function createPartnerMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...partnerKeys.all, 'create'],
    mutationFn: createPartner,
    onSuccess: (partner) => {
      queryClient.setQueryData(partnerKeys.detail(partner.id), partner);
      void queryClient.invalidateQueries({ queryKey: partnerKeys.lists() });
    },
  });
}

export function useCreatePartner() {
  const queryClient = useQueryClient();
  return useMutation(createPartnerMutationOptions(queryClient));
}
