import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { Organiser } from '../types';
import { organiserKeys } from './query-keys';

export interface GrantOrganiserVariables {
  placeId: string;
  /** The user's OIDC subject, as listed by `GET /api/v1/users`. */
  subject: string;
}

/** `PUT /api/v1/places/{placeId}/organisers/{subject}` — admins only; idempotent. */
export async function grantOrganiser({ placeId, subject }: GrantOrganiserVariables): Promise<Organiser> {
  return sendForData(api().PUT('/api/v1/places/{placeId}/organisers/{subject}', { params: { path: { placeId, subject } } }));
}

export function grantOrganiserMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...organiserKeys.all, 'grant'],
    mutationFn: grantOrganiser,
    onSuccess: (_organiser, { placeId }) => {
      void queryClient.invalidateQueries({ queryKey: organiserKeys.place(placeId) });
    },
  });
}

export function useGrantOrganiser() {
  const queryClient = useQueryClient();
  return useMutation(grantOrganiserMutationOptions(queryClient));
}
