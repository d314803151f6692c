import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, etagFor, sendForData } from '@/lib/api/client';
import type { Survey, SurveyInput } from '../types';
import { surveyKeys } from './query-keys';

export interface UpdateSurveyVariables {
  /** The survey as it was read: its id and the version the edit is based on. */
  survey: Pick<Survey, 'id' | 'version'>;
  input: SurveyInput;
}

/**
 * `PUT /api/v1/surveys/{surveyId}` — admins and organisers of its place, with `If-Match`. Once a
 * survey has responses its questions cannot change (409).
 */
export async function updateSurvey({ survey, input }: UpdateSurveyVariables): Promise<Survey> {
  return sendForData(
    api().PUT('/api/v1/surveys/{surveyId}', {
      params: { path: { surveyId: survey.id }, header: { 'If-Match': etagFor(survey.version) } },
      body: input,
    }),
  );
}

export function updateSurveyMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...surveyKeys.all, 'update'],
    mutationFn: updateSurvey,
    onSuccess: (updated) => {
      queryClient.setQueryData(surveyKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: surveyKeys.list(updated.placeId) });
    },
  });
}

export function useUpdateSurvey() {
  const queryClient = useQueryClient();
  return useMutation(updateSurveyMutationOptions(queryClient));
}
