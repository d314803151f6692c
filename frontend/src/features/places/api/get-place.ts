import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import { ProblemError } from '@/lib/problem';
import { isValidSlug } from '../lib/rules';
import type { Place } from '../types';
import { placeKeys } from './query-keys';

function placeNotFound(slug: string): ProblemError {
  return new ProblemError({
    type: 'https://kickstart.example/problems/not-found',
    title: 'Place not found',
    status: 404,
    detail: `There is no place with the web name “${slug}”. It may have been renamed or removed.`,
  });
}

/** `GET /api/v1/places?slug=` — the place with this slug (a 404 problem when there is none). */
export async function getPlace(slug: string, signal?: AbortSignal): Promise<Place> {
  if (!isValidSlug(slug)) throw placeNotFound(slug);
  const page = await sendForData(
    api().GET('/api/v1/places', { params: { query: { slug, limit: 1 } }, signal: signal ?? null }),
  );
  const place = page.items.find((item) => item.slug === slug);
  if (!place) throw placeNotFound(slug);
  return place;
}

export function placeQueryOptions(slug: string) {
  return queryOptions({
    queryKey: placeKeys.detail(slug),
    queryFn: ({ signal }) => getPlace(slug, signal),
  });
}

export function usePlace(slug: string) {
  return useQuery(placeQueryOptions(slug));
}
