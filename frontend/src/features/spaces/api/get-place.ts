import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { PlaceRecord } from '../types';
import { spaceKeys } from './query-keys';

/** `GET /api/v1/places/{placeId}` — the place a space belongs to (for its name, web name and who may edit). Public. */
export async function getSpacePlace(placeId: string, signal?: AbortSignal): Promise<PlaceRecord> {
  return sendForData(api().GET('/api/v1/places/{placeId}', { params: { path: { placeId } }, signal: signal ?? null }));
}

export function spacePlaceQueryOptions(placeId: string) {
  return queryOptions({
    queryKey: spaceKeys.place(placeId),
    queryFn: ({ signal }) => getSpacePlace(placeId, signal),
  });
}

export function useSpacePlace(placeId: string | undefined) {
  return useQuery({ ...spacePlaceQueryOptions(placeId ?? ''), enabled: placeId !== undefined });
}
