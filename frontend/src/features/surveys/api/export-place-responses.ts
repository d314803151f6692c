import { mutationOptions, useMutation } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import { EXPORT_MEDIA_TYPES, type ExportFormat } from '../lib/download';
import { surveyKeys } from './query-keys';

export interface ExportPlaceResponsesVariables {
  placeId: string;
  format: ExportFormat;
}

/**
 * `GET /api/v1/places/{placeId}/responses/export` — every response to every survey of a place,
 * as CSV or NDJSON by `Accept`. Analysts, admins and organisers of the place.
 */
export async function exportPlaceResponses({ placeId, format }: ExportPlaceResponsesVariables): Promise<Blob> {
  return sendForData(
    api().GET('/api/v1/places/{placeId}/responses/export', {
      params: { path: { placeId } },
      headers: { Accept: `${EXPORT_MEDIA_TYPES[format]}, application/problem+json` },
      parseAs: 'blob',
    }),
  );
}

export function exportPlaceResponsesMutationOptions() {
  return mutationOptions({
    mutationKey: [...surveyKeys.all, 'export-place'],
    mutationFn: exportPlaceResponses,
  });
}

export function useExportPlaceResponses() {
  return useMutation(exportPlaceResponsesMutationOptions());
}
