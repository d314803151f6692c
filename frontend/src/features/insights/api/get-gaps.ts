import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { Gaps } from '../types';
import { insightKeys } from './query-keys';

/**
 * `GET /api/v1/places/{placeId}/gaps` — every neighbourhood of the place with its deprivation,
 * open spaces, weekly events, belonging and loneliness, and a priority score (0–100), highest
 * first. Public.
 */
export async function getGaps(placeId: string, signal?: AbortSignal): Promise<Gaps> {
  return sendForData(api().GET('/api/v1/places/{placeId}/gaps', { params: { path: { placeId } }, signal: signal ?? null }));
}

export function gapsQueryOptions(placeId: string) {
  return queryOptions({
    queryKey: insightKeys.gaps(placeId),
    queryFn: ({ signal }) => getGaps(placeId, signal),
  });
}

export function useGaps(placeId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...gapsQueryOptions(placeId), enabled });
}
