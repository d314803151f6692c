import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { SpacePipeline } from '../types';
import { spaceKeys } from './query-keys';

/** `GET /api/v1/places/{placeId}/pipeline` — how many of a place's spaces are at each stage, and by mode. Public. */
export async function getSpacePipeline(placeId: string, signal?: AbortSignal): Promise<SpacePipeline> {
  return sendForData(api().GET('/api/v1/places/{placeId}/pipeline', { params: { path: { placeId } }, signal: signal ?? null }));
}

export function spacePipelineQueryOptions(placeId: string) {
  return queryOptions({
    queryKey: spaceKeys.pipeline(placeId),
    queryFn: ({ signal }) => getSpacePipeline(placeId, signal),
  });
}

export function useSpacePipeline(placeId: string) {
  return useQuery(spacePipelineQueryOptions(placeId));
}
