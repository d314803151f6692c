import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { BoundaryCollection, BoundaryReport } from '../types';
import { neighbourhoodKeys } from './query-keys';

export interface ImportBoundariesVariables {
  placeId: string;
  /** The GeoJSON file as chosen, or its text. */
  geojson: Blob | string;
}

/**
 * `POST /api/v1/places/{placeId}/neighbourhoods/boundaries` — admins only; the body is the GeoJSON
 * FeatureCollection itself. If any feature is invalid nothing is stored and the answer is a 400
 * problem whose `errors` name each bad feature as `features[N].…`.
 */
export async function importBoundaries({ placeId, geojson }: ImportBoundariesVariables): Promise<BoundaryReport> {
  const text = typeof geojson === 'string' ? geojson : await geojson.text();
  return sendForData(
    api().POST('/api/v1/places/{placeId}/neighbourhoods/boundaries', {
      params: { path: { placeId } },
      // The file goes as it is (it may be large, and the server reads it feature by feature):
      // no parsing here, so the typed body is only the client's view of the same text.
      body: text as unknown as BoundaryCollection,
      headers: { 'Content-Type': 'application/geo+json' },
      bodySerializer: () => text,
    }),
  );
}

export function importBoundariesMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...neighbourhoodKeys.all, 'boundaries'],
    mutationFn: importBoundaries,
    onSuccess: (_report, { placeId }) => {
      void queryClient.invalidateQueries({ queryKey: neighbourhoodKeys.place(placeId) });
    },
  });
}

export function useImportBoundaries() {
  const queryClient = useQueryClient();
  return useMutation(importBoundariesMutationOptions(queryClient));
}
