import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { ResponseImportReport } from '../types';
import { surveyKeys } from './query-keys';

export interface ImportResponsesVariables {
  surveyId: string;
  /** The CSV file as chosen, or its text. */
  csv: Blob | string;
}

/**
 * `POST /api/v1/surveys/{surveyId}/responses/import` — paper responses from a CSV (`text/csv`),
 * all or nothing: if any row is invalid nothing is stored and the 400 problem's `errors` name
 * each bad cell as `rows[N].column`. A draft survey takes none (409).
 */
export async function importResponses({ surveyId, csv }: ImportResponsesVariables): Promise<ResponseImportReport> {
  const text = typeof csv === 'string' ? csv : await csv.text();
  return sendForData(
    api().POST('/api/v1/surveys/{surveyId}/responses/import', {
      params: { path: { surveyId } },
      body: text,
      headers: { 'Content-Type': 'text/csv' },
      // Send the text as it is; the client would otherwise encode it as JSON.
      bodySerializer: (body: string) => body,
    }),
  );
}

export function importResponsesMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...surveyKeys.all, 'import'],
    mutationFn: importResponses,
    onSuccess: (_report, { surveyId }) => {
      void queryClient.invalidateQueries({ queryKey: surveyKeys.detail(surveyId) });
      void queryClient.invalidateQueries({ queryKey: surveyKeys.lists() });
    },
  });
}

export function useImportResponses() {
  const queryClient = useQueryClient();
  return useMutation(importResponsesMutationOptions(queryClient));
}
