import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { EnteredResponseInput, SurveyResponse } from '../types';
import { surveyKeys } from './query-keys';

export interface EnterResponseVariables {
  surveyId: string;
  input: EnteredResponseInput;
}

/**
 * `POST /api/v1/surveys/{surveyId}/responses` — a paper or interview response typed in by an
 * organiser. Checked like a resident's answers; a draft survey takes none (409).
 */
export async function enterResponse({ surveyId, input }: EnterResponseVariables): Promise<SurveyResponse> {
  return sendForData(api().POST('/api/v1/surveys/{surveyId}/responses', { params: { path: { surveyId } }, body: input }));
}

export function enterResponseMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...surveyKeys.all, 'enter'],
    mutationFn: enterResponse,
    onSuccess: (_response, { surveyId }) => {
      // The response count changed.
      void queryClient.invalidateQueries({ queryKey: surveyKeys.detail(surveyId) });
      void queryClient.invalidateQueries({ queryKey: surveyKeys.lists() });
    },
  });
}

export function useEnterResponse() {
  const queryClient = useQueryClient();
  return useMutation(enterResponseMutationOptions(queryClient));
}
