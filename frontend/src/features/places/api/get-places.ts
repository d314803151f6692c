import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { PlacePage } from '../types';
import { placeKeys } from './query-keys';

export const PLACES_PAGE_SIZE = 24;

export interface GetPlacesParams {
  limit?: number;
  cursor?: string | undefined;
}

/** `GET /api/v1/places` — one page of places, ordered by name. */
export async function getPlaces({ limit = PLACES_PAGE_SIZE, cursor }: GetPlacesParams = {}, signal?: AbortSignal): Promise<PlacePage> {
  return sendForData(
    api().GET('/api/v1/places', {
      params: { query: cursor === undefined ? { limit } : { limit, cursor } },
      signal: signal ?? null,
    }),
  );
}

export function placesQueryOptions({ limit = PLACES_PAGE_SIZE }: { limit?: number } = {}) {
  return infiniteQueryOptions({
    queryKey: placeKeys.list({ limit }),
    queryFn: ({ pageParam, signal }) => getPlaces({ limit, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** All places loaded so far, page by page; `fetchNextPage()` follows `nextCursor`. */
export function usePlaces(params: { limit?: number } = {}) {
  return useInfiniteQuery(placesQueryOptions(params));
}
