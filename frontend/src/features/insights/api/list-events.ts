import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { EventSummary } from '../types';
import { insightKeys } from './query-keys';

const LIMIT = 200;

/**
 * `GET /api/v1/events?place=` — the place's events, ordered by title, for the event filter.
 * Public. Follows `nextCursor` so none is left out.
 */
export async function listPlaceEvents(placeId: string, signal?: AbortSignal): Promise<EventSummary[]> {
  const events: EventSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await sendForData(
      api().GET('/api/v1/events', {
        params: { query: cursor === undefined ? { place: placeId, limit: LIMIT } : { place: placeId, limit: LIMIT, cursor } },
        signal: signal ?? null,
      }),
    );
    events.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined && events.length < 5000);
  return events;
}

export function placeEventsQueryOptions(placeId: string) {
  return queryOptions({
    queryKey: insightKeys.events(placeId),
    queryFn: ({ signal }) => listPlaceEvents(placeId, signal),
  });
}

export function usePlaceEvents(placeId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...placeEventsQueryOptions(placeId), enabled });
}
