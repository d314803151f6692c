import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { OrganiserList } from '../types';
import { organiserKeys } from './query-keys';

/** `GET /api/v1/places/{placeId}/organisers` — admins, and the place's own organisers. */
export async function listOrganisers(placeId: string, signal?: AbortSignal): Promise<OrganiserList> {
  return sendForData(api().GET('/api/v1/places/{placeId}/organisers', { params: { path: { placeId } }, signal: signal ?? null }));
}

export function organisersQueryOptions(placeId: string) {
  return queryOptions({
    queryKey: organiserKeys.place(placeId),
    queryFn: ({ signal }) => listOrganisers(placeId, signal),
  });
}

export function useOrganisers(placeId: string) {
  return useQuery(organisersQueryOptions(placeId));
}
