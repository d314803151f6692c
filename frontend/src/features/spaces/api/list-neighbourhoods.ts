import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { NeighbourhoodPage } from '../types';
import { spaceKeys } from './query-keys';

/** Enough to choose from while typing; the search narrows the rest. */
export const NEIGHBOURHOOD_CHOICES = 50;

/**
 * `GET /api/v1/places/{placeId}/neighbourhoods?q=` — the first neighbourhoods (LSOAs) of a place
 * whose code or name contains `q`, ordered by code, with how many match in all. Public.
 */
export async function searchNeighbourhoods(placeId: string, q: string, signal?: AbortSignal): Promise<NeighbourhoodPage> {
  const query: { q?: string; limit: number } = { limit: NEIGHBOURHOOD_CHOICES };
  if (q) query.q = q;
  return sendForData(
    api().GET('/api/v1/places/{placeId}/neighbourhoods', { params: { path: { placeId }, query }, signal: signal ?? null }),
  );
}

export function neighbourhoodSearchQueryOptions(placeId: string, q: string) {
  return queryOptions({
    queryKey: spaceKeys.neighbourhoods(placeId, q),
    queryFn: ({ signal }) => searchNeighbourhoods(placeId, q, signal),
    placeholderData: keepPreviousData,
  });
}

export function useNeighbourhoodSearch(placeId: string, q: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...neighbourhoodSearchQueryOptions(placeId, q), enabled });
}
