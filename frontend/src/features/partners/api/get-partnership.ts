import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { Partnership } from '../types';
import { partnerKeys } from './query-keys';

/**
 * `GET /api/v1/places/{placeId}/partnership` — the members (by role, then name) and a summary of
 * the active members by partner type and by role. Public.
 */
export async function getPartnership(placeId: string, signal?: AbortSignal): Promise<Partnership> {
  return sendForData(
    api().GET('/api/v1/places/{placeId}/partnership', { params: { path: { placeId } }, signal: signal ?? null }),
  );
}

export function partnershipQueryOptions(placeId: string) {
  return queryOptions({
    queryKey: partnerKeys.partnership(placeId),
    queryFn: ({ signal }) => getPartnership(placeId, signal),
  });
}

export function usePartnership(placeId: string) {
  return useQuery(partnershipQueryOptions(placeId));
}
