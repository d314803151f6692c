import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import { ProblemError } from '@/lib/problem';
import type { Event } from '../types';
import { eventKeys } from './query-keys';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function eventNotFound(): ProblemError {
  return new ProblemError({
    type: 'https://kickstart.example/problems/not-found',
    title: 'Event not found',
    status: 404,
    detail: 'There is no event at this address. It may have been removed, or the link may be wrong.',
  });
}

/** `GET /api/v1/events/{eventId}` — one event with its schedule, hosts and cancelled or moved dates. Public. */
export async function getEvent(id: string, signal?: AbortSignal): Promise<Event> {
  // The API would answer 400 for a malformed id; for a person that is simply a page that isn't there.
  if (!UUID.test(id)) throw eventNotFound();
  return sendForData(api().GET('/api/v1/events/{eventId}', { params: { path: { eventId: id } }, signal: signal ?? null }));
}

export function eventQueryOptions(id: string) {
  return queryOptions({
    queryKey: eventKeys.detail(id),
    queryFn: ({ signal }) => getEvent(id, signal),
  });
}

export function useEvent(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...eventQueryOptions(id), enabled });
}
