import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { Survey, SurveyInput } from '../types';
import { surveyKeys } from './query-keys';

/**
 * `POST /api/v1/surveys` — admins and organisers of the survey's place. The survey starts as a
 * draft; the server makes its public token.
 */
export async function createSurvey(input: SurveyInput): Promise<Survey> {
  return sendForData(api().POST('/api/v1/surveys', { body: input }));
}

export function createSurveyMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...surveyKeys.all, 'create'],
    mutationFn: createSurvey,
    onSuccess: (survey) => {
      queryClient.setQueryData(surveyKeys.detail(survey.id), survey);
      void queryClient.invalidateQueries({ queryKey: surveyKeys.list(survey.placeId) });
    },
  });
}

export function useCreateSurvey() {
  const queryClient = useQueryClient();
  return useMutation(createSurveyMutationOptions(queryClient));
}
