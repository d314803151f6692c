import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { Partner } from '../types';
import { spaceKeys } from './query-keys';

/** A partnership is a few dozen organisations at most; the API's page maximum covers it. */
const LIMIT = 200;

/**
 * `GET /api/v1/partners?place=` — the partners in a place's partnership, ordered by name, for
 * choosing who manages a space. Public. Follows `nextCursor` so none is left out.
 */
export async function listPlacePartners(placeId: string, signal?: AbortSignal): Promise<Partner[]> {
  const partners: Partner[] = [];
  let cursor: string | undefined;
  do {
    const page = await sendForData(
      api().GET('/api/v1/partners', {
        params: { query: cursor === undefined ? { place: placeId, limit: LIMIT } : { place: placeId, limit: LIMIT, cursor } },
        signal: signal ?? null,
      }),
    );
    partners.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined && partners.length < 2000);
  return partners;
}

export function placePartnersQueryOptions(placeId: string) {
  return queryOptions({
    queryKey: spaceKeys.partners(placeId),
    queryFn: ({ signal }) => listPlacePartners(placeId, signal),
  });
}

export function usePlacePartners(placeId: string) {
  return useQuery(placePartnersQueryOptions(placeId));
}
