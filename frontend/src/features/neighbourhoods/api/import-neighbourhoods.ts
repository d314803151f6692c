import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { ImportReport, IodEdition } from '../types';
import { neighbourhoodKeys } from './query-keys';

export interface ImportNeighbourhoodsVariables {
  placeId: string;
  edition: IodEdition;
  /** The CSV file as chosen, or its text. */
  csv: Blob | string;
}

/**
 * `POST /api/v1/places/{placeId}/neighbourhoods/import` — admins only; the body is the CSV file
 * itself (`text/csv`). If any row is invalid nothing is stored and the answer is a 400 problem
 * whose `errors` name each bad row as `rows[N].column`.
 */
export async function importNeighbourhoods({ placeId, edition, csv }: ImportNeighbourhoodsVariables): Promise<ImportReport> {
  const text = typeof csv === 'string' ? csv : await csv.text();
  return sendForData(
    api().POST('/api/v1/places/{placeId}/neighbourhoods/import', {
      params: { path: { placeId }, query: { edition } },
      body: text,
      headers: { 'Content-Type': 'text/csv' },
      // Send the text as it is; the client would otherwise encode it as JSON.
      bodySerializer: (body: string) => body,
    }),
  );
}

export function importNeighbourhoodsMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...neighbourhoodKeys.all, 'import'],
    mutationFn: importNeighbourhoods,
    onSuccess: (_report, { placeId }) => {
      void queryClient.invalidateQueries({ queryKey: neighbourhoodKeys.place(placeId) });
    },
  });
}

export function useImportNeighbourhoods() {
  const queryClient = useQueryClient();
  return useMutation(importNeighbourhoodsMutationOptions(queryClient));
}
