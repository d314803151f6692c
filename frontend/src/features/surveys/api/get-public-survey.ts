import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import { ProblemError } from '@/lib/problem';
import type { PublicSurvey } from '../types';
import { surveyKeys } from './query-keys';

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;
const LANGUAGE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/**
 * `GET /api/v1/public/surveys/{token}?lang=` — a survey as a resident sees it, in the language
 * asked for when the survey offers it (otherwise the browser's, then English). No sign-in. An
 * unknown token or a draft → 404; a closed survey → 410.
 */
export async function getPublicSurvey(token: string, language?: string, signal?: AbortSignal): Promise<PublicSurvey> {
  // A malformed token cannot be a survey; the API would answer 400, which means the same to a person.
  if (!TOKEN.test(token)) {
    throw new ProblemError({ type: 'urn:kickstart:problem:not-found', title: 'Not found', status: 404 });
  }
  const query = language && LANGUAGE.test(language) ? { lang: language } : {};
  return sendForData(api().GET('/api/v1/public/surveys/{token}', { params: { path: { token }, query }, signal: signal ?? null }));
}

export function publicSurveyQueryOptions(token: string, language?: string) {
  return queryOptions({
    queryKey: surveyKeys.publicSurvey(token, language),
    queryFn: ({ signal }) => getPublicSurvey(token, language, signal),
    // Switching language keeps the form on screen while the other wording loads.
    placeholderData: keepPreviousData,
  });
}

export function usePublicSurvey(token: string, language?: string) {
  return useQuery(publicSurveyQueryOptions(token, language));
}
