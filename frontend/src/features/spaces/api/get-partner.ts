import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { Partner } from '../types';
import { spaceKeys } from './query-keys';

/** `GET /api/v1/partners/{partnerId}` — a space's managing partner, for its name. Public. */
export async function getManagingPartner(partnerId: string, signal?: AbortSignal): Promise<Partner> {
  return sendForData(api().GET('/api/v1/partners/{partnerId}', { params: { path: { partnerId } }, signal: signal ?? null }));
}

export function managingPartnerQueryOptions(partnerId: string) {
  return queryOptions({
    queryKey: spaceKeys.partner(partnerId),
    queryFn: ({ signal }) => getManagingPartner(partnerId, signal),
  });
}

export function useManagingPartner(partnerId: string | undefined) {
  return useQuery({ ...managingPartnerQueryOptions(partnerId ?? ''), enabled: partnerId !== undefined });
}
