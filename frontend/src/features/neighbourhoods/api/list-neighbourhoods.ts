import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { NeighbourhoodPage } from '../types';
import { neighbourhoodKeys } from './query-keys';

export const NEIGHBOURHOODS_PAGE_SIZE = 50;

export interface ListNeighbourhoodsParams {
  placeId: string;
  /** Part of the code or name. */
  q?: string | undefined;
  limit?: number;
  cursor?: string | undefined;
}

/** `GET /api/v1/places/{placeId}/neighbourhoods` — one page, ordered by code, with the `total`. Public. */
export async function listNeighbourhoods(
  { placeId, q, limit = NEIGHBOURHOODS_PAGE_SIZE, cursor }: ListNeighbourhoodsParams,
  signal?: AbortSignal,
): Promise<NeighbourhoodPage> {
  const query: { q?: string; limit: number; cursor?: string } = { limit };
  if (q) query.q = q;
  if (cursor !== undefined) query.cursor = cursor;
  return sendForData(
    api().GET('/api/v1/places/{placeId}/neighbourhoods', { params: { path: { placeId }, query }, signal: signal ?? null }),
  );
}

export function neighbourhoodsQueryOptions({ placeId, q, limit = NEIGHBOURHOODS_PAGE_SIZE }: Omit<ListNeighbourhoodsParams, 'cursor'>) {
  return infiniteQueryOptions({
    queryKey: neighbourhoodKeys.list(placeId, q ? { q, limit } : { limit }),
    queryFn: ({ pageParam, signal }) => listNeighbourhoods({ placeId, q, limit, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** A place's neighbourhoods, page by page; `fetchNextPage()` follows `nextCursor`. */
export function useNeighbourhoods(params: Omit<ListNeighbourhoodsParams, 'cursor'>) {
  return useInfiniteQuery(neighbourhoodsQueryOptions(params));
}
