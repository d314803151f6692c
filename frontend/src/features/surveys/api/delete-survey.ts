import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, etagFor, send } from '@/lib/api/client';
import type { Survey } from '../types';
import { surveyKeys } from './query-keys';

export type DeleteSurveyVariables = Pick<Survey, 'id' | 'placeId' | 'version'>;

/**
 * `DELETE /api/v1/surveys/{surveyId}` — admins and organisers of its place, with `If-Match`. A
 * survey with responses cannot be deleted (409): close it instead.
 */
export async function deleteSurvey({ id, version }: DeleteSurveyVariables): Promise<void> {
  await send(
    api().DELETE('/api/v1/surveys/{surveyId}', {
      params: { path: { surveyId: id }, header: { 'If-Match': etagFor(version) } },
    }),
  );
}

export function deleteSurveyMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...surveyKeys.all, 'delete'],
    mutationFn: deleteSurvey,
    // Synchronous on purpose: the caller navigates away in its own onSuccess, right after this.
    onSuccess: (_nothing, { id, placeId }) => {
      queryClient.removeQueries({ queryKey: surveyKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: surveyKeys.list(placeId) });
    },
  });
}

export function useDeleteSurvey() {
  const queryClient = useQueryClient();
  return useMutation(deleteSurveyMutationOptions(queryClient));
}
