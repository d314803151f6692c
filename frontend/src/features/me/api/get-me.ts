import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Me = components['schemas']['Me'];

/** `GET /api/v1/me` — the caller as the API sees them (from the verified access token). */
export async function getMe(signal?: AbortSignal): Promise<Me> {
  return sendForData(api().GET('/api/v1/me', { signal: signal ?? null }));
}

export function meQueryOptions(subject: string | undefined) {
  return queryOptions({
    queryKey: ['me', subject] as const,
    queryFn: ({ signal }) => getMe(signal),
    enabled: subject !== undefined,
  });
}

/** Only asks the API once someone is signed in (pass their subject). */
export function useMe(subject: string | undefined) {
  return useQuery(meQueryOptions(subject));
}
