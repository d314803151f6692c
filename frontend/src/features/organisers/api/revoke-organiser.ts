import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, send } from '@/lib/api/client';
import type { OrganiserList } from '../types';
import { organiserKeys } from './query-keys';

export interface RevokeOrganiserVariables {
  placeId: string;
  subject: string;
}

/** `DELETE /api/v1/places/{placeId}/organisers/{subject}` — admins only. */
export async function revokeOrganiser({ placeId, subject }: RevokeOrganiserVariables): Promise<void> {
  await send(api().DELETE('/api/v1/places/{placeId}/organisers/{subject}', { params: { path: { placeId, subject } } }));
}

export function revokeOrganiserMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...organiserKeys.all, 'revoke'],
    mutationFn: revokeOrganiser,
    onSuccess: (_nothing, { placeId, subject }) => {
      queryClient.setQueryData<OrganiserList>(organiserKeys.place(placeId), (list) =>
        list ? { items: list.items.filter((item) => item.subject !== subject) } : list,
      );
      void queryClient.invalidateQueries({ queryKey: organiserKeys.place(placeId) });
    },
  });
}

export function useRevokeOrganiser() {
  const queryClient = useQueryClient();
  return useMutation(revokeOrganiserMutationOptions(queryClient));
}
