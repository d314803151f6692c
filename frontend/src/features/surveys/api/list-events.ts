import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { EventRecord } from '../types';
import { surveyKeys } from './query-keys';

/** The API's page maximum. */
const LIMIT = 200;

/**
 * `GET /api/v1/events?place=` — every event in a place, ordered by title, for choosing what a
 * survey is about and naming it. Public. Follows `nextCursor` so none is left out.
 */
export async function listSurveyPlaceEvents(placeId: string, signal?: AbortSignal): Promise<EventRecord[]> {
  const events: EventRecord[] = [];
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

export function surveyPlaceEventsQueryOptions(placeId: string) {
  return queryOptions({
    queryKey: surveyKeys.events(placeId),
    queryFn: ({ signal }) => listSurveyPlaceEvents(placeId, signal),
  });
}

export function useSurveyPlaceEvents(placeId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...surveyPlaceEventsQueryOptions(placeId), enabled });
}
