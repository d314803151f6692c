import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { SurveyTemplate } from '../types';
import { surveyKeys } from './query-keys';

/** `GET /api/v1/survey-templates` — the ready-made question sets a survey can start from. Public. */
export async function listSurveyTemplates(signal?: AbortSignal): Promise<SurveyTemplate[]> {
  const list = await sendForData(api().GET('/api/v1/survey-templates', { signal: signal ?? null }));
  return list.items;
}

export function surveyTemplatesQueryOptions() {
  return queryOptions({
    queryKey: surveyKeys.templates(),
    queryFn: ({ signal }) => listSurveyTemplates(signal),
    staleTime: 60 * 60 * 1000,
  });
}

export function useSurveyTemplates() {
  return useQuery(surveyTemplatesQueryOptions());
}
