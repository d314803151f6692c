import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { Partnership } from '../types';
import { eventKeys } from './query-keys';

/**
 * `GET /api/v1/places/{placeId}/partnership` — the place's partnership members (by role, then
 * name), the partners who may host its events. Public.
 */
export async function getHostPartnership(placeId: string, signal?: AbortSignal): Promise<Partnership> {
  return sendForData(api().GET('/api/v1/places/{placeId}/partnership', { params: { path: { placeId } }, signal: signal ?? null }));
}

export function hostPartnershipQueryOptions(placeId: string) {
  return queryOptions({
    queryKey: eventKeys.partnership(placeId),
    queryFn: ({ signal }) => getHostPartnership(placeId, signal),
  });
}

export function useHostPartnership(placeId: string) {
  return useQuery(hostPartnershipQueryOptions(placeId));
}
