import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Occurrence, OccurrencePage } from '../types';
import { eventKeys } from './query-keys';

/** The window and filters of `GET /api/v1/occurrences`, as the contract names them. */
export type OccurrenceQuery = Omit<operations['listOccurrences']['parameters']['query'], 'limit' | 'cursor'>;

/** The API's page maximum. */
export const OCCURRENCES_PAGE_SIZE = 200;

/** Enough for a year of a daily event many times over; stops a runaway loop. */
const MAX_PAGES = 50;

/**
 * `GET /api/v1/occurrences?from=&to=` — one page of the occurrences starting from `from` to `to`
 * (both inclusive London dates, at most 366 days apart), across events, in time order. Cancelled
 * and moved ones are included and marked; so is attendance recorded. Public.
 */
export async function listOccurrences(
  query: OccurrenceQuery,
  { limit = OCCURRENCES_PAGE_SIZE, cursor }: { limit?: number; cursor?: string | undefined } = {},
  signal?: AbortSignal,
): Promise<OccurrencePage> {
  return sendForData(
    api().GET('/api/v1/occurrences', {
      params: { query: cursor === undefined ? { ...query, limit } : { ...query, limit, cursor } },
      signal: signal ?? null,
    }),
  );
}

/** Every occurrence in the window: follows `nextCursor` until the last page. */
export async function listAllOccurrences(query: OccurrenceQuery, signal?: AbortSignal): Promise<Occurrence[]> {
  const occurrences: Occurrence[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await listOccurrences(query, { cursor }, signal);
    occurrences.push(...result.items);
    cursor = result.nextCursor;
    if (cursor === undefined) break;
  }
  return occurrences;
}

/** All occurrences of a window (a week on the What's on page, a year of one event's past). */
export function occurrencesQueryOptions(query: OccurrenceQuery) {
  return queryOptions({
    queryKey: eventKeys.occurrenceWindow(query),
    queryFn: ({ signal }) => listAllOccurrences(query, signal),
    // Keep last week on screen while the next one loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

export function useOccurrences(query: OccurrenceQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...occurrencesQueryOptions(query), enabled });
}

/** Only the first `limit` occurrences of the window — e.g. an event's next few dates. */
export function occurrencesAheadQueryOptions(query: OccurrenceQuery, limit: number) {
  return queryOptions({
    queryKey: eventKeys.occurrencesAhead(query, limit),
    queryFn: async ({ signal }) => (await listOccurrences(query, { limit }, signal)).items,
  });
}

export function useOccurrencesAhead(query: OccurrenceQuery, limit: number) {
  return useQuery(occurrencesAheadQueryOptions(query, limit));
}
