import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { IndicatorResult } from '../types';
import { insightKeys } from './query-keys';

/** The parameters of `GET /api/v1/indicators`, as the contract names them. */
export type IndicatorQuery = NonNullable<operations['listIndicators']['parameters']['query']>;

/**
 * `GET /api/v1/indicators` — every indicator (or those named in `indicator`) for the place and
 * filters, per period and group, each with its base `n`, 95% interval, suppression and England
 * benchmark. Public at place and neighbourhood level; a breakdown, space, event or survey needs
 * a signed-in user (401 otherwise).
 */
export async function listIndicators(query: IndicatorQuery, signal?: AbortSignal): Promise<IndicatorResult> {
  return sendForData(api().GET('/api/v1/indicators', { params: { query }, signal: signal ?? null }));
}

export function indicatorsQueryOptions(query: IndicatorQuery) {
  return queryOptions({
    queryKey: insightKeys.indicators(query),
    queryFn: ({ signal }) => listIndicators(query, signal),
    // Keep the last figures on screen while a changed filter loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

export function useIndicators(query: IndicatorQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...indicatorsQueryOptions(query), enabled });
}
