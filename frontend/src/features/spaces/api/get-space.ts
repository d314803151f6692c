import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import { ProblemError } from '@/lib/problem';
import type { Space } from '../types';
import { spaceKeys } from './query-keys';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function spaceNotFound(): ProblemError {
  return new ProblemError({
    type: 'https://kickstart.example/problems/not-found',
    title: 'Space not found',
    status: 404,
    detail: 'There is no space at this address. It may have been removed, or the link may be wrong.',
  });
}

/** `GET /api/v1/spaces/{spaceId}` — one space with its status history, oldest first. Public. */
export async function getSpace(id: string, signal?: AbortSignal): Promise<Space> {
  // The API would answer 400 for a malformed id; for a person that is simply a page that isn't there.
  if (!UUID.test(id)) throw spaceNotFound();
  return sendForData(api().GET('/api/v1/spaces/{spaceId}', { params: { path: { spaceId: id } }, signal: signal ?? null }));
}

export function spaceQueryOptions(id: string) {
  return queryOptions({
    queryKey: spaceKeys.detail(id),
    queryFn: ({ signal }) => getSpace(id, signal),
  });
}

export function useSpace(id: string) {
  return useQuery(spaceQueryOptions(id));
}
