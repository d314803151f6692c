import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import { parseProblem } from '@/lib/problem';
import type { operations } from '@/lib/api/schema';
import type { SpacePage } from '../types';
import { spaceKeys } from './query-keys';

/** The filters of `GET /api/v1/spaces`, as the contract names them. */
export type ListSpacesQuery = Omit<NonNullable<operations['listSpaces']['parameters']['query']>, 'limit' | 'cursor'>;

/** Enough for a place's map in one or two pages; the JSON maximum is 200. */
export const SPACES_PAGE_SIZE = 100;

/**
 * `GET /api/v1/spaces` — one page of spaces matching the filters, ordered by name (or by
 * distance when `near` is given, each then carrying `distanceMetres`). Public.
 */
export async function listSpaces(
  query: ListSpacesQuery,
  { limit = SPACES_PAGE_SIZE, cursor }: { limit?: number; cursor?: string | undefined } = {},
  signal?: AbortSignal,
): Promise<SpacePage> {
  const page = await sendForData(
    api().GET('/api/v1/spaces', {
      params: { query: cursor === undefined ? { ...query, limit } : { ...query, limit, cursor } },
      signal: signal ?? null,
    }),
  );
  // The operation can also answer GeoJSON (for GIS tools); the app asks for, and expects, JSON.
  if (!('items' in page)) throw parseProblem(undefined, 502);
  return page;
}

export function spacesQueryOptions(query: ListSpacesQuery, limit = SPACES_PAGE_SIZE) {
  return infiniteQueryOptions({
    queryKey: spaceKeys.list({ ...query, limit }),
    queryFn: ({ pageParam, signal }) => listSpaces(query, { limit, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // Keep the last results on screen while a new search loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

/** Spaces matching the filters, page by page; `fetchNextPage()` follows `nextCursor`. */
export function useSpaces(query: ListSpacesQuery, { limit = SPACES_PAGE_SIZE, enabled = true }: { limit?: number; enabled?: boolean } = {}) {
  return useInfiniteQuery({ ...spacesQueryOptions(query, limit), enabled });
}
