import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, etagFor, sendForData } from '@/lib/api/client';
import type { Survey, SurveyStatus } from '../types';
import { surveyKeys } from './query-keys';

export interface ChangeSurveyStatusVariables {
  survey: Pick<Survey, 'id' | 'version'>;
  status: SurveyStatus;
}

/**
 * `POST /api/v1/surveys/{surveyId}/status` — draft → open → closed, and a closed survey may
 * reopen. Other moves are refused with 409; a stale version with 412.
 */
export async function changeSurveyStatus({ survey, status }: ChangeSurveyStatusVariables): Promise<Survey> {
  return sendForData(
    api().POST('/api/v1/surveys/{surveyId}/status', {
      params: { path: { surveyId: survey.id }, header: { 'If-Match': etagFor(survey.version) } },
      body: { status },
    }),
  );
}

export function changeSurveyStatusMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...surveyKeys.all, 'status'],
    mutationFn: changeSurveyStatus,
    onSuccess: (updated) => {
      queryClient.setQueryData(surveyKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: surveyKeys.list(updated.placeId) });
    },
  });
}

export function useChangeSurveyStatus() {
  const queryClient = useQueryClient();
  return useMutation(changeSurveyStatusMutationOptions(queryClient));
}
