import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { PlaceRecord } from '../types';
import { surveyKeys } from './query-keys';

/** `GET /api/v1/places/{placeId}` — the place a survey belongs to (for its name and web name). Public. */
export async function getSurveyPlace(placeId: string, signal?: AbortSignal): Promise<PlaceRecord> {
  return sendForData(api().GET('/api/v1/places/{placeId}', { params: { path: { placeId } }, signal: signal ?? null }));
}

export function surveyPlaceQueryOptions(placeId: string) {
  return queryOptions({
    queryKey: surveyKeys.place(placeId),
    queryFn: ({ signal }) => getSurveyPlace(placeId, signal),
  });
}

export function useSurveyPlace(placeId: string | undefined) {
  return useQuery({ ...surveyPlaceQueryOptions(placeId ?? ''), enabled: placeId !== undefined });
}
