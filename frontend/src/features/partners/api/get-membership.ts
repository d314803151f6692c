import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { Membership } from '../types';
import { partnerKeys } from './query-keys';

/** `GET /api/v1/places/{placeId}/partnership/{partnerId}` — one partner's membership. Public. */
export async function getMembership(placeId: string, partnerId: string, signal?: AbortSignal): Promise<Membership> {
  return sendForData(
    api().GET('/api/v1/places/{placeId}/partnership/{partnerId}', {
      params: { path: { placeId, partnerId } },
      signal: signal ?? null,
    }),
  );
}

export function membershipQueryOptions(placeId: string, partnerId: string) {
  return queryOptions({
    queryKey: partnerKeys.membership(placeId, partnerId),
    queryFn: ({ signal }) => getMembership(placeId, partnerId, signal),
  });
}

export function useMembership(placeId: string, partnerId: string) {
  return useQuery(membershipQueryOptions(placeId, partnerId));
}
