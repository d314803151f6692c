import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import { parseProblem } from '@/lib/problem';
import type { Space } from '../types';
import { insightKeys } from './query-keys';

/** The API's page maximum; a place has a few dozen spaces. */
const LIMIT = 200;

/**
 * `GET /api/v1/spaces?place=` — every space in a place, ordered by name, for the space filter and
 * the map of priorities. Public. Follows `nextCursor` so none is left out.
 */
export async function listPlaceSpaces(placeId: string, signal?: AbortSignal): Promise<Space[]> {
  const spaces: Space[] = [];
  let cursor: string | undefined;
  do {
    const page = await sendForData(
      api().GET('/api/v1/spaces', {
        params: { query: cursor === undefined ? { place: placeId, limit: LIMIT } : { place: placeId, limit: LIMIT, cursor } },
        signal: signal ?? null,
      }),
    );
    // The operation can also answer GeoJSON (for GIS tools); the app asks for, and expects, JSON.
    if (!('items' in page)) throw parseProblem(undefined, 502);
    spaces.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined && spaces.length < 5000);
  return spaces;
}

export function placeSpacesQueryOptions(placeId: string) {
  return queryOptions({
    queryKey: insightKeys.spaces(placeId),
    queryFn: ({ signal }) => listPlaceSpaces(placeId, signal),
  });
}

export function usePlaceSpaces(placeId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...placeSpacesQueryOptions(placeId), enabled });
}
