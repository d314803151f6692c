import { mutationOptions, useMutation } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import { EXPORT_MEDIA_TYPES, type ExportFormat } from '../lib/download';
import { surveyKeys } from './query-keys';

export interface ExportSurveyResponsesVariables {
  surveyId: string;
  format: ExportFormat;
}

/**
 * `GET /api/v1/surveys/{surveyId}/responses/export` — every response of a survey, as CSV or
 * NDJSON by `Accept`, streamed by the API. Analysts, admins and organisers of its place.
 */
export async function exportSurveyResponses({ surveyId, format }: ExportSurveyResponsesVariables): Promise<Blob> {
  return sendForData(
    api().GET('/api/v1/surveys/{surveyId}/responses/export', {
      params: { path: { surveyId } },
      headers: { Accept: `${EXPORT_MEDIA_TYPES[format]}, application/problem+json` },
      parseAs: 'blob',
    }),
  );
}

export function exportSurveyResponsesMutationOptions() {
  return mutationOptions({
    mutationKey: [...surveyKeys.all, 'export'],
    mutationFn: exportSurveyResponses,
  });
}

export function useExportSurveyResponses() {
  return useMutation(exportSurveyResponsesMutationOptions());
}
