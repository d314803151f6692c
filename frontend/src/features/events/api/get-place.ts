import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { PlaceRecord } from '../types';
import { eventKeys } from './query-keys';

/** `GET /api/v1/places/{placeId}` — the place an event belongs to (for its name, web name and who may edit). Public. */
export async function getEventPlace(placeId: string, signal?: AbortSignal): Promise<PlaceRecord> {
  return sendForData(api().GET('/api/v1/places/{placeId}', { params: { path: { placeId } }, signal: signal ?? null }));
}

export function eventPlaceQueryOptions(placeId: string) {
  return queryOptions({
    queryKey: eventKeys.place(placeId),
    queryFn: ({ signal }) => getEventPlace(placeId, signal),
  });
}

export function useEventPlace(placeId: string | undefined) {
  return useQuery({ ...eventPlaceQueryOptions(placeId ?? ''), enabled: placeId !== undefined });
}
