import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { Question } from '../types';
import { surveyKeys } from './query-keys';

/** `GET /api/v1/questions` — the whole question bank, in bank order, with its translations. Public. */
export async function listQuestions(signal?: AbortSignal): Promise<Question[]> {
  const list = await sendForData(api().GET('/api/v1/questions', { signal: signal ?? null }));
  return list.items;
}

export function questionsQueryOptions() {
  return queryOptions({
    queryKey: surveyKeys.questions(),
    queryFn: ({ signal }) => listQuestions(signal),
    // The bank's wording never changes once a question exists.
    staleTime: 60 * 60 * 1000,
  });
}

export function useQuestions() {
  return useQuery(questionsQueryOptions());
}
