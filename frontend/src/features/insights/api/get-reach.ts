import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Reach } from '../types';
import { insightKeys } from './query-keys';

/** The window and interval of `GET /api/v1/places/{placeId}/reach`. */
export type ReachQuery = NonNullable<operations['getReach']['parameters']['query']>;

/**
 * `GET /api/v1/places/{placeId}/reach` — per period, occurrences held and recorded, attendance
 * and first-timers; for the window, co-hosted events and active partners by type. The window
 * defaults to the last 12 months and may be at most 3 years (400 otherwise). Public.
 */
export async function getReach(placeId: string, query: ReachQuery, signal?: AbortSignal): Promise<Reach> {
  return sendForData(api().GET('/api/v1/places/{placeId}/reach', { params: { path: { placeId }, query }, signal: signal ?? null }));
}

export function reachQueryOptions(placeId: string, query: ReachQuery) {
  return queryOptions({
    queryKey: insightKeys.reach(placeId, query),
    queryFn: ({ signal }) => getReach(placeId, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useReach(placeId: string, query: ReachQuery) {
  return useQuery(reachQueryOptions(placeId, query));
}
