import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import { ProblemError } from '@/lib/problem';
import type { Survey } from '../types';
import { surveyKeys } from './query-keys';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function surveyNotFound(): ProblemError {
  return new ProblemError({
    type: 'urn:kickstart:problem:not-found',
    title: 'Survey not found',
    status: 404,
    detail: 'There is no survey at this address. It may have been deleted, or the link may be wrong.',
  });
}

/** `GET /api/v1/surveys/{surveyId}` — one survey with its response count. Any signed-in caller. */
export async function getSurvey(id: string, signal?: AbortSignal): Promise<Survey> {
  // The API would answer 400 for a malformed id; for a person that is simply a page that isn't there.
  if (!UUID.test(id)) throw surveyNotFound();
  return sendForData(api().GET('/api/v1/surveys/{surveyId}', { params: { path: { surveyId: id } }, signal: signal ?? null }));
}

export function surveyQueryOptions(id: string) {
  return queryOptions({
    queryKey: surveyKeys.detail(id),
    queryFn: ({ signal }) => getSurvey(id, signal),
  });
}

export function useSurvey(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...surveyQueryOptions(id), enabled });
}
