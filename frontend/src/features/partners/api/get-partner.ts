import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { Partner } from '../types';
import { partnerKeys } from './query-keys';

/** `GET /api/v1/partners/{partnerId}` — one partner and the partnerships it belongs to. Public. */
export async function getPartner(id: string, signal?: AbortSignal): Promise<Partner> {
  return sendForData(api().GET('/api/v1/partners/{partnerId}', { params: { path: { partnerId: id } }, signal: signal ?? null }));
}

export function partnerQueryOptions(id: string) {
  return queryOptions({
    queryKey: partnerKeys.detail(id),
    queryFn: ({ signal }) => getPartner(id, signal),
  });
}

export function usePartner(id: string) {
  return useQuery(partnerQueryOptions(id));
}
