import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { Survey } from '../types';
import { insightKeys } from './query-keys';

const LIMIT = 200;

/**
 * `GET /api/v1/surveys?place=` — the place's surveys, newest first, for the survey filter.
 * Any signed-in user. Follows `nextCursor` so none is left out.
 */
export async function listPlaceSurveys(placeId: string, signal?: AbortSignal): Promise<Survey[]> {
  const surveys: Survey[] = [];
  let cursor: string | undefined;
  do {
    const page = await sendForData(
      api().GET('/api/v1/surveys', {
        params: { query: cursor === undefined ? { place: placeId, limit: LIMIT } : { place: placeId, limit: LIMIT, cursor } },
        signal: signal ?? null,
      }),
    );
    surveys.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined && surveys.length < 5000);
  return surveys;
}

export function placeSurveysQueryOptions(placeId: string) {
  return queryOptions({
    queryKey: insightKeys.surveys(placeId),
    queryFn: ({ signal }) => listPlaceSurveys(placeId, signal),
  });
}

export function usePlaceSurveys(placeId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...placeSurveysQueryOptions(placeId), enabled });
}
