import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { PartnerPage, PartnerType } from '../types';
import { partnerKeys, type PartnerListParams } from './query-keys';

export const PARTNERS_PAGE_SIZE = 25;

export interface ListPartnersParams {
  /** Words to find in the name or description. */
  q?: string | undefined;
  type?: PartnerType | undefined;
  /** Only partners in this place's partnership (the place id). */
  place?: string | undefined;
  limit?: number;
  cursor?: string | undefined;
}

/** `GET /api/v1/partners` — one page of partners, ordered by name. Public. */
export async function listPartners(
  { q, type, place, limit = PARTNERS_PAGE_SIZE, cursor }: ListPartnersParams = {},
  signal?: AbortSignal,
): Promise<PartnerPage> {
  const query: { q?: string; type?: PartnerType; place?: string; limit: number; cursor?: string } = { limit };
  if (q) query.q = q;
  if (type) query.type = type;
  if (place) query.place = place;
  if (cursor !== undefined) query.cursor = cursor;
  return sendForData(api().GET('/api/v1/partners', { params: { query }, signal: signal ?? null }));
}

function keyParams({ q, type, place, limit = PARTNERS_PAGE_SIZE }: ListPartnersParams): PartnerListParams {
  const params: PartnerListParams = { limit };
  if (q) params.q = q;
  if (type) params.type = type;
  if (place) params.place = place;
  return params;
}

export function partnersQueryOptions(params: Omit<ListPartnersParams, 'cursor'> = {}) {
  return infiniteQueryOptions({
    queryKey: partnerKeys.list(keyParams(params)),
    queryFn: ({ pageParam, signal }) => listPartners({ ...params, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // Keep showing the last results while a new search loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

/** Partners matching the filters, page by page; `fetchNextPage()` follows `nextCursor`. */
export function usePartners(params: Omit<ListPartnersParams, 'cursor'> = {}, options: { enabled?: boolean } = {}) {
  return useInfiniteQuery({ ...partnersQueryOptions(params), enabled: options.enabled ?? true });
}
